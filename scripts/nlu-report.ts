/**
 * How well the offline simulator's understanding (tools/sim/nlu) reads what shoppers actually say:
 * every labelled utterance goes through `understandingFor(platform, locale)` and is compared with its label.
 * There are two sets per locale: `test/nlu/held-out/<locale>.json`, written blind (by someone who saw
 * neither the models' samples nor the understanding, and never tuned on), and `test/nlu/tuning/<locale>.json`,
 * whose misses were studied while improving the understanding (its figures are optimistic).
 *
 *   npm run nlu:report [-- --set held-out|tuning] [--platform alexa|google] [--locale L] [--json] [--min 95]
 *
 * Exit status: 0 when the report was printed; 1 with `--min N` when some locale's intent accuracy on
 * some platform in some reported set is below N %; 2 when no report can be made: a labelled file is malformed (the message
 * names the file, the entry and the field), an option is wrong, or the understanding cannot be loaded.
 *
 * A labelled file is a JSON array of `{ "text", "intent", "slots"? }`: `intent` is an intent of that
 * locale's model (AMAZON.FallbackIntent for anything out of domain), `slots` maps slot names the model
 * declares for that intent to the expected value: a product id of the model (e.g. "COFFEE-BEANS") when
 * the words name a product, else the expected words; numbers as digits; a voice code as four digits.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { PLATFORMS, SLOT_REFERENCE, servesPlatform, type ModelSource, type Platform } from '../tools/models/source.js';
import type { LanguageUnderstanding, SlotFill, Understanding } from '../tools/sim/nlu/types.js';
import { ROOT_DIR, loadModelSources } from './compile-models.js';
import { runAsScript } from './run-as-script.js';

export const NLU_DIR = join(ROOT_DIR, 'test', 'nlu');

/** The labelled sets, each in its folder under test/nlu, in the order they are reported. */
export const SET_NAMES = ['held-out', 'tuning'] as const;
export type SetName = (typeof SET_NAMES)[number];
export const SET_DESCRIPTIONS: Record<SetName, string> = {
  'held-out': 'written blind, without sight of the samples or the understanding; never tuned on',
  tuning: 'its misses were studied while improving the understanding: optimistic figures',
};
export const FALLBACK = 'AMAZON.FallbackIntent';

/** Scoring rule, printed at the head of the report so the figures can be read without the code. */
export const SCORING_RULE = [
  'intent accuracy: share of utterances whose understood intent is the labelled one.',
  'slot accuracy: right / scored. Scored: every labelled slot, plus every slot the understanding filled',
  '  that the label does not name when the intent is right (an unexpected slot counts as one wrong slot).',
  '  A slot labelled with a product id is right when it resolved to that product (to its id, or on',
  '  Dialogflow to one of its names, the entity\'s reference value); any other label is right',
  '  when the slot\'s normalized value or its words equal it (trimmed, casefolded, punctuation and a',
  '  leading article ignored).',
].join('\n');

export interface LabelledUtterance {
  text: string;
  intent: string;
  slots: Record<string, string>;
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
    return { text: result.data.text, intent: result.data.intent, slots: result.data.slots ?? {} };
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

// ---------------------------------------------------------------------------------------------------
// "Not a copy of a sample": an utterance may not be a sample with its slots filled, nor one that differs
// from a sample only in what stands in a slot. A slot stands for any run of words that could be a value
// of its type: number words or digits for numbers and codes, for products any run of the words the
// locale's product names are made of, with articles and "and" (so "the coffee", "coffee and oat milk"
// count as slot values); in Japanese and Chinese any run of the characters product names are written
// with. Fillers ("um", "please", "えーと") and changed carrier words make an utterance a paraphrase.

const SPACELESS = /^(ja|zh)-/;

const NUMBER_WORDS: Record<string, string[]> = {
  en: ['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
    'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'a', 'an', 'double', 'triple'],
  de: ['null', 'eins', 'ein', 'eine', 'einen', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun',
    'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert', 'tausend'],
  it: ['zero', 'uno', 'una', 'un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici',
    'dodici', 'venti', 'trenta', 'cento', 'mille'],
};
const CJK_NUMERALS = '0-9〇零一二三四五六七八九十百千万两兩壱弐参幺';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length).map(escape).join('|');

/** What the comparison sees: NFKC, casefolded, punctuation and symbols gone, one space between words. */
export function normalizeUtterance(text: string, locale: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}\p{M}'\s{}_]/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return SPACELESS.test(locale) ? folded.replace(/ /g, '') : folded;
}

