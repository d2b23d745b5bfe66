// The simulator's natural-language understanding for one locale of one platform. Two opinions are
// combined: how well the utterance aligns with a sample (words, slips, fillers, typed slots) and how
// close it is to a sample by TF-IDF (telling words, word pairs, letter trigrams). Too little of either,
// or mostly words the models never use, is the fallback intent, as on the real platforms.
import { distance } from 'fastest-levenshtein';
import { findProduct } from '../../core/language/matching.js';
import { parseQuantity } from '../../core/language/quantity.js';
import { align, type Element } from './align.js';
import { IntentBayes } from './classifier.js';
import type { SlotSpec, TrainingIntent, TrainingModel } from './training.js';
import { isUnspaced, joinTokens, tokenize, tokenizeHeard } from './tokens.js';
import { FALLBACK_INTENT, type LanguageUnderstanding, type SlotFill, type Understanding } from './types.js';
import { digitsOf, FILLERS, FUNCTION_WORDS } from './words.js';

/** Below this combined fit, a real platform would not risk an intent either. */
export const MIN_CONFIDENCE = 0.5;
/** Weight of the alignment opinion; the rest is the classifier's posterior. */
const ALIGN_WEIGHT = 0.5;
/** Share of content words the models never use above which the speech is out of domain… */
const MAX_UNKNOWN_SHARE = 0.5;
/** …when at least this many words are unknown: one odd word ("cartons") is a paraphrase, not a new topic. */
const MIN_UNKNOWN_WORDS = 2;
/** Nothing the models say is this long; longer input is not an in-domain request. */
const MAX_TOKENS = 40;
const MAX_CHARS = 400;
/** Words of a custom slot that names no known value: Alexa takes unknown words, but not whole sentences. */
const MAX_UNRESOLVED_SPAN = 4;
const SLOT_MARK: Record<SlotSpec['kind'], string> = { custom: '§item', number: '§num', digits: '§code' };

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
  private readonly bayes: IntentBayes;
  private readonly products: { sku: string; names: string[] }[];
  private readonly productWords: Set<string>;

  constructor(private readonly model: TrainingModel) {
    this.locale = model.locale;
    this.invocationName = model.invocationName;
    this.lang = model.locale.split('-')[0].toLowerCase();
    this.fillers = new Set((FILLERS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.functionWords = new Set((FUNCTION_WORDS[this.lang] ?? []).flatMap((w) => tokenize(w, this.lang)));
    this.samples = model.intents.flatMap((intent) => intent.samples.map((sample) => {
      const elements = this.compile(intent, sample);
      return { intent, elements, weight: elements.reduce((sum, el) => sum + ('word' in el ? el.weight : 1), 0) };
    }));
    this.products = Object.values(model.types).flat().map((v) => ({ sku: v.id, names: [v.name, ...v.synonyms] }));
    this.productWords = new Set(this.products.flatMap((p) => p.names.flatMap((n) => tokenize(n, this.lang))));
    this.bayes = new IntentBayes(this.samples.map((s) => ({
      intent: s.intent.name,
      tokens: s.elements.map((el) => ('word' in el ? el.word : SLOT_MARK[el.kind])).filter((t) => !this.fillers.has(t)),
    })), isUnspaced(this.lang));
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
    const typed = this.typed(tokens);
    const posteriors = this.bayes.posteriors(typed.filter((t) => !this.fillers.has(t)));
    const best = this.bestAlignment(tokens, posteriors);
    const unknown = this.unknownWords(typed);
    const outOfDomain = unknown.count >= MIN_UNKNOWN_WORDS && unknown.share > MAX_UNKNOWN_SHARE && (best?.align ?? 0) < 0.9;
    if (!best || best.score < MIN_CONFIDENCE || outOfDomain) {
      return { ...fallback, confidence: round(best?.score ?? 0) };
    }
    const slots: Record<string, SlotFill> = {};
    for (const [name, [from, to]] of Object.entries(best.spans)) {
      slots[name] = this.fill(best.sample.intent.slots.find((s) => s.name === name), tokens.slice(from, to), heard.slice(from, to));
    }
    return { intent: best.sample.intent.name, slots, confidence: round(best.score) };
  }

  /** The utterance with product names, numbers and codes replaced by their slot marks. */
  private typed(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length;) {
      let taken = 0;
      for (let n = Math.min(5, tokens.length - i); n >= 1 && !taken; n--) {
        const span = tokens.slice(i, i + n);
        if (span.every((t) => this.fillers.has(t) || this.functionWords.has(t))) continue;
        if (findProduct([joinTokens(span, this.lang)], this.products, this.lang).kind !== 'none') taken = n;
      }
      if (taken) {
        out.push('§item');
        i += taken;
        continue;
      }
      // Digits said one by one ("four three two one") make one code, as a four-digit slot hears them.
      let run = 0;
      while (i + run < tokens.length && digitsOf([tokens[i + run]], this.lang) !== undefined) run++;
      const digits = run ? digitsOf(tokens.slice(i, i + run), this.lang) : undefined;
      if (digits && digits.length === 4) {
        out.push('§code');
        i += run;
        continue;
      }
      if (digits !== undefined || parseQuantity(tokens[i], this.lang) !== undefined) {
        out.push('§num');
        i += 1;
        continue;
      }
      out.push(tokens[i]);
      i += 1;
    }
    return out;
  }

  /** Content words that no sample, product name or number uses: how many, and their share. */
  private unknownWords(typed: string[]): { count: number; share: number } {
    const content = typed.filter((t) => !t.startsWith('§') && !this.fillers.has(t) && !this.functionWords.has(t));
    if (content.length === 0) return { count: 0, share: 0 };
    const known = (t: string) => this.bayes.vocabulary.has(t) || this.productWords.has(t)
      || (t.length >= 6 && [...this.bayes.vocabulary].some((v) => Math.abs(v.length - t.length) <= 1 && distance(v, t) <= 1));
    const count = content.filter((t) => !known(t)).length;
    return { count, share: count / content.length };
  }

  private bestAlignment(tokens: string[], posteriors: Map<string, number>): Scored | undefined {
    const weights = tokens.map((t) => this.weight(t));
    const uttWeight = weights.reduce((a, b) => a + b, 0);
    // Span costs depend on the slot's kind and type and the words, not on the sample: share them.
    const slotCost = new Map<string, number | undefined>();
    // Words of a sample that nothing said resembles must be dropped: that bounds the sample's alignment,
    // so samples that cannot beat the best combined score so far are not aligned at all.
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
    // Only fillers known to the classifier ("okay", "bitte"): alignment alone decides.
    const combine = posteriors.size === 0
      ? (_intent: string, a: number) => a
      : (intent: string, a: number) => ALIGN_WEIGHT * a + (1 - ALIGN_WEIGHT) * (posteriors.get(intent) ?? 0);
    const bounded = this.samples.map((sample) => {
      let lost = 0;
      for (const el of sample.elements) if ('word' in el && !heardLike(el.word)) lost += el.weight;
      return { sample, upper: combine(sample.intent.name, 1 - lost / (sample.weight + uttWeight)) };
    }).sort((a, b) => b.upper - a.upper);

    let best: Scored | undefined;
    for (const { sample, upper } of bounded) {
      if (best && upper <= best.score) break;
      const judge = (slot: string, kind: SlotSpec['kind'], from: number, to: number): number | undefined => {
        const spec = sample.intent.slots.find((s) => s.name === slot);
        const key = `${kind}|${spec?.type}|${from}|${to}`;
        if (!slotCost.has(key)) slotCost.set(key, this.spanCost(spec, kind, tokens.slice(from, to)));
        return slotCost.get(key);
      };
      const result = align(sample.elements, tokens, (i) => weights[i], judge);
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
    return 0.7 + 0.3 * (span.length - 1) + 0.25 * edges;
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

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
