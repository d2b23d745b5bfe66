// A second opinion beside sample alignment: an intent classifier over the words of all samples, with slot
// values replaced by their type. Alignment needs one sample that fits the whole sentence; this one needs
// only the telling words ("wir brauchen wieder Katzenfutter": "wieder" and a product say reorder), which is
// how statistical recognisers generalise beyond their samples. It is a multinomial logistic regression:
// trained discriminatively, it learns by itself that "please" or "bitte" says nothing about the intent and
// that "rid" says a lot, where counting words (naive Bayes) weighs them alike.
import type { Stem } from './stems.js';

/** Word stems, word pairs, letter 4-grams, whether the sentence is negated, and letter pairs for unspaced scripts. */
export function features(raw: string[], unspaced: boolean, stem: Stem): string[] {
  const tokens = raw.map(stem);
  const out = tokens.map((t) => `w:${t}`);
  // Word pairs carry idioms a single word does not ("lascia perdere", "why not").
  if (!unspaced) for (let i = 1; i < tokens.length; i++) out.push(`b:${tokens[i - 1]} ${tokens[i]}`);
  // Letter 4-grams of each word, edges marked: compounds and inflections share them with the samples'
  // words ("Aufsteckbürsten" and "Bürsten", "ricomprami" and "compra").
  if (!unspaced) {
    for (const t of raw) {
      if (t.startsWith('§') || t.length < 4) continue;
      const word = `<${t}>`;
      for (let i = 0; i + 4 <= word.length; i++) out.push(`g:${word.slice(i, i + 4)}`);
    }
  }
  // "non ordinare X" and "ordina X" share words, not meaning.
  out.push(tokens.includes('§neg') ? 'neg:yes' : 'neg:no');
  if (unspaced) {
    // Their word cutting is not always the samples': letter pairs are stable.
    const text = tokens.filter((t) => !t.startsWith('§')).join('');
    for (let i = 0; i < text.length - 1; i++) out.push(`c:${text.slice(i, i + 2)}`);
  }
  return [...new Set(out)];
}

export interface TrainingSentence {
  intent: string;
  tokens: string[];
}

const EPOCHS = 10;
const LEARNING_RATE = 0.3;
/** Decay of the learning rate per epoch, so that the last epochs settle. */
const DECAY = 0.2;
const L2 = 1e-4;

export class IntentClassifier {
  private readonly intents: string[];
  private readonly weights = new Map<string, Float64Array>();
  private readonly bias: Float64Array;
  /** Every token of every sample, for mapping near-misses onto the models' words. */
  readonly vocabulary = new Set<string>();

  constructor(samples: TrainingSentence[], private readonly unspaced: boolean, private readonly stem: Stem) {
    this.intents = [...new Set(samples.map((s) => s.intent))];
    this.bias = new Float64Array(this.intents.length);
    const data: { y: number; fs: string[] }[] = [];
    for (const { intent, tokens } of samples) {
      const y = this.intents.indexOf(intent);
      data.push({ y, fs: features(tokens, unspaced, stem) });
      for (const t of tokens) this.vocabulary.add(t);
      // Each sample again with one word left out, as speakers leave words out: no single word of a
      // sample may carry it alone. (A letter of an unspaced script is too little to leave out.)
      if (!unspaced && tokens.length > 2) {
        tokens.forEach((t, i) => {
          if (!t.startsWith('§')) data.push({ y, fs: features(tokens.filter((_, j) => j !== i), unspaced, stem) });
        });
      }
    }
    for (const { fs } of data) for (const f of fs) if (!this.weights.has(f)) this.weights.set(f, new Float64Array(this.intents.length));
    this.train(data);
  }

  /** Stochastic gradient descent on the cross-entropy, in a fixed shuffled order: the same model every run. */
  private train(data: { y: number; fs: string[] }[]): void {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = LEARNING_RATE / (1 + epoch * DECAY);
      for (let k = data.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [data[k], data[j]] = [data[j], data[k]];
      }
      for (const { y, fs } of data) {
        const p = this.probabilities(fs);
        for (let c = 0; c < this.intents.length; c++) {
          const gradient = p[c] - (c === y ? 1 : 0);
          this.bias[c] -= rate * gradient;
          for (const f of fs) {
            const w = this.weights.get(f)!;
            w[c] -= rate * (gradient + L2 * w[c]);
          }
        }
      }
    }
  }

  private probabilities(fs: string[]): Float64Array {
    const z = Float64Array.from(this.bias);
    for (const f of fs) {
      const w = this.weights.get(f);
      if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
    }
    const max = Math.max(...z);
    let sum = 0;
    for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
    for (let c = 0; c < z.length; c++) z[c] /= sum;
    return z;
  }

  /** Probability per intent from the features the models know; empty when none is known. */
  posteriors(tokens: string[]): Map<string, number> {
    const fs = features(tokens, this.unspaced, this.stem).filter((f) => this.weights.has(f) && !f.startsWith('neg:'));
    const out = new Map<string, number>();
    if (fs.length === 0) return out;
    const p = this.probabilities(features(tokens, this.unspaced, this.stem));
    this.intents.forEach((intent, c) => out.set(intent, p[c]));
    return out;
  }
}
