// The simulator's natural-language understanding for one locale of one platform. Two opinions are
// combined: how well the utterance aligns with a sample (words, inflections, slips, fillers, typed slots:
// samples.ts, slots.ts) and what a classifier trained on all samples makes of its telling words
// (classifier.ts). Too little of either, or mostly words the models never use (vocabulary.ts), is the
// fallback intent, as on the real platforms.
import { IntentClassifier } from './classifier.js';
import { prebuiltSentences } from './prebuilt.js';
import { Lexicon, SLOT_MARK } from './lexicon.js';
import { ProductNames } from './products.js';
import { afterNumber, SampleSearch, type CompiledSample } from './samples.js';
import { SlotReader } from './slots.js';
import { tokenizeHeard } from './tokens.js';
import type { TrainingIntent, TrainingModel } from './training.js';
import { FALLBACK_INTENT, type LanguageUnderstanding, type Understanding } from './types.js';
import { Vocabulary } from './vocabulary.js';
import { withRepeatsSaidOut } from './words.js';

/** Below this combined fit, a real platform would not risk an intent either. */
export const MIN_CONFIDENCE = 0.5;
/** Nothing the models say is this long; longer input is not an in-domain request. */
const MAX_TOKENS = 40;
const MAX_CHARS = 400;

export class Understander implements LanguageUnderstanding {
  readonly locale: string;
  readonly invocationName: string;
  private readonly lexicon: Lexicon;
  private readonly names: ProductNames;
  private readonly slots: SlotReader;
  private readonly search: SampleSearch;
  private readonly classifier: IntentClassifier;
  private readonly vocabulary: Vocabulary;

  constructor(model: TrainingModel) {
    this.locale = model.locale;
    this.invocationName = model.invocationName;
    this.lexicon = new Lexicon(model);
    this.names = new ProductNames(model, this.lexicon);
    this.slots = new SlotReader(model, this.lexicon, this.names);
    this.search = new SampleSearch(model, this.lexicon, (spec, kind, span, ordinal) => this.slots.spanCost(spec, kind, span, ordinal));
    // Products and numbers a sample spells out ("write a review for the desk lamp", "a timer for ten
    // minutes") are typed as in what is said, so that the classifier learns the words around them.
    // Prebuilt with the weights when nothing they come from has changed (prebuilt.ts).
    this.classifier = new IntentClassifier(prebuiltSentences(model, () => model.intents.flatMap((intent) => intent.samples.map((sample) => ({
      intent: intent.name,
      tokens: this.lexicon.marked(this.lexicon.withoutInvocation({ tokens: this.typedSample(intent, sample), heard: [] }).tokens),
    })))), this.lexicon.unspaced, this.lexicon.stem, model.cacheName);
    this.vocabulary = new Vocabulary(model, this.lexicon, this.classifier.vocabulary, this.names.productWords, this.names.products.flatMap((p) => p.names));
  }

