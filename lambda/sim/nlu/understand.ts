// The simulator's natural-language understanding for one locale of one platform: the best-fitting
// sample over all intents, its slots filled and resolved, or the fallback intent when nothing fits.
import { distance } from 'fastest-levenshtein';
import { findProduct } from '../../core/language/matching.js';
import { parseQuantity } from '../../core/language/quantity.js';
import { align, type Element } from './align.js';
import type { TrainingModel, TrainingIntent, SlotSpec } from './training.js';
import { joinTokens, tokenize, tokenizeHeard } from './tokens.js';
import { FALLBACK_INTENT, type LanguageUnderstanding, type SlotFill, type Understanding } from './types.js';
import { digitsOf, FILLERS, FUNCTION_WORDS } from './words.js';

/** Below this fit, a real platform would not risk an intent either. */
export const MIN_CONFIDENCE = 0.62;
/** Nothing the models say is this long; longer input is not an in-domain request. */
const MAX_TOKENS = 40;
const MAX_CHARS = 400;
/** Words of a custom slot that names no known value: Alexa takes unknown words, but not whole sentences. */
const MAX_UNRESOLVED_SPAN = 4;

interface CompiledSample {
  intent: TrainingIntent;
  elements: Element[];
}

export class Understander implements LanguageUnderstanding {
  readonly locale: string;
  readonly invocationName: string;
  private readonly lang: string;
  private readonly samples: CompiledSample[];
  private readonly fillers: Set<string>;
  private readonly functionWords: Set<string>;

