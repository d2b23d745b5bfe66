// The command line of ../shared/contracts/simulator.md: options, the REPL or a replay, the readable transcript
// or one JSON document, and the exit status (0 every turn answered; 1 a turn unanswered, an input a device
// would not pass on, or an unmet expectation; 2 the run could not start: bad option, locale, seed, replay file).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoSeedData, readSeedFile, SeedError, type Seed } from '../../lambda/store/seed.js';
import { SIM_SKILL_ID } from './alexa-requests.js';
import { understandingFor as realUnderstandingFor } from './nlu/index.js';
import type { LanguageUnderstanding } from './nlu/types.js';
import { painter, USER_PROMPT } from './print.js';
import { runRepl } from './repl.js';
import { readReplayFile, ReplayFileError, writeReplayFile, type ReplayFile } from './replay.js';
import { COMMANDS_HELP, DialogRunner, playReplay } from './run.js';
import { UnknownCustomerError } from './shopper.js';
import { openSimulation } from './simulation.js';
import { canonicalLocale, PLATFORMS, servedLocales, type Platform } from './skill-models.js';

export const USAGE = `usage: npm run dialog -- [options]

Talk to the skill offline, as \`ask dialog\` does, through the real Alexa or Dialogflow adapter.

  --platform alexa|google   which front end (default alexa)
  --locale L                e.g. de-DE (default en-US; a replay file's locale wins)
  --replay FILE             play an ASK replay file (JSON or YAML) instead of the interactive REPL
  --json                    print one JSON document for the whole run instead of the transcript
  --seed FILE               seed file loaded into a fresh in-memory store (default: the demo seed)
  --customer ID             which seed customer speaks (default: the first whose locale is the session's,
                            else the first of the same language, else the first)
  --unlinked                speak as a shopper whose account is not linked
  --now ISO                 the timestamp on every request (default: the current time)
  -h, --help                this text

In the REPL: ${COMMANDS_HELP}.
Exit status: 0 every turn answered; 1 a turn got no answer, an input was said while the skill was not open,
or a replay expectation was not met; 2 the run could not start (bad option, locale, seed or replay file).`;

/** A problem with what the user asked for: reported as "error: …", exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliOptions {
  platform: Platform;
  locale?: string;
  replay?: string;
  json: boolean;
  seed?: string;
  customer?: string;
  unlinked: boolean;
  now?: string;
  help: boolean;
}

export function parseCli(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        platform: { type: 'string' },
        locale: { type: 'string' },
        replay: { type: 'string' },
        json: { type: 'boolean', default: false },
        seed: { type: 'string' },
        customer: { type: 'string' },
        unlinked: { type: 'boolean', default: false },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  }
  const platform = (values.platform ?? 'alexa').toLowerCase();
  if (!(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(`--platform must be alexa or google, not "${values.platform}"`);
  return {
    platform: platform as Platform,
    json: values.json ?? false,
    unlinked: values.unlinked ?? false,
    help: values.help ?? false,
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.replay !== undefined ? { replay: values.replay } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.customer !== undefined ? { customer: values.customer } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
  };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** --now or a replay file's `now`: an ISO 8601 date or instant. */
export function parseNow(text: string, source = '--now'): Date {
  const at = new Date(text);
  if (!ISO_INSTANT.test(text.trim()) || Number.isNaN(at.getTime())) {
    throw new UsageError(`${source} must be an ISO 8601 timestamp such as 2026-11-22T10:00:00Z, not "${text}"`);
  }
  return at;
}

/** The locale as the models spell it, served by the platform; otherwise a message listing what is. */
export function resolveSimLocale(text: string, platform: Platform): string {
  const served = servedLocales(platform);
  const locale = canonicalLocale(text);
  if (!locale) throw new UsageError(`unknown locale "${text}"; ${platform} serves ${served.join(', ')}`);
  if (!served.includes(locale)) {
    const others = PLATFORMS.filter((p) => p !== platform && servedLocales(p).includes(locale));
    throw new UsageError(`${platform} does not serve ${locale}${others.length ? ` (${others.join(', ')} does: --platform ${others[0]})` : ''}; ${platform} serves ${served.join(', ')}`);
  }
  return locale;
}

export interface CliStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface CliDependencies {
  /** The understanding for a platform and locale; the lead's NLU unless a test brings its own. */
  understandingFor?: (platform: Platform, locale: string) => LanguageUnderstanding;
  env?: NodeJS.ProcessEnv;
}

