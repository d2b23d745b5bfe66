// The simulator's natural-language understanding for one locale of one platform. Two opinions are
// combined: how well the utterance aligns with a sample (words, inflections, slips, fillers, typed slots)
// and what a classifier trained on all samples makes of its telling words (classifier.ts). Too little of either,
// or mostly words the models never use, is the fallback intent, as on the real platforms.
import { distance } from 'fastest-levenshtein';
import { findProduct, matchScore } from '../../../lambda/core/language/matching.js';
import { parseQuantity } from '../../../lambda/core/language/quantity.js';
import { align, type Element, type SpanLimits } from './align.js';
import { IntentClassifier } from './classifier.js';
import { prebuiltSentences } from './prebuilt.js';
import { stemmerFor, type Stem } from './stems.js';
import type { SlotSpec, TrainingIntent, TrainingModel } from './training.js';
import { foldText, isUnspaced, joinTokens, tokenize, tokenizeHeard } from './tokens.js';
import { FALLBACK_INTENT, type LanguageUnderstanding, type SlotFill, type Understanding } from './types.js';
import { AMBIGUOUS_COUNTERS, codeOf, COUNTERS, digitsOf, FILLERS, FUNCTION_WORDS, NEGATIONS, withRepeatsSaidOut } from './words.js';

/** Below this combined fit, a real platform would not risk an intent either. */
export const MIN_CONFIDENCE = 0.5;
/** Weight of the alignment opinion; the rest is the classifier's posterior. */
const ALIGN_WEIGHT = 0.55;
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
/** Nothing the models say is this long; longer input is not an in-domain request. */
const MAX_TOKENS = 40;
const MAX_CHARS = 400;
/** Slot spans in words, and in letters for unspaced scripts. */
const WORD_LIMITS: SpanLimits = { number: 3, digits: 8, custom: 8 };
const LETTER_LIMITS: SpanLimits = { number: 4, digits: 8, custom: 16 };
/** Words (letters) of a custom slot that names no known value: Alexa takes unknown words, not whole sentences. */
const MAX_UNRESOLVED = { words: 4, letters: 10 };
/** How surely words must name a product to be read as one by the classifier. */
const CLEAR_PRODUCT = 0.9;
const EXTRA_LETTER = 0.6;
const COUNTER = '§ctr';
/** Words for "times" after a number in Japanese and Chinese: 一次, 一回, 一遍, 一度. */
const TIMES = new Set(['次', '回', '遍', '度']);
/** Bound of the remembered entity resolutions: a long simulator session must not grow them without end. */
const MAX_RESOLVED = 20_000;
/** Share of a product name's letter pairs that unspaced words must say to name it. */
const NAME_SAID = 0.6;
/** How well one word must match a product name to be possibly part of one. */
const PART_OF_NAME = 0.75;
/** Single-letter fillers safe to cut from unspaced speech. */
const INTERJECTIONS = ['嗯', '呃', '啊', '哦', '吧', '呢', '呀', '嘛'];
const SLOT_MARK: Record<SlotSpec['kind'], string> = { custom: '§item', number: '§num', digits: '§code' };
const SLOT_MARKS = new Set(Object.values(SLOT_MARK));

interface CompiledSample {
  intent: TrainingIntent;
  elements: Element[];
  weight: number;
}

interface Scored {
  sample: CompiledSample;
  align: number;
  score: number;
  spans: Record<string, [number, number]>;
}

export class Understander implements LanguageUnderstanding {
  readonly locale: string;
  readonly invocationName: string;
  private readonly lang: string;
  private readonly samples: CompiledSample[];
  private readonly fillers: Set<string>;
  private readonly functionWords: Set<string>;
  private readonly negations: Set<string>;
  private readonly counters: Set<string>;
  private readonly fillerPattern: RegExp | undefined;
  /** Longest product name in tokens (letters, for unspaced scripts). */
  private readonly maxSpan: number;
  private readonly limits: SpanLimits;
  private readonly unspaced: boolean;
  private readonly classifier: IntentClassifier;
  private readonly resolved = new Map<string, ReturnType<typeof findProduct>>();
  private readonly partOfName = new Map<string, boolean>();
  /** Unspaced scripts: every pair of letters the samples and product names write. */
  private readonly letterPairs: Set<string>;
  /** The invocation name's tokens: inside a session it names the skill, not what the shopper wants. */
  private readonly invocation: string[];
  private readonly stem: Stem;
  private readonly products: { sku: string; names: string[] }[];
  private readonly productWords: Set<string>;
  /** Words the in-domain samples write around their slots: the sentence's words, not a product's. */
  private readonly carrierWords: Set<string>;
  /** Unspaced scripts: the letter pairs of those words. */
  private readonly carrierPairs: Set<string>;

