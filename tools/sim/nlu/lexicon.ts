// The words of one locale as the understanding weighs them: fillers and function words are light, negations
// heavy, counter words are made one, the invocation name is dropped inside a session, and numbers and codes
// are read as the platform's system slots read them. Built once per model.
import { parseQuantity } from '../../../lambda/core/language/quantity.js';
import type { SpanLimits } from './align.js';
import { Ordinals } from './ordinals.js';
import { stemmerFor, type Stem } from './stems.js';
import { isUnspaced, tokenize } from './tokens.js';
import type { SlotSpec, TrainingModel } from './training.js';
import { AMBIGUOUS_COUNTERS, codeOf, COUNTERS, digitsOf, FILLERS, FUNCTION_WORDS, HESITATIONS, NEGATIONS } from './words.js';

/** The one token every counter word becomes. */
export const COUNTER = '§ctr';
/** What a product name, a number and a code become in typed speech (what the classifier reads). */
export const SLOT_MARK: Record<SlotSpec['kind'], string> = { custom: '§item', number: '§num', digits: '§code' };
export const SLOT_MARKS = new Set(Object.values(SLOT_MARK));
/** Slot spans in words, and in letters for unspaced scripts. */
const WORD_LIMITS: SpanLimits = { number: 3, digits: 8, custom: 8 };
const LETTER_LIMITS: SpanLimits = { number: 4, digits: 8, custom: 16 };
/** Single-letter fillers safe to cut from unspaced speech. */
const INTERJECTIONS = ['嗯', '呃', '啊', '哦', '吧', '呢', '呀', '嘛'];

export class Lexicon {
  readonly lang: string;
  readonly unspaced: boolean;
  readonly stem: Stem;
  readonly limits: SpanLimits;
  readonly fillers: Set<string>;
  readonly functionWords: Set<string>;
  /** Ordinals said as the answer to "which one?": a product slot's words, never a quantity. */
  readonly ordinals: Ordinals;
  private readonly negations: Set<string>;
  private readonly counters: Set<string>;
  private readonly hesitations: Set<string>;
  private readonly fillerPattern: RegExp | undefined;
  /** The invocation name's tokens: inside a session it names the skill, not what the shopper wants. */
  private readonly invocation: string[];

