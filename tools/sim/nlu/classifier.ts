// A second opinion beside sample alignment: an intent classifier over the words of all samples, with slot
// values replaced by their type. Alignment needs one sample that fits the whole sentence; this one needs
// only the telling words ("wir brauchen wieder Katzenfutter": "wieder" and a product say reorder), which is
// how statistical recognisers generalise beyond their samples. It is a multinomial logistic regression:
// trained discriminatively, it learns by itself that "please" or "bitte" says nothing about the intent and
// that "rid" says a lot, where counting words (naive Bayes) weighs them alike.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stem } from './stems.js';

const KATAKANA = /^[\u30a1-\u30fa\u30fc]$/u;
const KATAKANA_WORD = /[\u30a1-\u30fa\u30fc]{2,}/gu;

/** Word stems, word pairs, letter 4-grams, whether the sentence is negated, and letter pairs for unspaced scripts. */
export function features(raw: string[], unspaced: boolean, stem: Stem): string[] {
  const tokens = raw.map(stem);
  const out = tokens.filter((t) => !unspaced || !KATAKANA.test(t)).map((t) => `w:${t}`);
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
    // A katakana word is a loanword, compared whole: カプセル shares セル with キャンセル, not its meaning.
    const text = tokens.filter((t) => !t.startsWith('§')).join('');
    for (let i = 0; i < text.length - 1; i++) if (!(KATAKANA.test(text[i]) && KATAKANA.test(text[i + 1]))) out.push(`c:${text.slice(i, i + 2)}`);
    for (const word of text.match(KATAKANA_WORD) ?? []) out.push(`k:${word}`);
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

  constructor(samples: TrainingSentence[], private readonly unspaced: boolean, private readonly stem: Stem, cacheName?: string) {
    this.intents = [...new Set(samples.map((s) => s.intent))];
    this.bias = new Float64Array(this.intents.length);
    for (const { tokens } of samples) for (const t of tokens) this.vocabulary.add(t);
    const key = cacheName ? trainingKey(samples, unspaced) : undefined;
    if (cacheName && key && this.restore(cacheName, key)) return;
    this.learn(samples);
    if (cacheName && key) this.save(cacheName, key);
  }

  /** Weights trained earlier on exactly these samples by exactly this code, if the artifact is there. */
  private restore(name: string, key: string): boolean {
    let saved: TrainedArtifact;
    try {
      saved = JSON.parse(readFileSync(artifactPath(name), 'utf8')) as TrainedArtifact;
    } catch {
      return false;
    }
    if (saved.key !== key || saved.intents.join('\n') !== this.intents.join('\n')) return false;
    const all = new Float64Array(new Uint8Array(Buffer.from(saved.weights, 'base64')).buffer);
    const width = this.intents.length;
    if (all.length !== saved.features.length * width) return false;
    this.bias.set(new Float64Array(new Uint8Array(Buffer.from(saved.bias, 'base64')).buffer));
    saved.features.forEach((f, i) => this.weights.set(f, all.slice(i * width, (i + 1) * width)));
    return true;
  }

  /** Writes the trained weights, exactly (the raw doubles), beside the key they were trained under. */
  private save(name: string, key: string): void {
    const features = [...this.weights.keys()];
    const width = this.intents.length;
    const all = new Float64Array(features.length * width);
    features.forEach((f, i) => all.set(this.weights.get(f)!, i * width));
    const artifact: TrainedArtifact = {
      key, intents: this.intents, features,
      bias: Buffer.from(this.bias.buffer).toString('base64'), weights: Buffer.from(all.buffer).toString('base64'),
    };
    const file = artifactPath(name);
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: a reader never sees half an artifact.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(artifact));
      renameSync(partial, file);
    } catch {
      // A read-only checkout still understands; it trains again next time.
    }
  }

  private learn(samples: TrainingSentence[]): void {
    const { unspaced, stem } = this;
    const data: { y: number; fs: string[] }[] = [];
    for (const { intent, tokens } of samples) {
      const y = this.intents.indexOf(intent);
      data.push({ y, fs: features(tokens, unspaced, stem) });
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

/** The trained classifier as stored under build/nlu/ by `npm run build` (or by the first run that needed it). */
interface TrainedArtifact {
  /** What it was trained from: the samples, the script kind and the code that trains and reads it. */
  key: string;
  intents: string[];
  features: string[];
  /** Float64Array bytes, base64: the weights exactly as trained. */
  bias: string;
  weights: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** build/nlu/ at the repository root (this file is tools/sim/nlu/classifier.ts). */
export const TRAINED_DIR = join(HERE, '..', '..', '..', 'build', 'nlu');

function artifactPath(name: string): string {
  return join(TRAINED_DIR, `${name.replace(/[^\w.-]/g, '_')}.json`);
}

/** A content hash of everything the weights depend on: the training sentences, the script kind, this file's code
 * (features, hyper-parameters, training) and the stemmer's version. A model or code change gives another key, so a
 * stale artifact is never used: it is trained again and replaced. */
function trainingKey(samples: TrainingSentence[], unspaced: boolean): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(stemmerVersion());
  hash.update(unspaced ? 'unspaced' : 'spaced');
  for (const { intent, tokens } of samples) hash.update(`${intent}\t${tokens.join('\u0001')}\n`);
  return hash.digest('hex');
}

function stemmerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(HERE, '..', '..', '..', 'node_modules', 'snowball-stemmers', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
