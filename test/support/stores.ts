// Stores for tests, on either implementation: a fresh SQLite :memory: database, or a fresh table on the local
// DynamoDB server (test/support/local-dynamodb.ts). TEST_STORE=dynamodb runs the conversation suites on DynamoDB.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import type { Store } from '../../lambda/store/port.js';
import type { Seed } from '../../lambda/store/seed.js';
import type { SeedTarget } from '../../lambda/store/seeding.js';
import { memoryStore } from './fake-platform.js';
import { localDynamoClient } from './local-dynamodb.js';

export type StoreKind = 'sqlite' | 'dynamodb';

export function storeKindFromEnv(env: NodeJS.ProcessEnv = process.env): StoreKind {
  const kind = env.TEST_STORE || 'sqlite';
  if (kind !== 'sqlite' && kind !== 'dynamodb') throw new Error(`TEST_STORE=${kind}: use sqlite or dynamodb`);
  return kind;
}

let shared: Promise<DynamoDBClient> | undefined;
let tables = 0;

/** A new, empty table on the local server, its own store on one shared client. */
export async function freshDynamoTable(): Promise<{ client: DynamoDBClient; table: string }> {
  shared ??= localDynamoClient();
  const client = await shared;
  const table = `test-${process.pid}-${++tables}`;
  await new DynamoStore(client, table, false).ensureTable();
  return { client, table };
}

export async function seededDynamoStore(seed: Seed): Promise<DynamoStore> {
  const { client, table } = await freshDynamoTable();
  const store = new DynamoStore(client, table, false);
  await store.loadSeed(seed);
  return store;
}

/** A seeded store, at once: on DynamoDB, its first calls wait for the table and the seed. */
export function testStore(seed: Seed, kind: StoreKind = storeKindFromEnv()): Store & SeedTarget {
  if (kind === 'sqlite') return memoryStore(seed);
  return whenReady(seededDynamoStore(seed));
}

function whenReady(ready: Promise<Store & SeedTarget>): Store & SeedTarget {
  ready.catch(() => {}); // reported by the first call instead
  return new Proxy({} as Store & SeedTarget, {
    get(_, method) {
      if (method === 'then') return undefined; // not a promise itself
      return async (...args: unknown[]) => {
        const store = await ready;
        return (store[method as keyof (Store & SeedTarget)] as (...a: unknown[]) => unknown).apply(store, args);
      };
    },
  });
}
