// The store contract on the embedded SQLite store: :memory: databases, and several connections to one file
// for what several processes would share.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { memoryStore } from '../support/fake-platform.js';
import { describeStoreContract } from './contract.js';
import { describeOutboxContract } from './outbox-contract.js';

describeStoreContract({
  name: 'SQLite',
  seeded: async (seed) => memoryStore(seed),
  async clients(seed, count) {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-test-')), 'skill.db');
    const stores = Array.from({ length: count }, () => new SqliteStore(file));
    stores[0].loadSeed(seed);
    return stores;
  },
});

describeOutboxContract({
  name: 'SQLite',
  seeded: async (seed) => memoryStore(seed),
  async clients(seed, count) {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-outbox-')), 'skill.db');
    const stores = Array.from({ length: count }, () => new SqliteStore(file));
    stores[0].loadSeed(seed);
    return stores;
  },
});