  constructor(private readonly model: TrainingModel) {
    this.locale = model.locale;
    this.invocationName = model.invocationName;
    this.lang = model.locale.split('-')[0].toLowerCase();
    this.fillers = new Set((FILLERS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.functionWords = new Set((FUNCTION_WORDS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.samples = model.intents.flatMap((intent) => intent.samples.map((sample) => ({ intent, elements: this.compile(intent, sample) })));
  }

  private weight(token: string): number {
    if (this.fillers.has(token)) return 0.2;
    if (this.functionWords.has(token)) return 0.5;
    return 1;
  }

  private compile(intent: TrainingIntent, sample: TrainingModel['intents'][number]['samples'][number]): Element[] {
    return sample.flatMap((part): Element[] => {
      if ('slot' in part) {
        const spec = intent.slots.find((s) => s.name === part.slot);
        return [{ slot: part.slot, kind: spec?.kind ?? 'custom' }];
      }
      return tokenize(part.text, this.lang).map((word) => ({ word, weight: this.weight(word) }));
    });
  }

  private productsOf(spec: SlotSpec | undefined) {
    const values = (spec?.type && this.model.types[spec.type]) || [];
    return values.map((v) => ({ sku: v.id, names: [v.name, ...v.synonyms] }));
  }

  understand(text: string): Understanding {
    const fallback: Understanding = { intent: FALLBACK_INTENT, slots: {}, confidence: 0 };
    if (!text || text.length > MAX_CHARS) return fallback;
    const { tokens, heard } = tokenizeHeard(text, this.lang);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return fallback;
    const weights = tokens.map((t) => this.weight(t));
    const uttWeight = weights.reduce((a, b) => a + b, 0);
    // Span costs depend on the slot's kind and type and the words, not on the sample: share them.
    const slotCost = new Map<string, number | undefined>();
    let best: { sample: CompiledSample; score: number; spans: Record<string, [number, number]> } | undefined;

    // Words of a sample that nothing said resembles must be dropped: that bounds the sample's best score,
    // so samples that cannot beat the best so far are not aligned at all.
    const present = new Map<string, boolean>();
    const heardLike = (word: string): boolean => {
      let hit = present.get(word);
      if (hit === undefined) {
        hit = tokens.some((t) => t === word || (Math.abs(t.length - word.length) <= 2 && Math.max(t.length, word.length) >= 4
          && distance(t, word) <= (Math.max(t.length, word.length) >= 8 ? 2 : 1)));
        present.set(word, hit);
      }
      return hit;
    };
    const bounded = this.samples.map((sample) => {
      let lost = 0;
      let weight = 0;
      for (const el of sample.elements) {
        weight += 'word' in el ? el.weight : 1;
        if ('word' in el && !heardLike(el.word)) lost += el.weight;
      }
      return { sample, weight, upper: 1 - lost / (weight + uttWeight) };
    }).sort((a, b) => b.upper - a.upper);

    for (const { sample, weight: sampleWeight, upper } of bounded) {
      if (upper < MIN_CONFIDENCE || (best && upper <= best.score)) break;
      const judge = (slot: string, kind: SlotSpec['kind'], from: number, to: number): number | undefined => {
        const spec = sample.intent.slots.find((s) => s.name === slot);
        const key = `${kind}|${spec?.type}|${from}|${to}`;
        if (!slotCost.has(key)) slotCost.set(key, this.spanCost(spec, kind, tokens.slice(from, to)));
        return slotCost.get(key);
      };
      const result = align(sample.elements, tokens, (i) => weights[i], judge);
      if (!result) continue;
      const score = 1 - result.cost / (sampleWeight + uttWeight);
      if (!best || score > best.score) best = { sample, score, spans: result.spans };
    }
    if (!best || best.score < MIN_CONFIDENCE) return { ...fallback, confidence: best?.score ?? 0 };
    const slots: Record<string, SlotFill> = {};
    for (const [name, [from, to]] of Object.entries(best.spans)) {
      slots[name] = this.fill(best.sample.intent.slots.find((s) => s.name === name), tokens.slice(from, to), heard.slice(from, to));
    }
    return { intent: best.sample.intent.name, slots, confidence: Math.round(best.score * 1000) / 1000 };
  }

  /** How unlikely it is that these words are this slot; undefined when they cannot be. */
  private spanCost(spec: SlotSpec | undefined, kind: SlotSpec['kind'], span: string[]): number | undefined {
    const words = joinTokens(span, this.lang);
    if (kind === 'number') return parseQuantity(words, this.lang) !== undefined || digitsOf(span, this.lang) !== undefined ? 0 : undefined;
    if (kind === 'digits') {
      const digits = digitsOf(span, this.lang);
      return digits === undefined ? undefined : digits.length === 4 ? 0 : 0.6;
    }
    // Custom types take any words, as on Alexa; words naming a known value fit best.
    const light = (t: string) => this.fillers.has(t) || this.functionWords.has(t);
    if (span.every(light)) return undefined;
    // Fillers and articles at the edges belong to the sentence more likely than to the product.
    let edges = 0;
    for (let i = 0; i < span.length && light(span[i]); i++) edges++;
    for (let i = span.length - 1; i > 0 && light(span[i]); i--) edges++;
    const found = findProduct([words], this.productsOf(spec), this.lang);
    if (found.kind === 'one') return 0.25 * edges;
    if (found.kind === 'several') return 0.05 + 0.25 * edges;
    if (span.length > MAX_UNRESOLVED_SPAN) return undefined;
    return 0.5 + 0.3 * (span.length - 1) + 0.25 * edges;
  }

  private fill(spec: SlotSpec | undefined, span: string[], heardSpan: string[]): SlotFill {
    const value = joinTokens(heardSpan, this.lang);
    if (spec?.kind === 'number') {
      const n = parseQuantity(joinTokens(span, this.lang), this.lang) ?? Number(digitsOf(span, this.lang));
      return { value, normalized: String(n) };
    }
    if (spec?.kind === 'digits') return { value, normalized: digitsOf(span, this.lang) };
    const found = findProduct([joinTokens(span, this.lang)], this.productsOf(spec), this.lang);
    if (found.kind !== 'one') return { value };
    const entry = this.model.types[spec!.type!].find((v) => v.id === found.sku)!;
    return { value, resolved: { id: entry.id, name: entry.name } };
  }
}
