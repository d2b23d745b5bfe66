// Slots: which words a slot may take and at what cost (the alignment asks), what value the chosen span gives
// (numbers and codes normalized, products resolved, the sentence's own words left out), and the slots an
// entity recogniser fills from what else was said.
import { parseQuantity } from '../../../lambda/core/language/quantity.js';
import type { Lexicon } from './lexicon.js';
import { COUNTER } from './lexicon.js';
import type { ProductNames } from './products.js';
import { joinTokens, letterPairs, tokenize, trimEdges } from './tokens.js';
import type { SlotSpec, TrainingIntent, TrainingModel } from './training.js';
import { FALLBACK_INTENT, type SlotFill } from './types.js';
import { digitsOf } from './words.js';

/** Words (letters) of a custom slot that names no known value: Alexa takes unknown words, not whole sentences. */
const MAX_UNRESOLVED = { words: 4, letters: 10 };
/** Words for "times" after a number in Japanese and Chinese: 一次, 一回, 一遍, 一度. */
const TIMES = new Set(['次', '回', '遍', '度']);

export class SlotReader {
  /** Words the in-domain samples write around their slots: the sentence's words, not a product's. */
  private readonly carrierWords: Set<string>;
  /** Unspaced scripts: the letter pairs of those words. */
  private readonly carrierPairs: Set<string>;

  constructor(private readonly model: TrainingModel, private readonly lexicon: Lexicon, private readonly names: ProductNames) {
    const lang = lexicon.lang;
    const carrierTexts = model.intents.filter((i) => i.name !== FALLBACK_INTENT)
      .flatMap((i) => i.samples.flatMap((sample) => sample.flatMap((part) => ('text' in part ? [part.text] : []))));
    this.carrierWords = new Set(carrierTexts.flatMap((t) => tokenize(t, lang)).filter((w) => !names.productWords.has(w)));
    this.carrierPairs = new Set(lexicon.unspaced ? carrierTexts.flatMap((t) => letterPairs(tokenize(t, lang))) : []);
  }

  /**
   * The slots of the chosen sample's intent: its spans' values, then what else was said (fillMissing), a
   * second product slot only after the first.
   */
  read(intent: TrainingIntent, spans: Record<string, [number, number]>, tokens: string[], plain: string[], heard: string[]): Record<string, SlotFill> {
    const slots: Record<string, SlotFill> = {};
    const used: [number, number][] = [];
    for (const [name, span] of Object.entries(spans)) {
      const spec = intent.slots.find((s) => s.name === name);
      const [from, to] = this.lexicon.unspaced ? this.names.nameOnly(spec, plain, span) : span;
      // "再买一次", "もう一回": a number of times is not a quantity, as an entity recogniser reads it.
      if (spec?.kind === 'number' && this.lexicon.unspaced && TIMES.has(plain[to] ?? '')) {
        used.push([from, to]);
        continue;
      }
      const fill = this.fill(spec, plain.slice(from, to), heard.slice(from, to));
      if (fill) slots[name] = fill;
      used.push([from, to]);
    }
    this.fillMissing(intent, slots, used, tokens, plain, heard);
    secondAfterFirst(intent, slots);
    return slots;
  }

