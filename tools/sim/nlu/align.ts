// Scores how well an utterance fits one sample, the way a statistical recogniser generalises beyond its
// samples: words may be added (fillers cost little), dropped or slightly misheard, and slots take a span
// of words that must suit their type. Dynamic programming over (sample element, utterance token).
import { distance } from 'fastest-levenshtein';
import type { SlotKind } from './training.js';

/** A sample word with its stem (for inflections) and weight, or a slot. */
export type Element = { word: string; stem: string; weight: number } | { slot: string; kind: SlotKind };

export interface SlotSpanJudge {
  /** Cost of letting this slot take tokens [from, to), or undefined when the span cannot be that slot. */
  (slot: string, kind: SlotKind, from: number, to: number): number | undefined;
}

export interface Alignment {
  cost: number;
  /** Slot name -> token span [from, to). */
  spans: Record<string, [number, number]>;
}

/** Tokens a slot may take: words, or letters for unspaced scripts. */
export type SpanLimits = Record<SlotKind, number>;

/** The same word inflected otherwise ("riordini" for "riordina") costs this share of its weight. */
const INFLECTED = 0.2;

/** Cost of hearing `heard` (stem `heardStem`) where the sample says `el`: 0 when equal, part of the weight when close. */
function wordCost(el: { word: string; stem: string; weight: number }, heard: string, heardStem: string): number | undefined {
  const { word, weight } = el;
  if (word === heard) return 0;
  if (el.stem === heardStem) return weight * INFLECTED;
  const longest = Math.max(word.length, heard.length);
  if (longest < 4 || Math.abs(word.length - heard.length) > 2) return undefined;
  const d = distance(word, heard);
  const allowed = longest >= 8 ? 2 : 1;
  return d <= allowed ? weight * 0.35 * d : undefined;
}

export function align(elements: Element[], tokens: string[], stems: string[], tokenWeight: (i: number) => number, judge: SlotSpanJudge, limits: SpanLimits): Alignment | undefined {
  const m = elements.length;
  const n = tokens.length;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i][j]: best cost having used i elements and j tokens; back[i][j] remembers the step.
  const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(INF));
  const back: ([number, number] | undefined)[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(undefined));
  cost[0][0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const here = cost[i][j];
      if (here === INF) continue;
      // An extra word the shopper said.
      if (j < n && here + tokenWeight(j) < cost[i][j + 1]) {
        cost[i][j + 1] = here + tokenWeight(j);
        back[i][j + 1] = [i, j];
      }
      if (i === m) continue;
      const el = elements[i];
      if ('word' in el) {
        // A sample word the shopper left out.
        if (here + el.weight < cost[i + 1][j]) {
          cost[i + 1][j] = here + el.weight;
          back[i + 1][j] = [i, j];
        }
        if (j < n) {
          const c = wordCost(el, tokens[j], stems[j]);
          if (c !== undefined && here + c < cost[i + 1][j + 1]) {
            cost[i + 1][j + 1] = here + c;
            back[i + 1][j + 1] = [i, j];
          }
        }
      } else {
        for (let to = j + 1; to <= Math.min(n, j + limits[el.kind]); to++) {
          const c = judge(el.slot, el.kind, j, to);
          if (c !== undefined && here + c < cost[i + 1][to]) {
            cost[i + 1][to] = here + c;
            back[i + 1][to] = [i, j];
          }
        }
      }
    }
  }
  if (cost[m][n] === INF) return undefined;
  const spans: Record<string, [number, number]> = {};
  for (let i = m, j = n; i > 0 || j > 0;) {
    const [pi, pj] = back[i][j]!;
    const el = elements[pi];
    if (pi !== i && el && 'slot' in el) spans[el.slot] = [pj, j];
    i = pi;
    j = pj;
  }
  return { cost: cost[m][n], spans };
}
