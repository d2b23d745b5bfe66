// The store contract on DynamoDB (dynalite on loopback, one fresh table per test), and what only this store has:
// the table it creates for itself, TTL on carts and confirmation receipts, no Scan, pages of history.
import { GetCommand, DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { keys } from '../../lambda/store/dynamodb/items.js';
import { TTL_ATTRIBUTE } from '../../lambda/store/dynamodb/table.js';
import type { PendingCart } from '../../lambda/store/types.js';
import { localDynamoClient, recordOperations } from '../support/local-dynamodb.js';
import { exerciseEveryMethod, workloadSeed } from '../support/store-workload.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { freshDynamoTable, seededDynamoStore } from '../support/stores.js';
import { describeStoreContract } from './contract.js';
import { describeOutboxContract } from './outbox-contract.js';

const dynamoHarness: Parameters<typeof describeStoreContract>[0] = {
  name: 'DynamoDB',
  seeded: (seed) => seededDynamoStore(seed),
  async clients(seed, count) {
    const { table } = await freshDynamoTable();
    // Each with its own SDK client and connections, as separate Lambda instances have.
    const stores = await Promise.all(Array.from({ length: count }, async () => new DynamoStore(await localDynamoClient(), table)));
    await stores[0].loadSeed(seed);
    return stores;
  },
};

describeStoreContract(dynamoHarness);
describeOutboxContract(dynamoHarness);

const NOW = new Date('2026-11-22T15:00:00Z');

function aCart(customerId: string): PendingCart {
  return {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId, createdAt: NOW.toISOString(), status: 'open',
    lines: [aLine('oat milk', { quantity: 2 })], shippingFee: 4.99, taxIncluded: true,
  };
}

/** A store on a fresh table, the raw items beside it, and every DynamoDB operation the store sent. */
async function inspected(seed = aSeed([aCustomer({ orders: [] })])) {
  const { table } = await freshDynamoTable();
  const client: DynamoDBClient = await localDynamoClient();
  const store = new DynamoStore(client, table);
  await store.loadSeed(seed);
  const doc = DynamoDBDocumentClient.from(client);
  const raw = async (key: { pk: string; sk: string }) => (await doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;
  const remove = async (key: { pk: string; sk: string }) => { await doc.send(new DeleteCommand({ TableName: table, Key: key })); };
  return { store, table, raw, remove, customer: seed.customers[0] };
}

describe('DynamoStore', () => {
  describe('expiry', () => {
    it('gives a pending cart a TTL of about a day', async () => {
      const { store, raw, customer } = await inspected();
      const cart = aCart(customer.id);
      await store.saveCart(cart);
      const expiresAt = Number((await raw(keys.cart(cart.id)))?.[TTL_ATTRIBUTE]);
      expect(expiresAt - Date.now() / 1000).to.be.within(23 * 3600, 25 * 3600);
    });

    it('keeps a receipt of the confirmation longer than the cart, with its own TTL', async () => {
      const { store, raw, customer } = await inspected();
      const cart = aCart(customer.id);
      await store.saveCart(cart);
      const { order } = await store.placeOrder(cart.id, { customerId: customer.id, placedAt: NOW.toISOString(), status: 'placed', lines: cart.lines, shippingFee: 1, taxIncluded: true });
      const receipt = await raw(keys.placed(cart.id));
      expect(receipt?.orderId).to.equal(order.id);
      expect(Number(receipt?.[TTL_ATTRIBUTE])).to.be.greaterThan(Number((await raw(keys.cart(cart.id)))?.[TTL_ATTRIBUTE]));
    });

    it('finds the same order when a confirmation is retried after its cart expired', async () => {
      const { store, remove, customer } = await inspected();
      const cart = aCart(customer.id);
      await store.saveCart(cart);
      const data = { customerId: customer.id, placedAt: NOW.toISOString(), status: 'placed' as const, lines: cart.lines, shippingFee: 1, taxIncluded: true };
      const first = await store.placeOrder(cart.id, data);
      await remove(keys.cart(cart.id)); // what TTL does
      const retry = await store.placeOrder(cart.id, { ...data, placedAt: '2026-11-22T15:00:09Z' });
      expect(retry).to.deep.equal({ order: first.order, created: false });
      expect(await store.recentOrders(customer.id, new Date('2030-01-01'))).to.have.length(1);
    });

    it('does not let a placed order\'s number expire, only an unused reservation', async () => {
      const { store, raw, customer } = await inspected();
      const cart = aCart(customer.id);
      await store.saveCart(cart);
      const { order } = await store.placeOrder(cart.id, { customerId: customer.id, placedAt: NOW.toISOString(), status: 'placed', lines: cart.lines, shippingFee: 1, taxIncluded: true });
      expect(await raw(keys.orderRef(order.id))).to.not.have.property(TTL_ATTRIBUTE);
    });

    it('keeps the voice-code lock without expiry, so it holds until reset', async () => {
      const { store, raw, customer } = await inspected();
      for (let i = 0; i < 3; i++) await store.recordVoiceCodeFailure(customer.id, NOW, 3, `r${i}`);
      expect(await raw(keys.voiceCode(customer.id))).to.include({ failures: 3 }).and.not.have.property(TTL_ATTRIBUTE);
    });
  });

  describe('access patterns', () => {
    it('serves every port method with keyed reads, queries and conditional writes, never a Scan', async () => {
      const { table } = await freshDynamoTable();
      const client = await localDynamoClient();
      const operations = recordOperations(client);
      await exerciseEveryMethod(new DynamoStore(client, table), workloadSeed());
      expect(operations).to.not.include('ScanCommand');
      expect(new Set(operations)).to.include('QueryCommand').and.to.include('BatchGetItemCommand');
    });

    it('reads a long history across pages, newest first', async () => {
      // ~60 KB an order: 30 of them pass DynamoDB's 1 MB page, so the query must follow LastEvaluatedKey.
      const big = 'x'.repeat(60_000);
      const orders = Array.from({ length: 30 }, (_, i) => anOrder({
        id: `o-${String(i).padStart(2, '0')}`, placedAt: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(), lines: [aLine(big)],
      }));
      const { store, customer } = await inspected(aSeed([aCustomer({ orders })]));
      const listed = await store.recentOrders(customer.id, NOW, 30);
      expect(listed.map((o) => o.id)).to.deep.equal(orders.map((o) => o.id).reverse());
    });
  });

  describe('seeding in batches', () => {
    it('reports progress up to every item of a large seed', async () => {
      const { table } = await freshDynamoTable();
      const store = new DynamoStore(await localDynamoClient(), table);
      const customers = Array.from({ length: 120 }, () => aCustomer({ orders: [anOrder(), anOrder()] }));
      const seen: [number, number][] = [];
      await store.loadSeed(aSeed(customers), { onProgress: (written, total) => seen.push([written, total]) });
      const total = seen[0][1];
      expect(seen.at(-1)).to.deep.equal([total, total]);
      expect(seen.map(([w]) => w)).to.deep.equal([...seen.map(([w]) => w)].sort((a, b) => a - b));
      expect(seen.length).to.be.greaterThan(total / 25);
      const last = customers.at(-1)!;
      expect((await store.findCustomer({ accessToken: last.accessToken, platform: 'alexa' }))?.id).to.equal(last.id);
    });
  });
});
