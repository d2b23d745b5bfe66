// The words the models use: a slightly misheard or inflected word is read as one of them, and speech made
// mostly of other words (other letter pairs, in Japanese and Chinese) is about another topic.
import { distance } from 'fastest-levenshtein';
import type { Lexicon } from './lexicon.js';
import { SLOT_MARKS } from './lexicon.js';
import { letterPairs, tokenize } from './tokens.js';
import type { TrainingModel } from './training.js';

/** Share of content words the models never use above which the speech is out of domain… */
const MAX_UNKNOWN_SHARE = 0.5;
/** …when at least this many words are unknown: one odd word ("cartons") is a paraphrase, not a new topic. */
const MIN_UNKNOWN_WORDS = 2;
/** Unspaced speech of at least this many letter pairs, this share of them unknown, is out of domain. */
const MIN_UNHEARD_PAIRS = 3;
const UNHEARD_SHARE = 0.8;
/** A fit below this is not enough to overlook an unknown main word… */
const UNSURE = 0.7;
/** …and a fit above this is enough to overlook several ("hat mein Zeug schon losgeschickt"). */
const SURE = 0.75;

export class Vocabulary {
  /** Unspaced scripts: every pair of letters the samples and product names write. */
  private readonly letterPairs: Set<string>;

  /**
   * @param words every token of every sample as the classifier read them
   * @param productWords every word of every product name
   */
  constructor(model: TrainingModel, private readonly lexicon: Lexicon, private readonly words: Set<string>, private readonly productWords: Set<string>, productNames: string[]) {
    const texts = [...model.intents.flatMap((i) => i.samples.flatMap((sample) => sample.map((part) => ('text' in part ? part.text : '|')))), ...productNames];
    this.letterPairs = new Set(lexicon.unspaced ? texts.flatMap((t) => letterPairs(tokenize(t, lexicon.lang))) : []);
  }

  /**
   * Mostly words the models never use: several of them, or one with only a middling fit, is another topic.
   * Unspaced scripts have no words to count: there, only speech whose letter pairs the models almost never
   * write is out of domain (an unknown product is many unknown pairs too); the out-of-domain samples judge
   * the rest.
   */
  outOfDomain(typed: string[], fit: { score: number; align: number } | undefined): boolean {
    const score = fit?.score ?? 0;
    const unknown = this.lexicon.unspaced ? undefined : this.unknownWords(typed);
    return !unknown
      ? this.unheardOf(typed)
      : unknown.share >= MAX_UNKNOWN_SHARE && (fit?.align ?? 0) < 0.9 && ((unknown.count >= MIN_UNKNOWN_WORDS && score < SURE) || score < UNSURE);
  }

  /**
   * A word the models use, for a slightly misheard or inflected one: one or two letters off ("riordini" ->
   * "riordina"), or the same stem of five letters or more ("toglimi" -> "togli", "rimuovere" -> "rimuovi").
   */
  wordFor(token: string): string | undefined {
    const vocabulary = this.words;
    if (vocabulary.has(token)) return token;
    if (token.length < 5 || token.startsWith('§')) return undefined;
    const allowed = token.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestScore = 0;
    for (const word of vocabulary) {
      if (word.length < 4) continue;
      const d = Math.abs(word.length - token.length) <= allowed ? distance(word, token) : allowed + 1;
      const stem = commonPrefix(word, token);
      const score = d <= allowed ? 10 - d : stem >= 5 && stem >= Math.min(word.length, token.length) - 3 ? stem / 10 : 0;
      if (score > bestScore) {
        best = word;
        bestScore = score;
      }
    }
    return best;
  }

  /** Content words that no sample, product name or number uses: how many, and their share. */
  private unknownWords(typed: string[]): { count: number; share: number } {
    const content = typed.filter((t) => !t.startsWith('§') && !this.lexicon.fillers.has(t) && !this.lexicon.functionWords.has(t));
    if (content.length === 0) return { count: 0, share: 0 };
    // typed() already replaced near-misses by the model's own words.
    const known = (t: string) => this.words.has(t) || this.productWords.has(t);
    const count = content.filter((t) => !known(t)).length;
    return { count, share: count / content.length };
  }

  /** Unspaced speech that is nearly all letter pairs the models never write ("ぴよぴよぽんぽこ"). */
  private unheardOf(typed: string[]): boolean {
    const pairs = letterPairs(typed);
    if (pairs.length < MIN_UNHEARD_PAIRS) return false;
    // A product, number or code the models know is heard of too ("我记得是九九一二").
    const known = typed.filter((t) => SLOT_MARKS.has(t)).length;
    return pairs.filter((p) => !this.letterPairs.has(p)).length / (pairs.length + known) >= UNHEARD_SHARE;
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
