// `npm run seed -- [--store sqlite|dynamodb] FILE`: loads a seed file (contracts/fixture.md) into the configured
// store, whether or not it is empty. Records are keyed by the file's ids, so running it twice changes nothing.
// The store's location comes from the same environment as the skill (SKILL_DB, SKILL_DYNAMODB_TABLE,
// SKILL_DYNAMODB_ENDPOINT, AWS_REGION). A bad file is reported by field, and nothing is written.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, connectStore, storeConfigFromEnv, type StoreConfig } from '../lambda/store/open.js';
import { readSeedFile, SeedError, type Seed } from '../lambda/store/seed.js';

const USAGE = 'usage: npm run seed -- [--store sqlite|dynamodb] FILE';

class UsageError extends Error {}

function configFrom(argv: string[]): { config: StoreConfig; file: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.positionals.length !== 1) throw new UsageError('name exactly one seed file');
  const store = parsed.values.store ?? process.env.SKILL_STORE ?? 'sqlite';
  return { config: storeConfigFromEnv({ ...process.env, SKILL_STORE: store }), file: parsed.positionals[0] };
}

function where(config: StoreConfig): string {
  return config.store === 'sqlite'
    ? `SQLite ${config.dbFile}`
    : `DynamoDB table ${config.table} (${config.endpoint ?? `AWS ${config.region}`})`;
}

function describe(seed: Seed): string {
  const orders = seed.customers.reduce((n, c) => n + c.orders.length, 0);
  return `${seed.customers.length} customers, ${orders} orders, ${seed.catalog?.length ?? 0} catalog items`;
}

/** A bar on a terminal; nothing in a pipe or a CI log. */
function progressBar(): { update(written: number, total: number): void; stop(): void } {
  if (!process.stdout.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({ format: 'seeding [{bar}] {percentage}% | {value}/{total} items | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(written, total) {
      if (!started) { bar.start(total, 0); started = true; }
      bar.setTotal(total);
      bar.update(written);
    },
    stop() { if (started) bar.stop(); },
  };
}

async function main(): Promise<void> {
  const { config, file } = configFrom(process.argv.slice(2));
  const seed = readSeedFile(file); // checked as a whole before anything is opened or written
  const store = await connectStore(config);
  const bar = progressBar();
  try {
    await store.loadSeed(seed, { onProgress: (written, total) => bar.update(written, total) });
  } finally {
    bar.stop();
    await store.close();
  }
  console.log(`seeded ${where(config)}: ${describe(seed)}`);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`error: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  // Known problems are one line; an unexpected one keeps its stack for a bug report.
  // AWS service errors carry $metadata; missing or wrong credentials are a CredentialsProviderError.
  const fromAws = err instanceof Error && ('$metadata' in err || err.name === 'CredentialsProviderError');
  const known = err instanceof SeedError || err instanceof ConfigError || fromAws;
  console.error(known ? `error: ${(err as Error).message}` : err);
  process.exit(1);
});