function slotPattern(type: string, model: ModelSource): string {
  const locale = model.locale;
  const spaceless = SPACELESS.test(locale);
  const numeric = type === 'AMAZON.NUMBER' || type === 'AMAZON.FOUR_DIGIT_NUMBER';
  if (spaceless) {
    if (numeric) return `[${CJK_NUMERALS}]+`;
    // any run of the characters product names are written with (and "and"): "コーヒー" for "コーヒー豆"
    const chars = new Set((model.types.find((t) => t.name === type)?.values ?? [])
      .flatMap((v) => [v.name, ...(v.synonyms ?? [])])
      .flatMap((n) => [...normalizeUtterance(n, locale)]));
    for (const c of 'とや和跟及') chars.add(c);
    return `[${[...chars].map(escape).join('').replace(/-/g, '\\-')}]+`;
  }
  const lang = locale.slice(0, 2);
  let words: string[];
  if (numeric) {
    words = NUMBER_WORDS[lang] ?? [];
    const word = `(?:\\d+|${alternation(words)})`;
    return `${word}(?: ${word}){0,5}`;
  }
  words = (model.types.find((t) => t.name === type)?.values ?? [])
    .flatMap((v) => [v.name, ...(v.synonyms ?? [])])
    .flatMap((n) => normalizeUtterance(n, locale).split(' '));
  words.push(...(ARTICLES[lang] ?? []), ...(CONJUNCTIONS[lang] ?? []));
  const word = `(?:${alternation(words)})`;
  return `${word}(?: ${word}){0,5}`;
}

const ARTICLES: Record<string, string[]> = {
  en: ['the', 'a', 'an', 'my', 'some'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mein', 'meine', 'meinen'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l', 'un', 'una', 'uno', 'del', 'della', 'dei', 'delle', 'degli', 'dello'],
};
const CONJUNCTIONS: Record<string, string[]> = { en: ['and'], de: ['und'], it: ['e', 'ed'] };

/** One matcher per sample of the model: the sample's words, each slot standing for a value of its type. */
export function sampleMatchers(model: ModelSource): { intent: string; sample: string; pattern: RegExp }[] {
  const matchers: { intent: string; sample: string; pattern: RegExp }[] = [];
  for (const intent of model.intents) {
    // normalizing casefolds the slot references too
    const types = new Map((intent.slots ?? []).map((s) => [s.name.toLowerCase(), s.type]));
    for (const sample of intent.samples ?? []) {
      const normalized = normalizeUtterance(sample, model.locale);
      const parts = normalized.split(new RegExp(SLOT_REFERENCE.source));
      const source = parts
        .map((part, i) => (i % 2 === 1 ? `(?:${slotPattern(types.get(part) ?? '', model)})` : escape(part)))
        .join('');
      matchers.push({ intent: intent.name, sample, pattern: new RegExp(`^${source}$`, 'u') });
    }
  }
  return matchers;
}

/** Labelled utterances that are a sample of the model, or one with only a slot value changed. */
export function sampleCopies(set: LabelledSet, model: ModelSource): { text: string; intent: string; sample: string }[] {
  const matchers = sampleMatchers(model);
  const copies: { text: string; intent: string; sample: string }[] = [];
  for (const u of set.utterances) {
    const normalized = normalizeUtterance(u.text, model.locale);
    const hit = matchers.find((m) => m.pattern.test(normalized));
    if (hit) copies.push({ text: u.text, intent: hit.intent, sample: hit.sample });
  }
  return copies;
}

// ---------------------------------------------------------------------------------------------------
// Scoring

function canonical(value: string, locale: string): string {
  let text = normalizeUtterance(value, locale).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  const articles = ARTICLES[locale.slice(0, 2)] ?? [];
  const first = text.split(' ')[0];
  if (first && articles.includes(first) && text.includes(' ')) text = text.slice(first.length + 1);
  return text;
}

/**
 * Every name a custom-type value goes by in the models of a locale's language, by id: Dialogflow's entity
 * resolution answers with the entity's reference value (a name, and for "en" the en-US one) where Alexa
 * answers with the id.
 */
export type ProductNames = Map<string, Set<string>>;

export function productNames(models: ModelSource[], locale: string): ProductNames {
  const names: ProductNames = new Map();
  for (const model of models.filter((m) => m.locale.slice(0, 2) === locale.slice(0, 2))) {
    for (const value of model.types.flatMap((t) => t.values)) {
      const set = names.get(value.id) ?? new Set<string>();
      for (const name of [value.name, ...(value.synonyms ?? [])]) set.add(canonical(name, locale));
      names.set(value.id, set);
    }
  }
  return names;
}

