// The model's samples compiled for alignment (words with stems and weights, slots, no invocation name), and
// the search for the sample that fits what was said best, alignment and classifier combined.
import { distance } from 'fastest-levenshtein';
import { align, type Element } from './align.js';
import type { Lexicon } from './lexicon.js';
import type { SlotSpec, TrainingIntent, TrainingModel } from './training.js';

/** Weight of the alignment opinion; the rest is the classifier's posterior. */
const ALIGN_WEIGHT = 0.55;
const EXTRA_LETTER = 0.6;

export interface CompiledSample {
  intent: TrainingIntent;
  elements: Element[];
  weight: number;
}

export interface Scored {
  sample: CompiledSample;
  align: number;
  score: number;
  spans: Record<string, [number, number]>;
}

/** How unlikely it is that these words are this slot; undefined when they cannot be. */
/** `ordinal`: the span, light words at its edges aside, is an ordinal said as the answer ("the second one"). */
export type SpanCost = (spec: SlotSpec | undefined, kind: SlotSpec['kind'], span: string[], ordinal: boolean) => number | undefined;

/** Whether sample part i follows a number slot ("{quantity}個"). */
export function afterNumber(intent: TrainingIntent, sample: TrainingIntent['samples'][number], i: number): boolean {
  const before = sample[i - 1];
  return before !== undefined && 'slot' in before && intent.slots.find((s) => s.name === before.slot)?.kind === 'number';
}

export class SampleSearch {
  private readonly samples: CompiledSample[];

  constructor(model: TrainingModel, private readonly lexicon: Lexicon, private readonly spanCost: SpanCost) {
    this.samples = model.intents.flatMap((intent) => intent.samples.map((sample) => {
      const compiled = this.compile(intent, sample);
      const at = lexicon.invocationAt(compiled.map((el) => ('word' in el ? el.word : '')));
      const elements = at < 0 ? compiled : [...compiled.slice(0, at), ...compiled.slice(at + lexicon.invocationLength)];
      return { intent, elements, weight: elements.reduce((sum, el) => sum + ('word' in el ? el.weight : 1), 0) };
    }));
  }

  private compile(intent: TrainingIntent, sample: TrainingModel['intents'][number]['samples'][number]): Element[] {
    return sample.flatMap((part, i): Element[] => {
      if ('slot' in part) {
        const spec = intent.slots.find((s) => s.name === part.slot);
        return [{ slot: part.slot, kind: spec?.kind ?? 'custom' }];
      }
      return this.lexicon.words(part.text, afterNumber(intent, sample, i)).map((word) => ({ word, stem: this.lexicon.stem(word), weight: this.lexicon.weight(word) }));
    });
  }

  best(tokens: string[], plain: string[], posteriors: Map<string, number>, only?: (sample: CompiledSample) => boolean): Scored | undefined {
    const { unspaced, limits } = this.lexicon;
    // Speakers wrap requests in more words than samples have ("あ、やっぱり…して"): in unspaced scripts,
    // where every letter is a token, an extra letter costs less than a missing one.
    const weights = tokens.map((t) => this.lexicon.weight(t) * (unspaced ? EXTRA_LETTER : 1));
    const uttWeight = weights.reduce((a, b) => a + b, 0);
    const stems = tokens.map(this.lexicon.stem);
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
      if (!slotCost.has(key)) slotCost.set(key, this.spanCost(spec, kind, plain.slice(from, to), this.lexicon.ordinals.spans(plain, from, to)));
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
      const result = align(sample.elements, tokens, stems, (i) => weights[i], judgeFor(sample), limits);
      if (result?.cost === 0) return { sample, align: 1, score: 1, spans: result.spans };
    }
    for (const { sample, upper } of bounded) {
      if (best && upper <= best.score) break;
      const result = align(sample.elements, tokens, stems, (i) => weights[i], judgeFor(sample), limits);
      if (!result) continue;
      const a = 1 - result.cost / (sample.weight + uttWeight);
      const score = combine(sample.intent.name, a);
      if (!best || score > best.score) best = { sample, align: a, score, spans: result.spans };
    }
    return best;
  }
}
