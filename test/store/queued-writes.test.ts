// The SQLite store writes an offered cart with the transcript, in one commit right after the answer
// (lambda/store/sqlite.ts, saveCart): this process must always see its carts at once, and another connection (another
// process on the same file) must see them once the queue is written, long before a shopper could say yes.
import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import type { PendingCart } from '../../lambda/store/types.js';
import { aCustomer, aLine, aSeed } from '../support/seed.js';

const NOW = new Date('2026-11-22T15:00:00Z');

function twoConnections(): { a: SqliteStore; b: SqliteStore; customerId: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'queued-writes-')), 'skill.db');
  const customer = aCustomer({ accessToken: 'tok-queued' });
  const a = new SqliteStore(file);
  a.loadSeed(aSeed([customer]));
  return { a, b: new SqliteStore(file), customerId: customer.id };
}

function aCart(customerId: string): PendingCart {
  return {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId, createdAt: NOW.toISOString(), status: 'open',
    lines: [aLine('oat milk', { quantity: 2 })], shippingFee: 4.99, taxIncluded: true,
  };
}

describe('SQLite store: an offered cart, written after the answer', () => {
  it('reads back its own cart at once, as offered, and the change to it', async () => {
    const { a, b, customerId } = twoConnections();
    const cart = aCart(customerId);
    await a.saveCart(cart);
    expect(await a.getCart(cart.id)).to.deep.include({ id: cart.id, status: 'open', lines: cart.lines });
    await a.saveCart({ ...cart, lines: [aLine('oat milk', { quantity: 3 })] });
    expect((await a.getCart(cart.id))?.lines[0].quantity).to.equal(3);
    await a.close();
    await b.close();
  });

  it('is seen by another connection once the queue is written, and placed there exactly once', async () => {
    const { a, b, customerId } = twoConnections();
    const cart = aCart(customerId);
    await a.saveCart(cart);
    a.flushWrites();
    expect(await b.getCart(cart.id)).to.deep.include({ id: cart.id, status: 'open' });
    const order = { customerId, placedAt: NOW.toISOString(), status: 'placed' as const, lines: cart.lines, shippingFee: 4.99, taxIncluded: true };
    const first = await b.placeOrder(cart.id, order);
    const again = await a.placeOrder(cart.id, order);
    expect(first.created).to.equal(true);
    expect(again).to.deep.include({ created: false });
    expect(again.order.id).to.equal(first.order.id);
    await a.close();
    await b.close();
  });

  it('writes the queue on its own shortly after the answer, without a read to prompt it', async () => {
    const { a, b, customerId } = twoConnections();
    const cart = aCart(customerId);
    await a.saveCart(cart);
    await new Promise((done) => setTimeout(done, 200));
    expect(await b.getCart(cart.id)).to.deep.include({ id: cart.id, status: 'open' });
    await a.close();
    await b.close();
  });

  it('places a cart whose offer is still queued, and discards one the same way', async () => {
    const { a, b, customerId } = twoConnections();
    const kept = aCart(customerId);
    const dropped = aCart(customerId);
    await a.saveCart(kept);
    await a.saveCart(dropped);
    const placed = await a.placeOrder(kept.id, { customerId, placedAt: NOW.toISOString(), status: 'placed', lines: kept.lines, shippingFee: 4.99, taxIncluded: true });
    expect(placed.created).to.equal(true);
    await a.saveCart(aCart(customerId));
    await a.discardCart(dropped.id);
    expect((await b.getCart(kept.id))?.status).to.equal('placed');
    expect((await b.getCart(dropped.id))?.status).to.equal('discarded');
    await a.close();
    await b.close();
  });
});
