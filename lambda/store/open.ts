// Picks and prepares the store from the environment (../shared/contracts/configuration.md). Each store's module
// is imported only when chosen, so the DynamoDB store never loads better-sqlite3 (a native addon) and the SQLite
// store never loads the AWS SDK; esbuild keeps both lazy in the Lambda bundle. Seed validation (seed.ts, zod) is
// imported only when there is a seed to check: a start on a store that has data never loads it.
import type { Store } from './port.js';
import { seedIfEmpty, type SeedTarget } from './seeding.js';

interface SeedConfig {
  /** Loaded into an empty store at start. */
  seedFile?: string;
  /** Without a seed file, an empty store gets the shipped demo seed unless this is false (SKILL_DEMO_SEED=off). */
  demoSeed?: boolean;
}

export interface SqliteConfig extends SeedConfig {
  store: 'sqlite';
  dbFile: string;
}

export interface DynamoDbConfig extends SeedConfig {
  store: 'dynamodb';
  table: string;
  /** A DynamoDB-compatible server instead of AWS. */
  endpoint?: string;
  region: string;
}

export type StoreConfig = SqliteConfig | DynamoDbConfig;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  // On AWS Lambda the store is DynamoDB: /tmp is not durable and every instance would have its own SQLite file (and
  // its own orders), so SQLite is refused there and the deployed bundle does not ship its native addon.
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const kind = env.SKILL_STORE || (onLambda ? 'dynamodb' : 'sqlite');
  if (onLambda && kind === 'sqlite') {
    throw new ConfigError('SKILL_STORE=sqlite is not supported on AWS Lambda (/tmp is not durable and each instance would keep its own orders); use SKILL_STORE=dynamodb');
  }
  const seeding: SeedConfig = { seedFile: env.SKILL_SEED_FILE || undefined, demoSeed: env.SKILL_DEMO_SEED !== 'off' };
  if (kind === 'dynamodb') {
    return {
      store: 'dynamodb',
      table: env.SKILL_DYNAMODB_TABLE || 'voice-commerce',
      endpoint: env.SKILL_DYNAMODB_ENDPOINT || undefined,
      region: env.AWS_REGION || 'us-east-1',
      ...seeding,
    };
  }
  if (kind !== 'sqlite') throw new ConfigError(`SKILL_STORE=${kind} is not a store; use sqlite or dynamodb`);
  return { store: 'sqlite', dbFile: env.SKILL_DB || 'data/skill.db', ...seeding };
}

/** Connects to the chosen store, creating its table or file when missing, without seeding it. */
export async function connectStore(config: StoreConfig): Promise<Store & SeedTarget> {
  if (config.store === 'sqlite') {
    const { SqliteStore } = await import('./sqlite.js');
    return new SqliteStore(config.dbFile);
  }
  const { DynamoStore } = await import('./dynamodb.js');
  const store = DynamoStore.connect({ table: config.table, endpoint: config.endpoint, region: config.region });
  try {
    await store.ensureTable();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/** Opens the store and seeds it when it is empty, so a fresh machine starts with data. */
export async function openStore(config: StoreConfig): Promise<Store> {
  // Read and check a seed file before opening anything: a broken seed leaves no database or table behind.
  const fromFile = config.seedFile ? (await import('./seed.js')).readSeedFile(config.seedFile) : undefined;
  const store = await connectStore(config);
  try {
    if (fromFile) await seedIfEmpty(store, fromFile);
    // The shipped demo seed is checked (and its checker loaded) only when an empty store is to get it.
    else if (config.demoSeed !== false && (await store.isEmpty())) await seedIfEmpty(store, (await import('./seed.js')).demoSeedData());
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
