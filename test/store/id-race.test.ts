// Ids stay unique when several processes number things at the same moment: handoff tickets and orders, on one
// SQLite file shared by child processes, and on one DynamoDB table (dynalite) shared the same way.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import type { Store } from '../../lambda/store/port.js';
import type { SeedTarget } from '../../lambda/store/seeding.js';
import { localDynamoEndpoint } from '../support/local-dynamodb.js';
import { aCustomer, aSeed } from '../support/seed.js';
import { freshDynamoTable } from '../support/stores.js';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, '..', 'support', 'race', 'child.ts');
const PROCESSES = 4;
const TICKETS_EACH = 15;
const CARTS = 5;

type Outcome = { ticket?: string; cartId?: string; order?: string; created?: boolean; error?: string };

async function race(store: Store & SeedTarget, target: Record<string, string>): Promise<{ outcomes: Outcome[]; store: Store }> {
  const customer = aCustomer({ orders: [] });
  await store.loadSeed(aSeed([customer]));
  const cartIds = Array.from({ length: CARTS }, (_, i) => `race-cart-${i}`);
  for (const id of cartIds) {
    await store.saveCart({ id, customerId: customer.id, createdAt: new Date().toISOString(), status: 'open', lines: [{ sku: 'sku-1', name: 'oat milk', quantity: 1, unitPrice: 2 }], shippingFee: 0, taxIncluded: true });
  }
  // Every child starts at the same moment, well after all of them have loaded.
  const startAt = Date.now() + 4000;
  const job = { ...target, customerId: customer.id, tickets: TICKETS_EACH, cartIds, startAt };
  const outputs = await Promise.all(Array.from({ length: PROCESSES }, () =>
    run(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(job)], { cwd: process.cwd(), timeout: 60_000 })));
  return { outcomes: outputs.flatMap(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop()!) as Outcome[]), store };
}

function expectUnique(outcomes: Outcome[]): void {
  expect(outcomes.filter((o) => o.error)).to.deep.equal([]);
  const tickets = outcomes.flatMap((o) => (o.ticket ? [o.ticket] : []));
  expect(tickets).to.have.length(PROCESSES * TICKETS_EACH);
  expect(new Set(tickets).size, 'distinct tickets').to.equal(tickets.length);
  // Each shared cart became one order, which every process was told about, and was created exactly once.
  const orders = outcomes.filter((o) => o.cartId);
  for (let i = 0; i < CARTS; i++) {
    const forCart = orders.filter((o) => o.cartId === `race-cart-${i}`);
    expect(new Set(forCart.map((o) => o.order)).size).to.equal(1);
    expect(forCart.filter((o) => o.created)).to.have.length(1);
  }
}

describe('ids under concurrency, across processes', function () {
  this.timeout(120_000);

  it(`gives ${PROCESSES * TICKETS_EACH} handoffs made at once by ${PROCESSES} processes on one SQLite file distinct tickets, all stored`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'race-')), 'skill.db');
    const store = new SqliteStore(file);
    const { outcomes } = await race(store, { kind: 'sqlite', file });
    expectUnique(outcomes);
    for (const o of outcomes.filter((x) => x.ticket)) expect(await store.getHandoff(o.ticket!)).to.not.equal(undefined);
    await store.close();
  });

  it(`gives ${PROCESSES * TICKETS_EACH} handoffs made at once by ${PROCESSES} processes on one DynamoDB table distinct tickets, all stored`, async () => {
    const { client, table } = await freshDynamoTable();
    const store = new DynamoStore(client, table);
    const { outcomes } = await race(store, { kind: 'dynamodb', endpoint: await localDynamoEndpoint(), table });
    expectUnique(outcomes);
    for (const o of outcomes.filter((x) => x.ticket)) expect(await store.getHandoff(o.ticket!)).to.not.equal(undefined);
  });
});