/** Whether a filled slot is the labelled value (see SCORING_RULE). */
export function slotMatches(expected: string, got: SlotFill | undefined, locale: string, names?: ProductNames): boolean {
  if (!got) return false;
  if (PRODUCT_ID.test(expected)) {
    if (!got.resolved) return false;
    if (got.resolved.id === expected) return true;
    const known = names?.get(expected);
    return !!known && (known.has(canonical(got.resolved.id, locale)) || known.has(canonical(got.resolved.name, locale)));
  }
  const want = canonical(expected, locale);
  return [got.normalized, got.value].some((v) => v !== undefined && canonical(v, locale) === want);
}

export interface IntentMiss { text: string; expected: string; got: string; confidence: number }
export interface SlotMiss { text: string; slot: string; expected: string | null; got: string | null }

export interface Report {
  set: string;
  locale: string;
  platform: Platform;
  utterances: number;
  intentsRight: number;
  intentAccuracy: number;
  slotsScored: number;
  slotsRight: number;
  /** null when no slot was scored. */
  slotAccuracy: number | null;
  intentMisses: IntentMiss[];
  slotMisses: SlotMiss[];
}

function describeFill(fill: SlotFill): string {
  const parts = [`"${fill.value}"`];
  if (fill.normalized !== undefined) parts.push(`normalized ${fill.normalized}`);
  parts.push(fill.resolved ? `resolved ${fill.resolved.id}` : 'unresolved');
  return parts.join(', ');
}

const percent = (right: number, total: number): number => (total === 0 ? 0 : Math.round((right / total) * 1000) / 10);

/** Runs every labelled utterance of a set through one understanding and scores it. */
export function evaluate(
  set: LabelledSet, understanding: LanguageUnderstanding, platform: Platform, names?: ProductNames,
): Report {
  let intentsRight = 0;
  let slotsScored = 0;
  let slotsRight = 0;
  const intentMisses: IntentMiss[] = [];
  const slotMisses: SlotMiss[] = [];
  for (const u of set.utterances) {
    let got: Understanding;
    try {
      got = understanding.understand(u.text);
    } catch (err) {
      got = { intent: `(threw: ${(err as Error).message})`, slots: {}, confidence: 0 };
    }
    const intentRight = got.intent === u.intent;
    if (intentRight) intentsRight++;
    else intentMisses.push({ text: u.text, expected: u.intent, got: got.intent, confidence: got.confidence });
    for (const [slot, expected] of Object.entries(u.slots)) {
      slotsScored++;
      const fill = got.slots[slot];
      if (slotMatches(expected, fill, set.locale, names)) slotsRight++;
      else slotMisses.push({ text: u.text, slot, expected, got: fill ? describeFill(fill) : null });
    }
    if (intentRight) {
      for (const [slot, fill] of Object.entries(got.slots)) {
        if (slot in u.slots) continue;
        slotsScored++;
        slotMisses.push({ text: u.text, slot, expected: null, got: describeFill(fill) });
      }
    }
  }
  return {
    set: set.name,
    locale: set.locale,
    platform,
    utterances: set.utterances.length,
    intentsRight,
    intentAccuracy: percent(intentsRight, set.utterances.length),
    slotsScored,
    slotsRight,
    slotAccuracy: slotsScored === 0 ? null : percent(slotsRight, slotsScored),
    intentMisses,
    slotMisses,
  };
}

export type UnderstandingFor = (platform: Platform, locale: string) => LanguageUnderstanding;

/** The simulator's understanding, loaded on demand so the labelled data can be checked without it. */
export async function loadUnderstandingFor(): Promise<UnderstandingFor> {
  const nlu = await import('../tools/sim/nlu/index.js');
  return nlu.understandingFor;
}

/** The (locale, platform) pairs the report covers: each labelled locale on every platform serving it. */
export function pairs(models: ModelSource[], sets: LabelledSet[], platform?: Platform): [LabelledSet, ModelSource, Platform][] {
  const out: [LabelledSet, ModelSource, Platform][] = [];
  for (const p of platform ? [platform] : PLATFORMS) {
    for (const set of sets) {
      const model = models.find((m) => m.locale === set.locale);
      if (model && servesPlatform(model, p)) out.push([set, model, p]);
    }
  }
  return out;
}

