// The labelled sets: test/nlu/<set>/<locale>.json, read, validated against the locale's model, and split into
// what is scored as written blind and what waits for a blind writer (`"pending": "blind"`).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { FALLBACK_INTENT } from '../../lambda/core/intents/catalog.js';
import { ROOT_DIR } from '../models/paths.js';
import type { ModelSource } from '../models/source.js';
import { normalizeUtterance } from './normalize.js';

export const NLU_DIR = join(ROOT_DIR, 'test', 'nlu');

/** The labelled sets, each in its folder under test/nlu, in the order they are reported. */
export const SET_NAMES = ['held-out', 'tuning'] as const;
export type SetName = (typeof SET_NAMES)[number];
export const SET_DESCRIPTIONS: Record<SetName, string> = {
  'held-out': 'written blind, without sight of the samples or the understanding; never tuned on',
  tuning: 'its misses were studied while improving the understanding: optimistic figures',
};
/** The intent out-of-domain utterances are labelled with. */
export const FALLBACK = FALLBACK_INTENT;

/**
 * A held-out utterance written by someone who has seen the models (a developer adding an intent) carries
 * `"pending": "blind"` until a blind writer replaces it: it counts for the intent's coverage and is checked like
 * any other, but it is scored apart, outside the held-out figures and their floors.
 */
export const PENDING_BLIND = 'blind';

/** The name a set's pending-blind utterances are reported under: "pending blind held-out". */
export const pendingName = (name: string): string => `pending blind ${name}`;
export const PENDING_DESCRIPTION = 'not written blind yet: scored apart, outside the figures above and their floors';

export interface LabelledUtterance {
  text: string;
  intent: string;
  slots: Record<string, string>;
  /** Set when the utterance was not written blind and waits for a blind writer (held-out sets only). */
  pending?: typeof PENDING_BLIND;
}

export interface LabelledSet {
  /** Which set (held-out, tuning), or the file's folder for other sets. */
  name: string;
  locale: string;
  path: string;
  utterances: LabelledUtterance[];
}

export class MalformedDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedDataError';
  }
}

const utteranceSchema = z.object({
  text: z.string().trim().min(1),
  intent: z.string().min(1),
  slots: z.record(z.string(), z.string().trim().min(1)).optional(),
  pending: z.literal(PENDING_BLIND).optional(),
}).strict();

/** Product ids are written in capitals with dashes (`COFFEE-BEANS`, `RICE`); anything else is words or digits. */
export const PRODUCT_ID = /^(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** Parses one labelled file's JSON; throws MalformedDataError naming the entry and field. */
export function parseLabelledSet(json: unknown, locale: string, path: string, name = 'held-out'): LabelledSet {
  if (!Array.isArray(json)) throw new MalformedDataError(`${path}: expected a JSON array of labelled utterances`);
  const utterances = json.map((entry, i) => {
    const result = utteranceSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || '(entry)';
      throw new MalformedDataError(`${path}: entry ${i}: invalid field ${field}: ${issue?.message ?? 'invalid'}`);
    }
    const { text, intent, slots = {}, pending } = result.data;
    return { text, intent, slots, ...(pending ? { pending } : {}) };
  });
  return { name, locale, path, utterances };
}

/** Reads `test/nlu/<set>/<locale>.json` for the given sets and locales (every file of the set when none given). */
export async function loadLabelledSets(locales?: string[], names: readonly SetName[] = SET_NAMES): Promise<LabelledSet[]> {
  const sets: LabelledSet[] = [];
  for (const name of names) sets.push(...await loadLabelledDir(join(NLU_DIR, name), name, locales));
  return sets;
}

/** Reads `<dir>/<locale>.json` for the given locales (every file in the folder when none given). */
export async function loadLabelledDir(dir: string, name: string, locales?: string[]): Promise<LabelledSet[]> {
  const files = locales
    ? locales.map((l) => `${l}.json`)
    : (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const sets: LabelledSet[] = [];
  for (const file of files) {
    const path = relative(process.cwd(), join(dir, file)) || join(dir, file);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) throw new MalformedDataError(`${path}: no labelled utterances for this locale`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new MalformedDataError(`${path}: not valid JSON: ${(err as Error).message}`);
    }
    sets.push(parseLabelledSet(json, file.replace(/\.json$/, ''), path, name));
  }
  return sets;
}

/** Everything in a labelled set that does not fit the locale's model; empty when it is valid. */
export function checkAgainstModel(set: LabelledSet, model: ModelSource): string[] {
  const problems: string[] = [];
  const intents = new Map(model.intents.map((i) => [i.name, new Map((i.slots ?? []).map((s) => [s.name, s.type]))]));
  const types = new Map(model.types.map((t) => [t.name, new Set(t.values.map((v) => v.id))]));
  const seen = new Set<string>();
  set.utterances.forEach((u, i) => {
    const where = `${set.path}: entry ${i} ("${u.text}")`;
    const key = normalizeUtterance(u.text, model.locale);
    if (seen.has(key)) problems.push(`${where}: the same text appears twice`);
    seen.add(key);
    if (u.pending && set.name !== 'held-out') problems.push(`${where}: only a held-out utterance can wait for a blind writer ("pending")`);
    const slots = intents.get(u.intent);
    if (!slots && u.intent !== FALLBACK) {
      problems.push(`${where}: intent ${u.intent} is not in models/${model.locale}.json`);
      return;
    }
    for (const [name, value] of Object.entries(u.slots)) {
      const type = slots?.get(name);
      if (!type) {
        problems.push(`${where}: intent ${u.intent} has no slot "${name}" in models/${model.locale}.json`);
      } else if (type === 'AMAZON.NUMBER' && !/^\d+$/.test(value)) {
        problems.push(`${where}: slot ${name} (${type}) is labelled "${value}"; write numbers as digits`);
      } else if (type === 'AMAZON.FOUR_DIGIT_NUMBER' && !/^\d{4}$/.test(value)) {
        problems.push(`${where}: slot ${name} (${type}) is labelled "${value}"; write four digits`);
      } else if (types.has(type) && PRODUCT_ID.test(value) && !types.get(type)?.has(value)) {
        problems.push(`${where}: slot ${name} is labelled "${value}", which is no id of type ${type}`);
      }
    }
  });
  return problems;
}

/**
 * The sets to score: each set without its pending-blind utterances, followed (when it has any) by a set of
 * those alone, named by `pendingName`. The headline figures and the floors read the first kind only.
 */
export function scoredSets(sets: LabelledSet[]): LabelledSet[] {
  return sets.flatMap((set) => {
    const blind = set.utterances.filter((u) => !u.pending);
    if (blind.length === set.utterances.length) return [set];
    const pending = set.utterances.filter((u) => u.pending);
    return [{ ...set, utterances: blind }, { ...set, name: pendingName(set.name), utterances: pending }];
  });
}