  constructor(model: TrainingModel) {
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
    this.hesitations = new Set((HESITATIONS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    // A word that is a whole training phrase on its own ("okay", "可以") means something here: not a filler.
    for (const intent of model.intents) {
      for (const sample of intent.samples) {
        const words = sample.flatMap((part) => ('text' in part ? tokenize(part.text, this.lang) : ['§']));
        if (words.length === 1) this.fillers.delete(words[0]);
      }
    }
    this.invocation = tokenize(model.invocationName, this.lang);
    this.ordinals = new Ordinals(this.lang, (t) => this.fillers.has(t), (t) => this.light(t));
  }

  /** A filler or function word: it belongs to the sentence around a slot rather than to the slot. */
  light(token: string): boolean {
    return this.fillers.has(token) || this.functionWords.has(token);
  }

  /** A letter of an unspaced script weighs about half a word. */
  weight(token: string): number {
    const unit = this.unspaced ? 0.5 : 1;
    if (this.negations.has(token)) return 2 * unit;
    if (token === COUNTER) return 0.3 * unit;
    if (this.fillers.has(token)) return 0.2;
    if (this.functionWords.has(token)) return 0.5 * unit;
    return unit;
  }

  /**
   * Counter words made one ("三盒" or "三个" ask the same). In Japanese and Chinese only after a number: the
   * letter is part of other words too (包裹, 日本); so is "can" ("can you…").
   */
  counted(tokens: string[], afterNumber = false): string[] {
    return tokens.map((t, i) => {
      if (!this.counters.has(t)) return t;
      if (!this.unspaced && !AMBIGUOUS_COUNTERS.has(t)) return COUNTER;
      const before = i === 0 ? undefined : tokens[i - 1];
      const number = before === undefined ? afterNumber : this.isNumberLetter(before) || before === 'a';
      return number ? COUNTER : t;
    });
  }

  /** A counter word ("rolls", "Säcke", "袋"): a unit of a product, never a product by itself. */
  isCounter(token: string): boolean {
    return this.counters.has(token);
  }

  /** Tokens with a negation mark added when any word negates. */
  marked(tokens: string[]): string[] {
    return tokens.some((t) => this.negations.has(t)) ? [...tokens, '§neg'] : tokens;
  }

  /** What was said without hesitation sounds ("äh die Hafermilch"), as a recogniser transcribes it. */
  withoutHesitations(said: { tokens: string[]; heard: string[] }): { tokens: string[]; heard: string[] } {
    const keep = said.tokens.map((t) => !this.hesitations.has(t));
    if (keep.every(Boolean)) return said;
    return { tokens: said.tokens.filter((_, i) => keep[i]), heard: said.heard.filter((_, i) => keep[i]) };
  }

  /** Unspaced scripts: the text with its fillers cut out (letters alone are never fillers there). */
  withoutFillers(text: string): string {
    return this.fillerPattern ? text.replace(this.fillerPattern, ' ') : text;
  }

  /** Tokens of sample text with fillers cut (unspaced scripts) and a word said twice said once. */
  plainWords(text: string): string[] {
    const tokens = tokenize(this.withoutFillers(text), this.lang);
    const keep = this.saidOnce(tokens);
    return tokens.filter((_, i) => keep[i]);
  }

  /** Tokens of sample text as the alignment compares them: plain words with every counter word made one. */
  words(text: string, afterNumber = false): string[] {
    return this.counted(this.plainWords(text), afterNumber);
  }

  /**
   * Which tokens to keep of a word said twice in a row ("no no", "ciao ciao"): the first; in samples and
   * speech alike. Digits are kept ("null null"), and letters of unspaced scripts (バナナ, いい).
   */
  saidOnce(tokens: string[]): boolean[] {
    return tokens.map((t, i) => this.unspaced || i === 0 || t !== tokens[i - 1] || digitsOf([t], this.lang) !== undefined);
  }

  /** Where the invocation name starts in these words, when they say more than it; -1 when not. */
  invocationAt(words: string[]): number {
    const n = this.invocation.length;
    if (n === 0 || words.length <= n) return -1;
    for (let i = 0; i + n <= words.length; i++) {
      if (this.invocation.every((w, k) => words[i + k] === w)) return i;
    }
    return -1;
  }

  /** The length of the invocation name in tokens. */
  get invocationLength(): number {
    return this.invocation.length;
  }

  /** "what can I do with northwind market" is "what can I do": the skill is already open. */
  withoutInvocation(said: { tokens: string[]; heard: string[] }): { tokens: string[]; heard: string[] } {
    const at = this.invocationAt(said.tokens);
    if (at < 0) return said;
    const keep = (_: string, i: number) => i < at || i >= at + this.invocation.length;
    return { tokens: said.tokens.filter(keep), heard: said.heard.filter(keep) };
  }

  /** Digits, a digit word or a number word. */
  isNumber(token: string): boolean {
    return digitsOf([token], this.lang) !== undefined || this.isNumeral(token);
  }

  /** A code said digit by digit or in pairs ("dreiundvierzig siebzehn"). */
  codeOf(span: string[]): string | undefined {
    return this.unspaced ? digitsOf(span, this.lang) : codeOf(span, this.lang);
  }

  /** A digit, or a letter of a number written in kanji or hanzi ("十", "两"). */
  isNumberLetter(token: string): boolean {
    return digitsOf([token], this.lang) !== undefined || /^[十百千万两俩]$/u.test(token);
  }

  /** A number word; articles that double as "one" (ein, un, a) are articles here. */
  isNumeral(token: string): boolean {
    return !this.functionWords.has(token) && parseQuantity(token, this.lang) !== undefined;
  }
}
