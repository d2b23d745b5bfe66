// Product names as an entity recogniser finds them: which words resolve to a value of a slot's type
// (remembered, the same spans come up again and again), and where in what was said a clear name starts.
import { findProduct, matchScore } from '../../../lambda/core/language/matching.js';
import type { Lexicon } from './lexicon.js';
import { foldText, joinTokens, tokenize, trimEdges } from './tokens.js';
import type { SlotSpec, TrainingModel } from './training.js';

/** How surely words must name a product to be read as one by the classifier. */
const CLEAR_PRODUCT = 0.9;
/** Bound of the remembered entity resolutions: a long simulator session must not grow them without end. */
const MAX_RESOLVED = 20_000;
/** Share of a product name's letter pairs that unspaced words must say to name it. */
const NAME_SAID = 0.6;
/** How well one word must match a product name to be possibly part of one. */
const PART_OF_NAME = 0.75;

export type Resolution = ReturnType<typeof findProduct>;

export class ProductNames {
  /** Every value of every custom type, with its names. */
  readonly products: { sku: string; names: string[] }[];
  /** Every word of every name. */
  readonly productWords: Set<string>;
  /** Longest product name in tokens (letters, for unspaced scripts). */
  private readonly maxSpan: number;
  private readonly resolved = new Map<string, Resolution>();
  private readonly partOfName = new Map<string, boolean>();

  constructor(private readonly model: TrainingModel, private readonly lexicon: Lexicon) {
    const lang = lexicon.lang;
    this.products = Object.values(model.types).flat().map((v) => ({ sku: v.id, names: [v.name, ...v.synonyms] }));
    this.productWords = new Set(this.products.flatMap((p) => p.names.flatMap((n) => tokenize(n, lang))));
    this.maxSpan = Math.min(16, Math.max(5, ...this.products.flatMap((p) => p.names.map((n) => tokenize(n, lang).length))));
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
    return Array.from(words).length <= Array.from(name).length + 1 && matchScore(name, words, this.lexicon.lang) >= NAME_SAID;
  }

  /**
   * The value whose name or synonym the words say exactly, as a platform's entity resolution matches first
   * ("washing up liquid" is that, not the "washing liquid" a looser match also finds).
   */
  exactly(spec: SlotSpec | undefined, words: string): string | undefined {
    const said = tokenize(words, this.lexicon.lang).join(' ');
    const skus = new Set(this.productsOf(spec).filter((p) => p.names.some((n) => tokenize(n, this.lexicon.lang).join(' ') === said)).map((p) => p.sku));
    return skus.size === 1 ? [...skus][0] : undefined;
  }

  /** Entity resolution of some words, remembered: the same spans come up again and again. */
  product(spec: SlotSpec | undefined, words: string): Resolution {
    const key = `${spec?.type}|${words}`;
    let found = this.resolved.get(key);
    if (!found) {
      if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
      // A unit and articles alone ("rolls", "zwei Säcke") name no product, though a name may hold the unit ("kitchen roll").
      const units = tokenize(words, this.lexicon.lang).every((t) => this.lexicon.isCounter(t) || this.lexicon.light(t));
      const exact = this.exactly(spec, words);
      found = units ? { kind: 'none' } : exact ? { kind: 'one', sku: exact } : findProduct([words], this.productsOf(spec), this.lexicon.lang);
      // Letters compare by letter pairs, so a few letters ("キャ" of キャンセル) would name any product that
      // contains them: the words must also say most of a name.
      if (this.lexicon.unspaced && found.kind !== 'none') {
        const skus = found.kind === 'one' ? [found.sku] : found.skus;
        const said = skus.filter((sku) => this.products.find((p) => p.sku === sku)?.names.some((n) => this.namedBy(n, words)));
        found = said.length === 0 ? { kind: 'none' } : said.length === 1 ? { kind: 'one', sku: said[0] } : { kind: 'several', skus: said };
      }
      // Words that are part of several products' names and no name of one ("コーヒー" of コーヒー豆 and
      // カフェインレスのコーヒーカプセル, "Kaffee") are no value of the type: the platform sends them unresolved
      // (ER_SUCCESS_NO_MATCH) and the skill matches them against the shopper's orders.
      if (!exact && found.kind === 'one') {
        const partly = this.partOf(spec, words);
        if (partly.length > 1) found = { kind: 'several', skus: partly };
      }
      this.resolved.set(key, found);
    }
    return found;
  }

  /** The values one of whose names holds these words whole (their letters in a row, unspaced). */
  private partOf(spec: SlotSpec | undefined, words: string): string[] {
    const { lang, unspaced } = this.lexicon;
    const said = tokenize(words, lang);
    if (said.length === 0) return [];
    const holds = (name: string) => {
      const tokens = tokenize(name, lang);
      if (unspaced) return tokens.join('').includes(said.join(''));
      return tokens.some((_, i) => said.every((t, k) => tokens[i + k] === t));
    };
    return [...new Set(this.productsOf(spec).filter((p) => p.names.some(holds)).map((p) => p.sku))];
  }

  /** Whether a word (a letter, unspaced) could belong to a product name: spans that start or end otherwise are none. */
  private productish(token: string): boolean {
    let yes = this.partOfName.get(token);
    if (yes === undefined) {
      if (this.partOfName.size >= MAX_RESOLVED) this.partOfName.clear();
      yes = this.lexicon.unspaced
        ? this.products.some((p) => p.names.some((n) => foldText(n).includes(token)))
        : this.products.some((p) => p.names.some((n) => matchScore(token, n, this.lexicon.lang) >= PART_OF_NAME));
      this.partOfName.set(token, yes);
    }
    return yes;
  }

  /** How many words from position i clearly name a product (the longest such span), or 0. */
  spanAt(plain: string[], i: number): number {
    const { lang, unspaced } = this.lexicon;
    for (let n = Math.min(this.maxSpan, plain.length - i); n >= 1; n--) {
      const span = plain.slice(i, i + n);
      if (this.lexicon.light(span[0]) || this.lexicon.light(span[span.length - 1])) continue;
      if (!this.productish(span[0]) || !this.productish(span[span.length - 1])) continue;
      if (span.every((t) => this.lexicon.isCounter(t))) continue;
      // Only a clear product name counts here: a loose match would turn any odd word into a product.
      const words = joinTokens(span, lang);
      if (this.products.some((p) => p.names.some((name) => matchScore(words, name, lang) >= CLEAR_PRODUCT
        && (!unspaced || this.namedBy(name, words))))) return n;
    }
    return 0;
  }

  /**
   * Unspaced scripts: a product's span without the letters at its edges that no name of the product has
   * ("コーヒーをま" of "コーヒーをまた…"), so that they are free for other slots ("三" of "を三個").
   */
  nameOnly(spec: SlotSpec | undefined, plain: string[], [from, to]: [number, number]): [number, number] {
    if (spec?.kind !== 'custom') return [from, to];
    const found = this.product(spec, joinTokens(plain.slice(from, to), this.lexicon.lang));
    if (found.kind !== 'one') return [from, to];
    const letters = new Set(this.products.filter((p) => p.sku === found.sku).flatMap((p) => p.names.flatMap((n) => tokenize(n, this.lexicon.lang))));
    return trimEdges(plain, from, to, (t) => !letters.has(t), 1);
  }
}