function loadSeed(file: string | undefined): Seed {
  if (!file) return demoSeedData();
  try {
    return readSeedFile(file);
  } catch (err) {
    if (err instanceof SeedError) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs the simulator; returns the exit status. Errors that stop the run before it starts are UsageErrors. */
export async function runCli(argv: string[], streams: CliStreams, deps: CliDependencies = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const options = parseCli(argv);
  const write = (stream: NodeJS.WritableStream) => (line: string) => void stream.write(`${line}\n`);
  const out = write(streams.stdout);
  const err = write(streams.stderr);
  if (options.help) {
    out(USAGE);
    return 0;
  }

  let replay: ReplayFile | undefined;
  if (options.replay) {
    try {
      replay = readReplayFile(options.replay);
    } catch (e) {
      if (e instanceof ReplayFileError) throw new UsageError(e.message);
      throw e;
    }
  }
  const localeText = replay?.locale ?? options.locale ?? 'en-US';
  const locale = resolveSimLocale(localeText, options.platform);
  if (replay?.locale && options.locale && canonicalLocale(options.locale) !== locale) {
    err(`note: the replay file's locale ${locale} is used, not --locale ${options.locale}`);
  }
  const nowText = options.now ?? replay?.now;
  const now = nowText !== undefined ? parseNow(nowText, options.now !== undefined ? '--now' : `${replay!.path}: now`) : undefined;
  const seedFile = options.seed ?? replay?.seed;
  const seed = loadSeed(seedFile);
  const customerId = options.customer ?? replay?.customer;
  const unlinked = options.unlinked || Boolean(replay?.unlinked);
  const skillId = replay?.skillId || env.ALEXA_SKILL_ID || SIM_SKILL_ID;

  let understanding: LanguageUnderstanding;
  try {
    understanding = (deps.understandingFor ?? realUnderstandingFor)(options.platform, locale);
  } catch (e) {
    throw new UsageError(`no understanding for ${options.platform} ${locale}: ${(e as Error).message}`);
  }

  let simulation;
  try {
    simulation = await openSimulation({ platform: options.platform, locale, seed, customerId, demoSeed: !seedFile, unlinked, now, skillId, understanding });
  } catch (e) {
    if (e instanceof UnknownCustomerError) throw new UsageError(e.message);
    throw e;
  }
  const { session, shopper } = simulation;
  const interactive = !replay;
  const paint = painter(streams.stdout, env);
  const runner = new DialogRunner({
    session,
    json: options.json,
    echoInput: !interactive || !streams.stdin.isTTY,
    replay: !interactive,
    out,
    err,
    painter: paint,
    record: (file, inputs, intents) => {
      const path = resolve(file);
      writeReplayFile(path, {
        skillId, locale, userInput: inputs, intents,
        ...(shopper.customer ? { customer: shopper.customer.id } : {}),
        ...(nowText !== undefined ? { now: now!.toISOString() } : {}),
        ...(seedFile ? { seed: resolve(seedFile) } : {}),
        ...(unlinked ? { unlinked: true } : {}),
      });
      return `recorded ${inputs.length} input${inputs.length === 1 ? '' : 's'} to ${file}`;
    },
  });

  try {
    if (replay) {
      await playReplay(runner, replay.userInput, replay.expectations);
    } else {
      const who = shopper.customer
        ? `${shopper.customer.id} (${shopper.customer.name}), ${shopper.linked ? 'account linked' : 'not linked'}`
        : 'no customer in the seed';
      const banner = [
        `Offline ${options.platform === 'alexa' ? 'Alexa' : 'Google'} simulator, ${locale}, ${who}${now ? `, now ${now.toISOString()}` : ''}.`,
        `Open the skill: "${session.openPhrase}". Commands: ${COMMANDS_HELP}.`,
      ];
      for (const line of banner) (options.json ? err : out)(paint.paint('dim', line));
      await runRepl(runner, { input: streams.stdin, output: streams.stdout }, paint.paint(['bold', 'green'], USER_PROMPT));
    }
  } finally {
    await simulation.close();
  }

  if (options.json) out(JSON.stringify(runner.document(), null, 2));
  if (replay && !options.json) {
    const summary = runner.problems.length
      ? `${runner.turns.length} turns, ${runner.problems.length} problem${runner.problems.length === 1 ? '' : 's'}`
      : `${runner.turns.length} turns, every one answered${replay.expectations.some(Boolean) ? ' as expected' : ''}`;
    err(summary);
  }
  return runner.problems.length ? 1 : 0;
}

/** runCli with every error ending as one "error: …" line on stderr and exit status 2, never a stack trace. */
export async function main(argv: string[], streams: CliStreams, deps: CliDependencies = {}): Promise<number> {
  try {
    return await runCli(argv, streams, deps);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    streams.stderr.write(`error: ${message}\n`);
    const env = deps.env ?? process.env;
    if (!(err instanceof UsageError) && env.SIM_DEBUG) streams.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return 2;
  }
}