  understand(text: string): Understanding {
    const fallback: Understanding = { intent: FALLBACK_INTENT, slots: {}, confidence: 0 };
    if (!text || text.length > MAX_CHARS) return fallback;
    const { lang } = this.lexicon;
    const said = withRepeatsSaidOut(this.lexicon.withoutInvocation(this.lexicon.withoutHesitations(tokenizeHeard(this.lexicon.withoutFillers(text), lang))), lang);
    const keep = this.lexicon.saidOnce(said.tokens);
    // Product names are matched on the words as said ("loo roll"); the rest on words with counters made one.
    const plain = said.tokens.filter((_, i) => keep[i]);
    const tokens = this.lexicon.counted(plain);
    const heard = said.heard.filter((_, i) => keep[i]);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return fallback;
    const typed = this.typed(tokens, plain);
    const posteriors = this.classifier.posteriors(this.lexicon.marked(typed));
    let best = this.search.best(tokens, plain, posteriors);
    // Four digits said are a code: the recogniser tags them for an intent whose slot takes four digits,
    // when one fits well enough ("ok äh sieben eins null acht müsste das sein").
    const takesCode = (s: CompiledSample) => s.intent.slots.some((slot) => slot.kind === 'digits');
    if (best && !takesCode(best.sample) && typed.includes(SLOT_MARK.digits)) {
      const coded = this.search.best(tokens, plain, posteriors, takesCode);
      if (coded && coded.score >= MIN_CONFIDENCE) best = coded;
    }
    // A sample that is a product and nothing else ("the {item}": an answer to "which one?") fits an answer
    // only: with more words said around the product ("depenna il burro"), the other samples decide.
    if (best && this.bareAnswer(best.sample) && this.saysMore(plain, best.spans)) {
      best = this.search.best(tokens, plain, posteriors, (s) => !this.bareAnswer(s));
    }
    const outOfDomain = this.vocabulary.outOfDomain(typed, best);
    // Closest to an out-of-domain sample (AMAZON.FallbackIntent's, the Dialogflow fallback's negative examples).
    if (!best || best.score < MIN_CONFIDENCE || outOfDomain || best.sample.intent.name === FALLBACK_INTENT) {
      return { ...fallback, confidence: round(best?.score ?? 0) };
    }
    const slots = this.slots.read(best.sample.intent, best.spans, tokens, plain, heard);
    return { intent: best.sample.intent.name, slots, confidence: round(best.score) };
  }

  /** One product slot with at most a light word or two around it ("the {item}", "die {item} bitte", "{item}吧"). */
  private bareAnswer(sample: CompiledSample): boolean {
    const slots = sample.elements.filter((el) => !('word' in el));
    const words = sample.elements.flatMap((el) => ('word' in el && !this.lexicon.light(el.word) ? [el.weight] : []));
    return slots.length === 1 && 'kind' in slots[0] && slots[0].kind === 'custom' && words.reduce((a, b) => a + b, 0) < 1;
  }

  /** Words of weight said outside the slots: a word's worth or more. */
  private saysMore(plain: string[], spans: Record<string, [number, number]>): boolean {
    const inSlot = (i: number) => Object.values(spans).some(([from, to]) => i >= from && i < to);
    const extra = plain.reduce((sum, t, i) => sum + (inSlot(i) || this.lexicon.light(t) ? 0 : this.lexicon.weight(t)), 0);
    return extra >= 1;
  }

  /** The utterance with product names, numbers and codes replaced by their slot marks. */
  private typed(tokens: string[], plain: string[], nearMisses = true): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length;) {
      // An ordinal answer ("the second one") is typed as a product is: it fills the product slot.
      const taken = this.names.spanAt(plain, i) || this.lexicon.ordinals.at(plain, i);
      if (taken) {
        out.push(SLOT_MARK.custom);
        i += taken;
        continue;
      }
      // Digits said one by one ("four three two one") make one code, as a four-digit slot hears them.
      let run = 0;
      while (i + run < tokens.length && this.lexicon.isNumber(tokens[i + run])) run++;
      const code = run ? this.lexicon.codeOf(tokens.slice(i, i + run)) : undefined;
      if (code?.length === 4) {
        out.push(SLOT_MARK.digits);
        i += run;
        continue;
      }
      // A code's digit word alone ("oh" of "oh the second one") is no number: it would be a quantity of zero.
      if (run > 1 || (run === 1 && (this.lexicon.isNumeral(tokens[i]) || /^\d+$/.test(tokens[i])))) {
        out.push(SLOT_MARK.number);
        i += 1;
        continue;
      }
      out.push((nearMisses && this.vocabulary.wordFor(tokens[i])) || tokens[i]);
      i += 1;
    }
    return out;
  }

  private typedSample(intent: TrainingIntent, sample: TrainingIntent['samples'][number]): string[] {
    return sample.flatMap((part, i) => {
      if ('slot' in part) return [SLOT_MARK[intent.slots.find((s) => s.name === part.slot)?.kind ?? 'custom']];
      const plain = this.lexicon.plainWords(part.text);
      return this.typed(this.lexicon.counted(plain, afterNumber(intent, sample, i)), plain, false);
    });
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
