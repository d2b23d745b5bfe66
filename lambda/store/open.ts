// Picks and prepares the store from the environment (../shared/contracts/configuration.md).
import type { Store } from './port.js';
import { parseSeed, readSeedFile, type Seed } from './seed.js';
import { SqliteStore } from './sqlite.js';
import demoSeed from '../../seeds/demo.json' with { type: 'json' };

export interface StoreConfig {
  store: 'sqlite';
  dbFile: string;
  seedFile?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const kind = env.SKILL_STORE ?? 'sqlite';
  if (kind !== 'sqlite') throw new ConfigError(`SKILL_STORE=${kind} is not supported yet; use sqlite`);
  // Lambda's only writable disk is /tmp.
  const defaultDb = env.AWS_LAMBDA_FUNCTION_NAME ? '/tmp/skill.db' : 'data/skill.db';
  return { store: 'sqlite', dbFile: env.SKILL_DB || defaultDb, seedFile: env.SKILL_SEED_FILE || undefined };
}

/** The shipped demo seed, bundled so the Lambda build needs no files beside index.js. */
export function demoSeedData(): Seed {
  return parseSeed(demoSeed, 'demo seed');
}

/** Opens the store and seeds it when it is empty, so a fresh machine starts with data. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const seed = config.seedFile ? readSeedFile(config.seedFile) : undefined;
  const store = new SqliteStore(config.dbFile);
  try {
    if (store.isEmpty()) store.loadSeed(seed ?? demoSeedData());
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