  constructor(private readonly model: TrainingModel) {
    this.locale = model.locale;
    this.invocationName = model.invocationName;
    this.lang = model.locale.split('-')[0].toLowerCase();
    this.unspaced = isUnspaced(this.lang);
    this.stem = stemmerFor(this.lang);
    this.limits = this.unspaced ? LETTER_LIMITS : WORD_LIMITS;
    // Unspaced scripts: fillers are cut out of the text (see withoutFillers), letters are never fillers.
    this.fillers = new Set(this.unspaced ? [] : (FILLERS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    // Fillers of two letters or more, and interjections: other single letters are parts of too many words.
    // A filler that is a whole training phrase ("可以") means something here and stays.
    const phrases = new Set(model.intents.flatMap((i) => i.samples.map((sample) => sample.map((p) => ('text' in p ? p.text : '{}')).join('').trim())));
    const cut = (FILLERS[this.lang] ?? []).filter((w) => (w.length > 1 || INTERJECTIONS.includes(w)) && !phrases.has(w));
    this.fillerPattern = this.unspaced && cut.length ? new RegExp(cut.sort((a, b) => b.length - a.length).join('|'), 'gu') : undefined;
    this.functionWords = new Set((FUNCTION_WORDS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.negations = new Set((NEGATIONS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.counters = new Set((COUNTERS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    // A word that is a whole training phrase on its own ("okay", "可以") means something here: not a filler.
    for (const intent of model.intents) {
      for (const sample of intent.samples) {
        const words = sample.flatMap((part) => ('text' in part ? tokenize(part.text, this.lang) : ['§']));
        if (words.length === 1) this.fillers.delete(words[0]);
      }
    }
    this.invocation = tokenize(model.invocationName, this.lang);
    this.samples = model.intents.flatMap((intent) => intent.samples.map((sample) => {
      const compiled = this.compile(intent, sample);
      const at = this.invocationAt(compiled.map((el) => ('word' in el ? el.word : '')));
      const elements = at < 0 ? compiled : [...compiled.slice(0, at), ...compiled.slice(at + this.invocation.length)];
      return { intent, elements, weight: elements.reduce((sum, el) => sum + ('word' in el ? el.weight : 1), 0) };
    }));
    this.products = Object.values(model.types).flat().map((v) => ({ sku: v.id, names: [v.name, ...v.synonyms] }));
    this.productWords = new Set(this.products.flatMap((p) => p.names.flatMap((n) => tokenize(n, this.lang))));
    const carrierTexts = model.intents.filter((i) => i.name !== FALLBACK_INTENT)
      .flatMap((i) => i.samples.flatMap((sample) => sample.flatMap((part) => ('text' in part ? [part.text] : []))));
    this.carrierWords = new Set(carrierTexts.flatMap((t) => tokenize(t, this.lang)).filter((w) => !this.productWords.has(w)));
    this.carrierPairs = new Set(this.unspaced ? carrierTexts.flatMap((t) => letterPairs(tokenize(t, this.lang))) : []);
    const texts = [...model.intents.flatMap((i) => i.samples.flatMap((sample) => sample.map((part) => ('text' in part ? part.text : '|')))), ...this.products.flatMap((p) => p.names)];
    this.letterPairs = new Set(this.unspaced ? texts.flatMap((t) => letterPairs(tokenize(t, this.lang))) : []);
    this.maxSpan = Math.min(16, Math.max(5, ...this.products.flatMap((p) => p.names.map((n) => tokenize(n, this.lang).length))));
    // Products and numbers a sample spells out ("write a review for the desk lamp", "a timer for ten
    // minutes") are typed as in what is said, so that the classifier learns the words around them.
    // Prebuilt with the weights when nothing they come from has changed (prebuilt.ts).
    this.classifier = new IntentClassifier(prebuiltSentences(model, () => model.intents.flatMap((intent) => intent.samples.map((sample) => ({
      intent: intent.name,
      tokens: this.marked(this.withoutInvocation({ tokens: this.typedSample(intent, sample), heard: [] }).tokens),
    })))), this.unspaced, this.stem, model.cacheName);
  }

  /** A filler or function word: it belongs to the sentence around a slot rather than to the slot. */
  private light(token: string): boolean {
    return this.fillers.has(token) || this.functionWords.has(token);
  }

  /** A letter of an unspaced script weighs about half a word. */
  private weight(token: string): number {
    const unit = this.unspaced ? 0.5 : 1;
    if (this.negations.has(token)) return 2 * unit;
    if (token === COUNTER) return 0.3 * unit;
    if (this.fillers.has(token)) return 0.2;
    if (this.functionWords.has(token)) return 0.5 * unit;
    return unit;
  }

  private compile(intent: TrainingIntent, sample: TrainingModel['intents'][number]['samples'][number]): Element[] {
    return sample.flatMap((part, i): Element[] => {
      if ('slot' in part) {
        const spec = intent.slots.find((s) => s.name === part.slot);
        return [{ slot: part.slot, kind: spec?.kind ?? 'custom' }];
      }
      return this.words(part.text, this.afterNumber(intent, sample, i)).map((word) => ({ word, stem: this.stem(word), weight: this.weight(word) }));
    });
  }

  /** Whether sample part i follows a number slot ("{quantity}個"). */
  private afterNumber(intent: TrainingIntent, sample: TrainingIntent['samples'][number], i: number): boolean {
    const before = sample[i - 1];
    return before !== undefined && 'slot' in before && intent.slots.find((s) => s.name === before.slot)?.kind === 'number';
  }

  /**
   * Counter words made one ("三盒" or "三个" ask the same). In Japanese and Chinese only after a number: the
   * letter is part of other words too (包裹, 日本); so is "can" ("can you…").
   */
  private counted(tokens: string[], afterNumber = false): string[] {
    return tokens.map((t, i) => {
      if (!this.counters.has(t)) return t;
      if (!this.unspaced && !AMBIGUOUS_COUNTERS.has(t)) return COUNTER;
      const before = i === 0 ? undefined : tokens[i - 1];
      const number = before === undefined ? afterNumber : this.isNumberLetter(before) || before === 'a';
      return number ? COUNTER : t;
    });
  }

  /** Tokens with a negation mark added when any word negates. */
  private marked(tokens: string[]): string[] {
    return tokens.some((t) => this.negations.has(t)) ? [...tokens, '§neg'] : tokens;
  }

  /** Unspaced scripts: the text with its fillers cut out (letters alone are never fillers there). */
  private withoutFillers(text: string): string {
    return this.fillerPattern ? text.replace(this.fillerPattern, ' ') : text;
  }

  /** Tokens of sample text with fillers cut (unspaced scripts) and a word said twice said once. */
  private plainWords(text: string): string[] {
    const tokens = tokenize(this.withoutFillers(text), this.lang);
    const keep = this.saidOnce(tokens);
    return tokens.filter((_, i) => keep[i]);
  }

  /** Tokens of sample text as the alignment compares them: plain words with every counter word made one. */
  private words(text: string, afterNumber = false): string[] {
    return this.counted(this.plainWords(text), afterNumber);
  }

  /**
   * Which tokens to keep of a word said twice in a row ("no no", "ciao ciao"): the first; in samples and
   * speech alike. Digits are kept ("null null"), and letters of unspaced scripts (バナナ, いい).
   */
  private saidOnce(tokens: string[]): boolean[] {
    return tokens.map((t, i) => this.unspaced || i === 0 || t !== tokens[i - 1] || digitsOf([t], this.lang) !== undefined);
  }

  private productsOf(spec: SlotSpec | undefined) {
    const values = (spec?.type && this.model.types[spec.type]) || [];
    return values.map((v) => ({ sku: v.id, names: [v.name, ...v.synonyms] }));
  }

  /**
   * Whether unspaced words say this name, no more and no less: they must say most of its letter pairs, and
   * not run on past it ("猫粮再买" is 猫粮 and a verb; the product matcher itself skips such verbs).
   */
  private namedBy(name: string, words: string): boolean {
    return Array.from(words).length <= Array.from(name).length + 1 && matchScore(name, words, this.lang) >= NAME_SAID;
  }

  /** Entity resolution of some words, remembered: the same spans come up again and again. */
  private product(spec: SlotSpec | undefined, words: string): ReturnType<typeof findProduct> {
    const key = `${spec?.type}|${words}`;
    let found = this.resolved.get(key);
    if (!found) {
      if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
      found = findProduct([words], this.productsOf(spec), this.lang);
      // Letters compare by letter pairs, so a few letters ("キャ" of キャンセル) would name any product that
      // contains them: the words must also say most of a name.
      if (this.unspaced && found.kind !== 'none') {
        const skus = found.kind === 'one' ? [found.sku] : found.skus;
        const said = skus.filter((sku) => this.products.find((p) => p.sku === sku)?.names.some((n) => this.namedBy(n, words)));
        found = said.length === 0 ? { kind: 'none' } : said.length === 1 ? { kind: 'one', sku: said[0] } : { kind: 'several', skus: said };
      }
      this.resolved.set(key, found);
    }
    return found;
  }

  understand(text: string): Understanding {
    const fallback: Understanding = { intent: FALLBACK_INTENT, slots: {}, confidence: 0 };
    if (!text || text.length > MAX_CHARS) return fallback;
    const said = withRepeatsSaidOut(this.withoutInvocation(tokenizeHeard(this.withoutFillers(text), this.lang)), this.lang);
    const keep = this.saidOnce(said.tokens);
    // Product names are matched on the words as said ("loo roll"); the rest on words with counters made one.
    const plain = said.tokens.filter((_, i) => keep[i]);
    const tokens = this.counted(plain);
    const heard = said.heard.filter((_, i) => keep[i]);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return fallback;
    const typed = this.typed(tokens, plain);
    const posteriors = this.classifier.posteriors(this.marked(typed));
    let best = this.bestAlignment(tokens, plain, posteriors);
    // Four digits said are a code: the recogniser tags them for an intent whose slot takes four digits,
    // when one fits well enough ("ok äh sieben eins null acht müsste das sein").
    const takesCode = (s: CompiledSample) => s.intent.slots.some((slot) => slot.kind === 'digits');
    if (best && !takesCode(best.sample) && typed.includes(SLOT_MARK.digits)) {
      const coded = this.bestAlignment(tokens, plain, posteriors, takesCode);
      if (coded && coded.score >= MIN_CONFIDENCE) best = coded;
    }
    // Mostly words the models never use: several of them, or one with only a middling fit, is another topic.
    // Unspaced scripts have no words to count: there, only speech whose letter pairs the models almost never
    // write is out of domain (an unknown product is many unknown pairs too); the out-of-domain samples judge
    // the rest.
    const score = best?.score ?? 0;
    const unknown = this.unspaced ? undefined : this.unknownWords(typed);
    const outOfDomain = !unknown
      ? this.unheardOf(typed)
      : unknown.share >= MAX_UNKNOWN_SHARE && (best?.align ?? 0) < 0.9 && ((unknown.count >= MIN_UNKNOWN_WORDS && score < SURE) || score < UNSURE);
    // Closest to an out-of-domain sample (AMAZON.FallbackIntent's, the Dialogflow fallback's negative examples).
    if (!best || best.score < MIN_CONFIDENCE || outOfDomain || best.sample.intent.name === FALLBACK_INTENT) {
      return { ...fallback, confidence: round(best?.score ?? 0) };
    }
    const slots: Record<string, SlotFill> = {};
    const used: [number, number][] = [];
    for (const [name, span] of Object.entries(best.spans)) {
      const spec = best.sample.intent.slots.find((s) => s.name === name);
      const [from, to] = this.unspaced ? this.nameOnly(spec, plain, span) : span;
      // "再买一次", "もう一回": a number of times is not a quantity, as an entity recogniser reads it.
      if (spec?.kind === 'number' && this.unspaced && TIMES.has(plain[to] ?? '')) {
        used.push([from, to]);
        continue;
      }
      const fill = this.fill(spec, plain.slice(from, to), heard.slice(from, to));
      if (fill) slots[name] = fill;
      used.push([from, to]);
    }
    this.fillMissing(best.sample.intent, slots, used, tokens, plain, heard);
    secondAfterFirst(best.sample.intent, slots);
    return { intent: best.sample.intent.name, slots, confidence: round(best.score) };
  }

  /** Where the invocation name starts in these words, when they say more than it; -1 when not. */
  private invocationAt(words: string[]): number {
    const n = this.invocation.length;
    if (n === 0 || words.length <= n) return -1;
    for (let i = 0; i + n <= words.length; i++) {
      if (this.invocation.every((w, k) => words[i + k] === w)) return i;
    }
    return -1;
  }

  /** "what can I do with northwind market" is "what can I do": the skill is already open. */
  private withoutInvocation(said: { tokens: string[]; heard: string[] }): { tokens: string[]; heard: string[] } {
    const at = this.invocationAt(said.tokens);
    if (at < 0) return said;
    const keep = (_: string, i: number) => i < at || i >= at + this.invocation.length;
    return { tokens: said.tokens.filter(keep), heard: said.heard.filter(keep) };
  }

  /** The utterance with product names, numbers and codes replaced by their slot marks. */
  private typed(tokens: string[], plain: string[], nearMisses = true): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length;) {
      const taken = this.productSpanAt(plain, i);
      if (taken) {
        out.push(SLOT_MARK.custom);
        i += taken;
        continue;
      }
      // Digits said one by one ("four three two one") make one code, as a four-digit slot hears them.
      let run = 0;
      while (i + run < tokens.length && this.isNumber(tokens[i + run])) run++;
      const code = run ? this.codeOf(tokens.slice(i, i + run)) : undefined;
      if (code?.length === 4) {
        out.push(SLOT_MARK.digits);
        i += run;
        continue;
      }
      if (run) {
        out.push(SLOT_MARK.number);
        i += 1;
        continue;
      }
      out.push((nearMisses && this.vocabularyWord(tokens[i])) || tokens[i]);
      i += 1;
    }
    return out;
  }

  private typedSample(intent: TrainingIntent, sample: TrainingIntent['samples'][number]): string[] {
    return sample.flatMap((part, i) => {
      if ('slot' in part) return [SLOT_MARK[intent.slots.find((s) => s.name === part.slot)?.kind ?? 'custom']];
      const plain = this.plainWords(part.text);
      return this.typed(this.counted(plain, this.afterNumber(intent, sample, i)), plain, false);
    });
  }

  /** Whether a word (a letter, unspaced) could belong to a product name: spans that start or end otherwise are none. */
  private productish(token: string): boolean {
    let yes = this.partOfName.get(token);
    if (yes === undefined) {
      if (this.partOfName.size >= MAX_RESOLVED) this.partOfName.clear();
      yes = this.unspaced
        ? this.products.some((p) => p.names.some((n) => foldText(n).includes(token)))
        : this.products.some((p) => p.names.some((n) => matchScore(token, n, this.lang) >= PART_OF_NAME));
      this.partOfName.set(token, yes);
    }
    return yes;
  }

  /** How many words from position i clearly name a product (the longest such span), or 0. */
  private productSpanAt(plain: string[], i: number): number {
    for (let n = Math.min(this.maxSpan, plain.length - i); n >= 1; n--) {
      const span = plain.slice(i, i + n);
      if (this.light(span[0]) || this.light(span[span.length - 1])) continue;
      if (!this.productish(span[0]) || !this.productish(span[span.length - 1])) continue;
      // Only a clear product name counts here: a loose match would turn any odd word into a product.
      const words = joinTokens(span, this.lang);
      if (this.products.some((p) => p.names.some((name) => matchScore(words, name, this.lang) >= CLEAR_PRODUCT
        && (!this.unspaced || this.namedBy(name, words))))) return n;
    }
    return 0;
  }

  /**
   * Slots the chosen sample has no place for, filled from what else was said, as an entity recogniser does:
   * a clear product name ("ist das Klopapier schon verschickt"), or the one number said.
   */
  private fillMissing(intent: TrainingIntent, slots: Record<string, SlotFill>, used: [number, number][], tokens: string[], plain: string[], heard: string[]): void {
    const free = (from: number, to: number) => used.every(([a, b]) => to <= a || from >= b);
    for (const spec of intent.slots) {
      if (slots[spec.name]) continue;
      let span: [number, number] | undefined;
      if (spec.kind === 'custom') {
        for (let i = 0; i < plain.length && !span; i++) {
          const n = this.productSpanAt(plain, i);
          if (n && free(i, i + n)) span = [i, i + n];
        }
      } else if (spec.kind === 'number' && !this.unspaced) {
        const numbers = tokens.map((t, i) => i).filter((i) => free(i, i + 1) && (this.isNumeral(tokens[i]) || /^\d{1,3}$/.test(tokens[i])));
        if (numbers.length === 1) span = [numbers[0], numbers[0] + 1];
      } else if (spec.kind === 'number') {
        // In Japanese and Chinese 一 is also "a" (一下, もう一度): only a number before a counter (二袋, 4個).
        const counted = this.countedNumbers(tokens).filter(([from, to]) => free(from, to));
        if (counted.length === 1) span = counted[0];
      }
      if (!span) continue;
      const fill = this.fill(spec, plain.slice(...span), heard.slice(...span));
      if (fill) slots[spec.name] = fill;
      used.push(span);
    }
  }

  /** Spans of numerals followed by a counter ("三本", "十二個"). */
  private countedNumbers(tokens: string[]): [number, number][] {
    const out: [number, number][] = [];
    tokens.forEach((t, i) => {
      if (t !== COUNTER) return;
      let from = i;
      while (from > 0 && this.isNumberLetter(tokens[from - 1])) from--;
      if (from < i) out.push([from, i]);
    });
    return out;
  }

  /** Digits, a digit word or a number word. */
  private isNumber(token: string): boolean {
    return digitsOf([token], this.lang) !== undefined || this.isNumeral(token);
  }

  /** A code said digit by digit or in pairs ("dreiundvierzig siebzehn"). */
  private codeOf(span: string[]): string | undefined {
    return this.unspaced ? digitsOf(span, this.lang) : codeOf(span, this.lang);
  }

  /** A digit, or a letter of a number written in kanji or hanzi ("十", "两"). */
  private isNumberLetter(token: string): boolean {
    return digitsOf([token], this.lang) !== undefined || /^[十百千万两俩]$/u.test(token);
  }

  /** A number word; articles that double as "one" (ein, un, a) are articles here. */
  private isNumeral(token: string): boolean {
    return !this.functionWords.has(token) && parseQuantity(token, this.lang) !== undefined;
  }

  /**
   * A word the models use, for a slightly misheard or inflected one: one or two letters off ("riordini" ->
   * "riordina"), or the same stem of five letters or more ("toglimi" -> "togli", "rimuovere" -> "rimuovi").
   */
  private vocabularyWord(token: string): string | undefined {
    const vocabulary = this.classifier.vocabulary;
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
    const content = typed.filter((t) => !t.startsWith('§') && !this.fillers.has(t) && !this.functionWords.has(t));
    if (content.length === 0) return { count: 0, share: 0 };
    // typed() already replaced near-misses by the model's own words.
    const known = (t: string) => this.classifier.vocabulary.has(t) || this.productWords.has(t);
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

  private bestAlignment(tokens: string[], plain: string[], posteriors: Map<string, number>, only?: (sample: CompiledSample) => boolean): Scored | undefined {
    // Speakers wrap requests in more words than samples have ("あ、やっぱり…して"): in unspaced scripts,
    // where every letter is a token, an extra letter costs less than a missing one.
    const weights = tokens.map((t) => this.weight(t) * (this.unspaced ? EXTRA_LETTER : 1));
    const uttWeight = weights.reduce((a, b) => a + b, 0);
    const stems = tokens.map(this.stem);
    // Span costs depend on the slot's kind and type and the words, not on the sample: share them.
    const slotCost = new Map<string, number | undefined>();
    // Words of a sample that nothing said resembles must be dropped: that bounds the sample's alignment,
    // so samples that cannot beat the best combined score so far are not aligned at all.
    const present = new Map<string, boolean>();
    const heardLike = ({ word, stem }: { word: string; stem: string }): boolean => {
      let hit = present.get(word);
      if (hit === undefined) {
        hit = stems.includes(stem) || tokens.some((t) => t === word || (Math.abs(t.length - word.length) <= 2 && Math.max(t.length, word.length) >= 4
          && distance(t, word) <= (Math.max(t.length, word.length) >= 8 ? 2 : 1)));
        present.set(word, hit);
      }
      return hit;
    };
    const judgeFor = (sample: CompiledSample) => (slot: string, kind: SlotSpec['kind'], from: number, to: number): number | undefined => {
      const spec = sample.intent.slots.find((s) => s.name === slot);
      const key = `${kind}|${spec?.type}|${from}|${to}`;
      if (!slotCost.has(key)) slotCost.set(key, this.spanCost(spec, kind, plain.slice(from, to)));
      return slotCost.get(key);
    };
    const combine = posteriors.size === 0
      ? (_intent: string, a: number) => a
      : (intent: string, a: number) => ALIGN_WEIGHT * a + (1 - ALIGN_WEIGHT) * (posteriors.get(intent) ?? 0);
    const bounded = (only ? this.samples.filter(only) : this.samples).map((sample) => {
      let lost = 0;
      for (const el of sample.elements) if ('word' in el && !heardLike(el)) lost += el.weight;
      return { sample, lost, upper: combine(sample.intent.name, 1 - lost / (sample.weight + uttWeight)) };
    }).sort((a, b) => b.upper - a.upper);

    let best: Scored | undefined;
    // A sample whose every word was said may be said word for word: look for that first, it is decisive.
    for (const { sample, lost } of bounded) {
      if (lost > 0) continue;
      const result = align(sample.elements, tokens, stems, (i) => weights[i], judgeFor(sample), this.limits);
      if (result?.cost === 0) return { sample, align: 1, score: 1, spans: result.spans };
    }
    for (const { sample, upper } of bounded) {
      if (best && upper <= best.score) break;
      const result = align(sample.elements, tokens, stems, (i) => weights[i], judgeFor(sample), this.limits);
      if (!result) continue;
      const a = 1 - result.cost / (sample.weight + uttWeight);
      const score = combine(sample.intent.name, a);
      if (!best || score > best.score) best = { sample, align: a, score, spans: result.spans };
    }
    return best;
  }

  /** How unlikely it is that these words are this slot; undefined when they cannot be. */
  private spanCost(spec: SlotSpec | undefined, kind: SlotSpec['kind'], span: string[]): number | undefined {
    const words = joinTokens(span, this.lang);
    if (kind === 'number') return parseQuantity(words, this.lang) !== undefined || digitsOf(span, this.lang) !== undefined ? 0 : undefined;
    if (kind === 'digits') {
      const digits = this.codeOf(span);
      return digits === undefined ? undefined : digits.length === 4 ? 0 : 0.6;
    }
    // Custom types take any words, as on Alexa; words naming a known value fit best.
    if (span.every((t) => this.light(t))) return undefined;
    // Fillers and articles at the edges belong to the sentence more likely than to the product.
    let edges = 0;
    for (let i = 0; i < span.length && this.light(span[i]); i++) edges++;
    for (let i = span.length - 1; i > 0 && this.light(span[i]); i--) edges++;
    const found = this.product(spec, words);
    if (found.kind === 'one') return 0.25 * edges;
    if (found.kind === 'several') return 0.05 + 0.25 * edges;
    if (span.length > (this.unspaced ? MAX_UNRESOLVED.letters : MAX_UNRESOLVED.words)) return undefined;
    // A slot ends where the product's name ends: "Hundefutter schon" is Hundefutter and a word of the sentence.
    for (let k = 1; k < span.length; k++) {
      if (this.product(spec, joinTokens(span.slice(0, k), this.lang)).kind === 'one') return undefined;
      if (this.product(spec, joinTokens(span.slice(k), this.lang)).kind === 'one') return undefined;
      // Nor does it run on past a product named inside it ("muss die Zahnpasta zurückschicken").
      if (!this.unspaced && this.productSpanAt(span, k)) return undefined;
    }
    return this.unspaced ? 0.5 + 0.25 * (span.length - 1) + 0.15 * edges : 0.7 + 0.3 * (span.length - 1) + 0.25 * edges;
  }

  private fill(spec: SlotSpec | undefined, span: string[], heardSpan: string[]): SlotFill | undefined {
    if ((spec?.kind === 'custom' || spec?.kind === undefined) && !this.unspaced) {
      // Fillers and articles at the edges are the sentence's ("noch mal den Kaffee" is Kaffee). (Not single
      // letters of unspaced scripts: と and の are inside words too.)
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.light(t), 1);
      span = span.slice(from, to);
      heardSpan = heardSpan.slice(from, to);
    }
    if (spec?.kind === 'number') {
      // A kana letter alone is a particle (に, し), not a number.
      if (this.unspaced && !span.some((t) => this.isNumberLetter(t))) return undefined;
      const value = joinTokens(heardSpan, this.lang);
      const n = parseQuantity(joinTokens(span, this.lang), this.lang) ?? Number(digitsOf(span, this.lang));
      return { value, normalized: String(n) };
    }
    if (spec?.kind === 'digits') return { value: joinTokens(heardSpan, this.lang), normalized: this.codeOf(span) };
    const found = this.product(spec, joinTokens(span, this.lang));
    if (found.kind !== 'one') {
      // Nothing of the catalogue: what the sentence's own words leave over is the value ("wann kommt mein
      // Paket ungefähr an" fills "Paket"); when they leave nothing ("dasselbe wie letztes Mal"), no slot.
      if (this.unspaced) {
        const pairs = letterPairs(span);
        return span.length < 2 || pairs.every((p) => this.carrierPairs.has(p)) ? undefined : { value: joinTokens(heardSpan, this.lang) };
      }
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t), 0);
      return from < to ? { value: joinTokens(heardSpan.slice(from, to), this.lang) } : undefined;
    }
    const entry = this.model.types[spec!.type!].find((v) => v.id === found.sku)!;
    // The sentence's own words at the edges are not the product's either ("nochmal die Kaffeebohnen"),
    // as long as what is left still names it.
    if (!this.unspaced) {
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t) || this.light(t), 1);
      const rest = this.product(spec, joinTokens(span.slice(from, to), this.lang));
      if (rest.kind === 'one' && rest.sku === found.sku) heardSpan = heardSpan.slice(from, to);
    }
    return { value: joinTokens(heardSpan, this.lang), resolved: { id: entry.id, name: entry.name } };
  }

  /**
   * Unspaced scripts: a product's span without the letters at its edges that no name of the product has
   * ("コーヒーをま" of "コーヒーをまた…"), so that they are free for other slots ("三" of "を三個").
   */
  private nameOnly(spec: SlotSpec | undefined, plain: string[], [from, to]: [number, number]): [number, number] {
    if (spec?.kind !== 'custom') return [from, to];
    const found = this.product(spec, joinTokens(plain.slice(from, to), this.lang));
    if (found.kind !== 'one') return [from, to];
    const letters = new Set(this.products.filter((p) => p.sku === found.sku).flatMap((p) => p.names.flatMap((n) => tokenize(n, this.lang))));
    return trimEdges(plain, from, to, (t) => !letters.has(t), 1);
  }
}

/**
 * A second slot of a type (otherItem beside item) is filled only after the first: one product said, whatever
 * sample lent it its place, is the first ("bestell drei Packungen Spülmaschinentabs nach" is item).
 */
function secondAfterFirst(intent: TrainingIntent, slots: Record<string, SlotFill>): void {
  const byType = new Map<string, string[]>();
  for (const spec of intent.slots) {
    if (spec.kind !== 'custom' || !spec.type) continue;
    byType.set(spec.type, [...(byType.get(spec.type) ?? []), spec.name]);
  }
  for (const names of byType.values()) {
    const filled = names.map((name) => slots[name]).filter((fill): fill is SlotFill => fill !== undefined);
    names.forEach((name, i) => {
      if (i < filled.length) slots[name] = filled[i];
      else delete slots[name];
    });
  }
}

/** The part of tokens[from, to) left when tokens that match `drop` are cut from both edges, keeping at least `keep`. */
function trimEdges(tokens: string[], from: number, to: number, drop: (token: string) => boolean, keep: number): [number, number] {
  while (to - from > keep && drop(tokens[from])) from++;
  while (to - from > keep && drop(tokens[to - 1])) to--;
  return [from, to];
}

/** Pairs of neighbouring letters, not across slot marks or other tokens of more than one letter. */
function letterPairs(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].length === 1 && tokens[i - 1].length === 1) out.push(tokens[i - 1] + tokens[i]);
  }
  return out;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
