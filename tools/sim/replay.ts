// Replay files: the ASK CLI's `ask dialog --replay` format ({skillId, locale, type: "text", userInput: [...]}), in
// JSON or YAML, plus fields of our own that `ask dialog` ignores and that make a replay file a test:
//   expectations: one entry per userInput entry, each null or {intent?, speech?, slots?, endSession?}
//                 (speech: regular expressions, all must match, case-insensitive)
//   platforms:    which platforms the test suite runs the file on (default: every platform serving the locale)
//   locales:      which locales it runs in (default: [locale])
//   customer, now, seed (a path relative to the file), unlinked: who speaks, when, with which data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { PLATFORMS, type Platform } from './skill-models.js';
import type { TurnRecord } from './transcript.js';

export class ReplayFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayFileError';
  }
}

export interface Expectation {
  intent?: string;
  /** Every pattern must match the speech. */
  speech: RegExp[];
  /** Slot name -> the words expected (compared without case); "" expects the slot empty. */
  slots?: Record<string, string>;
  endSession?: boolean;
}

export interface ReplayFile {
  path: string;
  skillId?: string;
  locale?: string;
  userInput: string[];
  /** Aligned with userInput: null where nothing is expected. */
  expectations: (Expectation | null)[];
  platforms?: Platform[];
  locales?: string[];
  customer?: string;
  now?: string;
  /** Absolute path of the seed file. */
  seed?: string;
  unlinked?: boolean;
}

const patterns = z.union([z.string(), z.array(z.string())]);

const expectationSchema = z.object({
  intent: z.string().min(1).optional(),
  speech: patterns.optional(),
  slots: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  endSession: z.boolean().optional(),
}).strict();

const replaySchema = z.object({
  skillId: z.string().optional(),
  locale: z.string().min(1).optional(),
  type: z.literal('text').optional(),
  userInput: z.array(z.union([z.string(), z.number()]).transform(String)),
  expectations: z.array(expectationSchema.nullable()).optional(),
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  locales: z.array(z.string().min(1)).min(1).optional(),
  customer: z.string().min(1).optional(),
  now: z.union([z.string(), z.date().transform((d) => d.toISOString())]).optional(),
  seed: z.string().min(1).optional(),
  unlinked: z.boolean().optional(),
}).superRefine((file, ctx) => {
  if (file.expectations && file.expectations.length > file.userInput.length) {
    ctx.addIssue({
      code: 'custom', path: ['expectations'],
      message: `has ${file.expectations.length} entries for ${file.userInput.length} inputs; there is one per userInput entry`,
    });
  }
});

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function compilePatterns(spec: string | string[] | undefined, where: string): RegExp[] {
  return (spec === undefined ? [] : Array.isArray(spec) ? spec : [spec]).map((source) => {
    try {
      return new RegExp(source, 'iu');
    } catch (err) {
      throw new ReplayFileError(`${where}: not a valid regular expression: ${(err as Error).message}`);
    }
  });
}

function isYamlName(path: string): boolean {
  return ['.yaml', '.yml'].includes(extname(path).toLowerCase());
}

/** Reads the text as JSON (a .json file, or text that starts with "{") or YAML, whichever it is. */
function parseText(text: string, path: string): unknown {
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || (!isYamlName(path) && text.trimStart().startsWith('{'))) {
    try {
      return JSON.parse(text);
    } catch (err) {
      if (ext === '.json') throw new ReplayFileError(`${path} is not valid JSON: ${(err as Error).message}`);
    }
  }
  try {
    return parseYaml(text, { prettyErrors: false });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0];
    throw new ReplayFileError(isYamlName(path)
      ? `${path} is not valid YAML: ${first}`
      : `${path} is neither JSON nor YAML: ${first}`);
  }
}