  /** How unlikely it is that these words are this slot; undefined when they cannot be. */
  spanCost(spec: SlotSpec | undefined, kind: SlotSpec['kind'], span: string[]): number | undefined {
    const { lang, unspaced } = this.lexicon;
    const words = joinTokens(span, lang);
    if (kind === 'number') return parseQuantity(words, lang) !== undefined || digitsOf(span, lang) !== undefined ? 0 : undefined;
    if (kind === 'digits') {
      const digits = this.lexicon.codeOf(span);
      return digits === undefined ? undefined : digits.length === 4 ? 0 : 0.6;
    }
    const light = (t: string) => this.lexicon.light(t);
    // Custom types take any words, as on Alexa; words naming a known value fit best.
    if (span.every(light)) return undefined;
    // Fillers and articles at the edges belong to the sentence more likely than to the product.
    let edges = 0;
    for (let i = 0; i < span.length && light(span[i]); i++) edges++;
    for (let i = span.length - 1; i > 0 && light(span[i]); i--) edges++;
    const found = this.names.product(spec, words);
    if (found.kind === 'one') return 0.25 * edges;
    if (found.kind === 'several') return 0.05 + 0.25 * edges;
    if (span.length > (unspaced ? MAX_UNRESOLVED.letters : MAX_UNRESOLVED.words)) return undefined;
    // A slot ends where the product's name ends: "Hundefutter schon" is Hundefutter and a word of the sentence.
    for (let k = 1; k < span.length; k++) {
      if (this.names.product(spec, joinTokens(span.slice(0, k), lang)).kind === 'one') return undefined;
      if (this.names.product(spec, joinTokens(span.slice(k), lang)).kind === 'one') return undefined;
      // Nor does it run on past a product named inside it ("muss die Zahnpasta zurückschicken").
      if (!unspaced && this.names.spanAt(span, k)) return undefined;
    }
    return unspaced ? 0.5 + 0.25 * (span.length - 1) + 0.15 * edges : 0.7 + 0.3 * (span.length - 1) + 0.25 * edges;
  }

  private fill(spec: SlotSpec | undefined, span: string[], heardSpan: string[]): SlotFill | undefined {
    const { lang, unspaced } = this.lexicon;
    const light = (t: string) => this.lexicon.light(t);
    if ((spec?.kind === 'custom' || spec?.kind === undefined) && !unspaced) {
      // Fillers and articles at the edges are the sentence's ("noch mal den Kaffee" is Kaffee). (Not single
      // letters of unspaced scripts: と and の are inside words too.)
      const [from, to] = trimEdges(span, 0, span.length, light, 1);
      span = span.slice(from, to);
      heardSpan = heardSpan.slice(from, to);
    }
    if (spec?.kind === 'number') {
      // A kana letter alone is a particle (に, し), not a number.
      if (unspaced && !span.some((t) => this.lexicon.isNumberLetter(t))) return undefined;
      const value = joinTokens(heardSpan, lang);
      const n = parseQuantity(joinTokens(span, lang), lang) ?? Number(digitsOf(span, lang));
      return { value, normalized: String(n) };
    }
    if (spec?.kind === 'digits') return { value: joinTokens(heardSpan, lang), normalized: this.lexicon.codeOf(span) };
    const found = this.names.product(spec, joinTokens(span, lang));
    if (found.kind !== 'one') {
      // Nothing of the catalogue: what the sentence's own words leave over is the value ("wann kommt mein
      // Paket ungefähr an" fills "Paket"); when they leave nothing ("dasselbe wie letztes Mal"), no slot.
      if (unspaced) {
        const pairs = letterPairs(span);
        return span.length < 2 || pairs.every((p) => this.carrierPairs.has(p)) ? undefined : { value: joinTokens(heardSpan, lang) };
      }
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t), 0);
      return from < to ? { value: joinTokens(heardSpan.slice(from, to), lang) } : undefined;
    }
    const entry = this.model.types[spec!.type!].find((v) => v.id === found.sku)!;
    // The sentence's own words at the edges are not the product's either ("nochmal die Kaffeebohnen"),
    // as long as what is left still names it.
    if (!unspaced) {
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t) || light(t), 1);
      const rest = this.names.product(spec, joinTokens(span.slice(from, to), lang));
      if (rest.kind === 'one' && rest.sku === found.sku) heardSpan = heardSpan.slice(from, to);
    }
    return { value: joinTokens(heardSpan, lang), resolved: { id: entry.id, name: entry.name } };
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
          const n = this.names.spanAt(plain, i);
          if (n && free(i, i + n)) span = [i, i + n];
        }
      } else if (spec.kind === 'number' && !this.lexicon.unspaced) {
        const numbers = tokens.map((t, i) => i).filter((i) => free(i, i + 1) && (this.lexicon.isNumeral(tokens[i]) || /^\d{1,3}$/.test(tokens[i])));
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
      while (from > 0 && this.lexicon.isNumberLetter(tokens[from - 1])) from--;
      if (from < i) out.push([from, i]);
    });
    return out;
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
