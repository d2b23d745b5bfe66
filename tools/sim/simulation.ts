// One simulated run's world: a fresh in-memory store loaded with the seed, the shopper who speaks, the
// platform's understanding and the device session. Nothing is shared between runs.
import type { Seed } from '../../lambda/store/seed.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import type { LanguageUnderstanding } from './nlu/types.js';
import { painter } from './print.js';
import type { ReplayFile } from './replay.js';
import { DialogRunner, playReplay } from './run.js';
import { SimSession } from './session.js';
import { chooseCustomer, type Shopper } from './shopper.js';
import type { Platform } from './skill-models.js';
import type { TranscriptDocument } from './transcript.js';

export interface SimulationSetup {
  platform: Platform;
  locale: string;
  seed: Seed;
  /** --customer; undefined: the default rule of chooseCustomer. */
  customerId?: string;
  /** The seed is the shipped demo seed: the default customer is the one of the session's locale. */
  demoSeed?: boolean;
  unlinked?: boolean;
  now?: Date;
  skillId?: string;
  understanding: LanguageUnderstanding;
}

export interface Simulation {
  session: SimSession;
  store: SqliteStore;
  shopper: Shopper;
  close(): Promise<void>;
}

export async function openSimulation(setup: SimulationSetup): Promise<Simulation> {
  const customer = chooseCustomer(setup.seed, setup.locale, setup.customerId, setup.demoSeed);
  const shopper: Shopper = { customer, linked: !setup.unlinked && Boolean(customer) };
  const store = new SqliteStore(':memory:');
  try {
    store.loadSeed(setup.seed);
    const session = await SimSession.create({
      platform: setup.platform,
      locale: setup.locale,
      store,
      understanding: setup.understanding,
      shopper,
      ...(setup.skillId ? { skillId: setup.skillId } : {}),
      ...(setup.now ? { now: setup.now } : {}),
    });
    return { session, store, shopper, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export interface ReplayRunOptions {
  platform: Platform;
  locale: string;
  understanding: LanguageUnderstanding;
  /** The file's seed or the demo seed, already read. */
  seed: Seed;
}

/**
 * Plays a replay file on one platform in one locale (a file's `locales` may name several) and returns the
 * --json document and the problems: unanswered turns, inputs said while the skill was closed, unmet expectations.
 */
export async function replayConversation(file: ReplayFile, options: ReplayRunOptions): Promise<{ document: TranscriptDocument; problems: string[]; notes: string[] }> {
  const simulation = await openSimulation({
    platform: options.platform,
    locale: options.locale,
    seed: options.seed,
    customerId: file.customer,
    demoSeed: !file.seed,
    unlinked: file.unlinked,
    now: file.now ? new Date(file.now) : undefined,
    skillId: file.skillId,
    understanding: options.understanding,
  });
  const notes: string[] = [];
  const runner = new DialogRunner({
    session: simulation.session, json: true, echoInput: false, replay: true,
    out: () => {}, err: (line) => notes.push(line), painter: painter({ isTTY: false }),
  });
  try {
    await playReplay(runner, file.userInput, file.expectations);
  } finally {
    await simulation.close();
  }
  return { document: runner.document(), problems: [...runner.problems], notes };
}