export function formatReport(reports: Report[]): string {
  const lines: string[] = [
    'NLU report: test/nlu/<set>/<locale>.json through tools/sim/nlu understandingFor(platform, locale)',
    SCORING_RULE,
  ];
  const header = ['locale', 'platform', 'utterances', 'intent %', 'slot %', 'slots right/scored'];
  const rowOf = (r: Report): string[] => [
    r.locale, r.platform, String(r.utterances), r.intentAccuracy.toFixed(1),
    r.slotAccuracy === null ? '-' : r.slotAccuracy.toFixed(1), `${r.slotsRight}/${r.slotsScored}`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...reports.map((r) => (rowOf(r)[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const names = [...new Set(reports.map((r) => r.set))];
  for (const name of names) {
    const description = SET_DESCRIPTIONS[name as SetName];
    lines.push('', `${name} set${description ? ` (${description})` : ''}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of reports.filter((x) => x.set === name)) lines.push(line(rowOf(r)));
  }
  for (const r of reports) {
    if (r.intentMisses.length === 0 && r.slotMisses.length === 0) continue;
    lines.push('', `${r.set}: ${r.locale} ${r.platform}`);
    if (r.intentMisses.length > 0) {
      lines.push('  intent misses (expected → got: text)');
      for (const m of r.intentMisses) {
        lines.push(`    ${m.expected} → ${m.got} (${m.confidence.toFixed(2)}): ${m.text}`);
      }
    }
    if (r.slotMisses.length > 0) {
      lines.push('  slot misses (slot: expected → got: text)');
      for (const m of r.slotMisses) {
        lines.push(`    ${m.slot}: ${m.expected ?? '(none)'} → ${m.got ?? '(missing)'}: ${m.text}`);
      }
    }
  }
  return lines.join('\n');
}

interface Options { platform?: Platform; locale?: string; json: boolean; min?: number; sets: readonly SetName[] }

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, sets: SET_NAMES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new MalformedDataError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--platform') {
      const p = value();
      if (!(PLATFORMS as readonly string[]).includes(p)) throw new MalformedDataError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${p}"`);
      options.platform = p as Platform;
    } else if (arg === '--locale') options.locale = value();
    else if (arg === '--set') {
      const name = value();
      if (!(SET_NAMES as readonly string[]).includes(name)) throw new MalformedDataError(`--set must be one of ${SET_NAMES.join(', ')}, not "${name}"`);
      options.sets = [name as SetName];
    }
    else if (arg === '--min') {
      const v = value();
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 100) throw new MalformedDataError(`--min must be a percentage 0..100, not "${v}"`);
      options.min = n;
    } else throw new MalformedDataError(`unknown option ${arg}; usage: npm run nlu:report -- [--set held-out|tuning] [--platform alexa|google] [--locale L] [--json] [--min N]`);
  }
  return options;
}

export async function main(argv: string[]): Promise<number> {
  let options: Options;
  let work: [LabelledSet, ModelSource, Platform][];
  let models: ModelSource[];
  try {
    options = parseArgs(argv);
    models = await loadModelSources();
    if (options.locale && !models.some((m) => m.locale === options.locale)) {
      throw new MalformedDataError(`--locale ${options.locale}: no models/${options.locale}.json`);
    }
    const sets = await loadLabelledSets(options.locale ? [options.locale] : undefined, options.sets);
    const problems = sets.flatMap((set) => {
      const model = models.find((m) => m.locale === set.locale);
      return model ? checkAgainstModel(set, model) : [`${set.path}: there is no models/${set.locale}.json`];
    });
    if (problems.length > 0) throw new MalformedDataError(`malformed labelled utterances:\n  ${problems.join('\n  ')}`);
    work = pairs(models, sets, options.platform);
    if (work.length === 0) {
      throw new MalformedDataError(`nothing to report: ${options.locale ?? 'no labelled locale'} is not served on ${options.platform ?? 'any platform'}`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 2;
  }
  let understandingFor: UnderstandingFor;
  try {
    understandingFor = await loadUnderstandingFor();
  } catch (err) {
    console.error(`cannot load the simulator's understanding (tools/sim/nlu/index.ts): ${(err as Error).message}`);
    return 2;
  }
  const reports = work.map(([set, , platform]) =>
    evaluate(set, understandingFor(platform, set.locale), platform, productNames(models, set.locale)));
  if (options.json) console.log(JSON.stringify({ rule: SCORING_RULE, reports }, null, 2));
  else console.log(formatReport(reports));
  if (options.min !== undefined) {
    const below = reports.filter((r) => r.intentAccuracy < (options.min as number));
    if (below.length > 0) {
      console.error(`intent accuracy below ${options.min}%: ${below.map((r) => `${r.set} ${r.locale}/${r.platform} ${r.intentAccuracy}%`).join(', ')}`);
      return 1;
    }
  }
  return 0;
}

runAsScript(import.meta.url, main, 2);
