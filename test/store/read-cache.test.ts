// The SQLite store keeps what it read between turns (lambda/store/read-cache.ts): it must never answer from what
// is no longer true, whether this store wrote since, another connection (another process) did, or the request's
// time has moved past an order that was still in the future.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import type { Order, PendingCart } from '../../lambda/store/types.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

const NOW = new Date('2026-11-22T15:00:00Z');
/** The next event-loop turn, where a new request would arrive. */
const nextEvent = () => new Promise<void>((done) => setImmediate(done));

function twoConnections(): { file: string; a: SqliteStore; b: SqliteStore; customerId: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'read-cache-')), 'skill.db');
  const customer = aCustomer({ accessToken: 'tok-a', orders: [anOrder({ placedAt: '2026-11-20T10:00:00Z', status: 'shipped', lines: [aLine('desk lamp')] })] });
  const a = new SqliteStore(file);
  a.loadSeed(aSeed([customer]));
  return { file, a, b: new SqliteStore(file), customerId: customer.id };
}

function aCart(customerId: string): PendingCart {
  return {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId, createdAt: NOW.toISOString(), status: 'open',
    lines: [aLine('oat milk')], shippingFee: 4.99, taxIncluded: true,
  };
}

function placed(cart: PendingCart, placedAt: string): Omit<Order, 'id'> {
  return { customerId: cart.customerId, placedAt, status: 'placed', lines: cart.lines, shippingFee: 4.99, taxIncluded: true };
}

describe('SQLite store: what it read, kept between turns', () => {
  it('sees its own order at once', async () => {
    const { a, customerId } = twoConnections();
    expect(await a.recentOrders(customerId, NOW)).to.have.length(1);
    const cart = aCart(customerId);
    await a.saveCart(cart);
    await a.placeOrder(cart.id, placed(cart, NOW.toISOString()));
    expect((await a.recentOrders(customerId, NOW)).map((o) => o.lines[0].name)).to.deep.equal(['oat milk', 'desk lamp']);
  });

  it('sees another connection\'s order, and its cancellation, on the next request', async () => {
    const { a, b, customerId } = twoConnections();
    expect(await a.recentOrders(customerId, NOW)).to.have.length(1);
    const cart = aCart(customerId);
    await b.saveCart(cart);
    const { order } = await b.placeOrder(cart.id, placed(cart, NOW.toISOString()));
    await nextEvent();
    expect(await a.recentOrders(customerId, NOW)).to.have.length(2);
    expect((await a.getOrder(order.id))?.status).to.equal('placed');
    expect(await b.cancelOrder(order.id)).to.equal(true);
    await nextEvent();
    expect((await a.getOrder(order.id))?.status).to.equal('cancelled');
    expect((await a.recentOrders(customerId, NOW))[0].status).to.equal('cancelled');
  });

  it('sees a change made to the file by another process\'s plain SQL (a shipment update), and a new seed', async () => {
    const { file, a, customerId } = twoConnections();
    expect((await a.recentOrders(customerId, NOW))[0].status).to.equal('shipped');
    expect((await a.seller()).name).to.not.equal('Elsewhere Goods');
    const other = new Database(file);
    other.prepare("UPDATE orders SET status = 'delivered' WHERE customer_id = ?").run(customerId);
    other.prepare("UPDATE meta SET value = json_set(value, '$.name', 'Elsewhere Goods') WHERE key = 'seller'").run();
    other.close();
    await nextEvent();
    expect((await a.recentOrders(customerId, NOW))[0].status).to.equal('delivered');
    expect((await a.seller()).name).to.equal('Elsewhere Goods');
  });

  it('shows an order placed for a later time once the request\'s time has reached it, not before', async () => {
    const { a, customerId } = twoConnections();
    const cart = aCart(customerId);
    await a.saveCart(cart);
    await a.placeOrder(cart.id, placed(cart, '2026-11-22T18:00:00.000Z'));
    expect(await a.recentOrders(customerId, NOW)).to.have.length(1);
    expect(await a.recentOrders(customerId, new Date('2026-11-22T17:59:59Z'))).to.have.length(1);
    expect(await a.recentOrders(customerId, new Date('2026-11-22T18:00:00Z'))).to.have.length(2);
    expect(await a.recentOrders(customerId, new Date('2026-11-20T09:00:00Z'))).to.have.length(0);
  });

  it('hands out values no caller can change under another', async () => {
    const { a, customerId } = twoConnections();
    const [order] = await a.recentOrders(customerId, NOW);
    expect(() => {
      (order.lines as { name: string }[])[0].name = 'changed';
    }).to.throw(TypeError);
    expect(() => {
      (order.lines as unknown[]).push(aLine('rice'));
    }).to.throw(TypeError);
    expect((await a.recentOrders(customerId, NOW))[0].lines[0].name).to.equal('desk lamp');
  });
});