/** Parses a replay file's text; `path` names it in errors and anchors a relative seed path. */
export function parseReplay(text: string, path: string): ReplayFile {
  const data = parseText(text, path);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ReplayFileError(`${path} is not a replay file: expected an object such as {"skillId": "…", "locale": "de-DE", "type": "text", "userInput": ["…"]}`);
  }
  const result = replaySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 3).map((i) => `${fieldPath(i.path) || '(top level)'}: ${i.message}`);
    throw new ReplayFileError(`${path} is not a valid replay file: ${problems.join('; ')}`);
  }
  const file = result.data;
  const expectations = file.userInput.map((_, i): Expectation | null => {
    const spec = file.expectations?.[i];
    if (!spec) return null;
    return {
      ...(spec.intent ? { intent: spec.intent } : {}),
      speech: compilePatterns(spec.speech, `${path}: expectations[${i}].speech`),
      ...(spec.slots ? { slots: Object.fromEntries(Object.entries(spec.slots).map(([k, v]) => [k, String(v)])) } : {}),
      ...(spec.endSession !== undefined ? { endSession: spec.endSession } : {}),
    };
  });
  if (file.now !== undefined && Number.isNaN(Date.parse(file.now))) {
    throw new ReplayFileError(`${path} is not a valid replay file: now: expected an ISO 8601 timestamp such as 2026-11-22T10:00:00Z`);
  }
  return {
    path,
    ...(file.skillId ? { skillId: file.skillId } : {}),
    ...(file.locale ? { locale: file.locale } : {}),
    userInput: file.userInput,
    expectations,
    ...(file.platforms ? { platforms: file.platforms } : {}),
    ...(file.locales ? { locales: file.locales } : {}),
    ...(file.customer ? { customer: file.customer } : {}),
    ...(file.now ? { now: file.now } : {}),
    ...(file.seed ? { seed: resolve(dirname(path), file.seed) } : {}),
    ...(file.unlinked !== undefined ? { unlinked: file.unlinked } : {}),
  };
}

export function readReplayFile(path: string): ReplayFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ReplayFileError(`cannot read replay file ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseReplay(text, path);
}

/** Whether an input is one of the simulator's commands (.reset, .quit, .record FILE) rather than speech. */
export function isCommand(input: string): boolean {
  return /^\.[a-z]+\b/i.test(input.trim());
}

/** What a turn did differently from its expectation; empty when it met it. */
export function unmetExpectations(expectation: Expectation, turn: TurnRecord | undefined): string[] {
  if (!turn) return ['expected a turn, but the input did not reach the skill'];
  const unmet: string[] = [];
  if (expectation.intent && expectation.intent !== turn.intent) unmet.push(`expected intent ${expectation.intent}, got ${turn.intent}`);
  for (const pattern of expectation.speech) {
    if (!pattern.test(turn.speech)) unmet.push(`speech does not match /${pattern.source}/i: "${turn.speech}"`);
  }
  for (const [name, value] of Object.entries(expectation.slots ?? {})) {
    const got = turn.slots[name] ?? '';
    if (got.toLocaleLowerCase() !== value.toLocaleLowerCase()) unmet.push(`expected slot ${name}="${value}", got "${got}"`);
  }
  if (expectation.endSession !== undefined && expectation.endSession !== turn.endSession) {
    unmet.push(`expected the session to ${expectation.endSession ? 'end' : 'stay open'}`);
  }
  return unmet;
}

export interface RecordedRun {
  skillId: string;
  locale: string;
  userInput: string[];
  /** The intent each input got (null for commands and inputs that did not reach the skill). */
  intents: (string | null)[];
  customer?: string;
  now?: string;
  seed?: string;
  unlinked?: boolean;
}

/** Writes an ASK replay file (YAML for .yaml/.yml, JSON otherwise) whose expectations pin each turn's intent. */
export function writeReplayFile(path: string, run: RecordedRun): void {
  const document: Record<string, unknown> = {
    skillId: run.skillId,
    locale: run.locale,
    type: 'text',
    userInput: run.userInput,
    expectations: run.intents.map((intent) => (intent ? { intent } : null)),
    ...(run.customer ? { customer: run.customer } : {}),
    ...(run.now ? { now: run.now } : {}),
    ...(run.seed ? { seed: relative(dirname(resolve(path)), run.seed) || run.seed } : {}),
    ...(run.unlinked ? { unlinked: true } : {}),
  };
  writeFileSync(path, isYamlName(path) ? stringifyYaml(document) : `${JSON.stringify(document, null, 2)}\n`);
}
