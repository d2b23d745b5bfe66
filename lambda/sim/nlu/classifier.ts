// A second opinion beside sample alignment: a naive Bayes intent classifier over the words of all samples
// of an intent, with slot values replaced by their type. Alignment needs one sample that fits the whole
// sentence; this one needs only the telling words ("wir brauchen wieder Katzenfutter": "wieder" and a
// product say reorder), which is how statistical recognisers generalise beyond their samples.

/** Words, and for unspaced scripts letter pairs too (their word cutting is not always the samples'). */
export function features(tokens: string[], unspaced: boolean): string[] {
  const out = tokens.map((t) => `w:${t}`);
  // Word pairs carry idioms a single word does not ("lascia perdere", "why not").
  if (!unspaced) for (let i = 1; i < tokens.length; i++) out.push(`b:${tokens[i - 1]} ${tokens[i]}`);
  // Whether the sentence is negated at all: "non ordinare X" and "ordina X" share words, not meaning.
  out.push(tokens.includes('§neg') ? 'neg:yes' : 'neg:no');
  if (unspaced) {
    const text = tokens.filter((t) => !t.startsWith('§')).join('');
    for (let i = 0; i < text.length - 1; i++) out.push(`c:${text.slice(i, i + 2)}`);
  }
  return out;
}

const SMOOTHING = 0.3;
/**
 * Naive Bayes multiplies many small probabilities and ends up sure of everything; the average per feature,
 * sharpened by this factor, gives posteriors that can be weighed against the alignment.
 */
const SHARPNESS = 3;

export class IntentBayes {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private readonly known = new Set<string>();
  readonly vocabulary = new Set<string>();

  constructor(samples: { intent: string; tokens: string[] }[], private readonly unspaced: boolean) {
    for (const { intent, tokens } of samples) {
      let bag = this.counts.get(intent);
      if (!bag) this.counts.set(intent, (bag = new Map()));
      // Each sample counts a feature once: long samples must not outvote short ones.
      for (const f of new Set(features(tokens, unspaced))) {
        bag.set(f, (bag.get(f) ?? 0) + 1);
        this.totals.set(intent, (this.totals.get(intent) ?? 0) + 1);
        this.known.add(f);
      }
      for (const t of tokens) this.vocabulary.add(t);
    }
  }

  /** Posterior per intent (uniform prior), from the features the models know; empty when none is known. */
  posteriors(tokens: string[]): Map<string, number> {
    const fs = features(tokens, this.unspaced).filter((f) => this.known.has(f));
    const out = new Map<string, number>();
    if (fs.length === 0) return out;
    const v = this.known.size;
    const logs = [...this.counts.entries()].map(([intent, bag]) => {
      const total = this.totals.get(intent) ?? 0;
      let log = 0;
      for (const f of fs) log += Math.log(((bag.get(f) ?? 0) + SMOOTHING) / (total + SMOOTHING * v));
      return [intent, (SHARPNESS * log) / fs.length] as const;
    });
    const max = Math.max(...logs.map(([, l]) => l));
    const sum = logs.reduce((s, [, l]) => s + Math.exp(l - max), 0);
    for (const [intent, l] of logs) out.set(intent, Math.exp(l - max) / sum);
    return out;
  }
}
