// The outbox's contract, run against both stores (sqlite.test.ts, dynamodb.test.ts): an order e-mail enters the
// outbox with its order or cancellation, exactly once whatever is retried or raced, and senders claim, retry and
// finish it without ever holding one message together.
import { expect } from 'chai';
import type { Order, OrderMailDraft, PendingCart } from '../../lambda/store/types.js';
import { aCustomer, aLine, aSeed } from '../support/seed.js';
import type { StoreHarness } from './contract.js';

const PLACED_AT = new Date('2026-11-22T15:00:00Z');
/** Outbox times are the wall clock's; "later" is past every grace period and lease. */
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

function aCart(customerId: string): PendingCart {
  return {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId, createdAt: PLACED_AT.toISOString(), status: 'open',
    lines: [aLine('oat milk', { quantity: 2, unitPrice: 3.5 })], shippingFee: 4.99, taxIncluded: true,
  };
}

function orderFrom(cart: PendingCart): Omit<Order, 'id'> {
  return {
    customerId: cart.customerId, placedAt: PLACED_AT.toISOString(), status: 'placed', lines: cart.lines,
    shippingFee: cart.shippingFee, taxIncluded: cart.taxIncluded, shipment: { carrier: 'Harbor Goods', eta: '2026-11-24' },
  };
}

export function aDraft(kind: OrderMailDraft['kind'] = 'placed', overrides: Partial<OrderMailDraft> = {}): OrderMailDraft {
  return {
    kind, to: 'robin@example.com', name: 'Robin', locale: 'en-US', timeZone: 'America/Chicago', currency: 'USD',
    seller: 'Harbor Goods', lines: [aLine('oat milk', { quantity: 2, unitPrice: 3.5 })], shippingFee: 4.99, tax: 0, total: 11.99,
    taxIncluded: true, addressLabel: 'home', line1: '12 Elm Street', city: 'Madison', deliveryDay: '2026-11-24', ...overrides,
  };
}

export function describeOutboxContract(harness: StoreHarness): void {
  describe(`${harness.name} outbox contract`, () => {
    async function withCart() {
      const customer = aCustomer({ email: 'robin@example.com' });
      const store = await harness.seeded(aSeed([customer]));
      const cart = aCart(customer.id);
      await store.saveCart(cart);
      return { store, cart, outbox: store.outbox! };
    }

    it('keeps the shopper\'s e-mail address from the seed, and none for a shopper without one', async () => {
      const withMail = aCustomer({ email: 'robin@example.com' });
      const without = aCustomer();
      const store = await harness.seeded(aSeed([withMail, without]));
      expect((await store.findCustomer({ accessToken: withMail.accessToken, platform: 'alexa' }))?.email).to.equal('robin@example.com');
      expect((await store.findCustomer({ platform: 'alexa', userId: withMail.alexaUserIds![0] }))?.email).to.equal('robin@example.com');
      expect((await store.findCustomer({ accessToken: without.accessToken, platform: 'alexa' }))?.email).to.equal(undefined);
    });

    it('queues one e-mail with the order, and still one when the confirmation is retried', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      const due = await outbox.due(later(0), 10);
      expect(due.map((m) => m.id)).to.deep.equal([`${order.id}.placed`]);
      expect(due[0].mail).to.include({ orderId: order.id, to: 'robin@example.com', kind: 'placed', total: 11.99 });
      expect(due[0].mail.lines).to.deep.equal(cart.lines);
      expect(due[0]).to.include({ status: 'pending', attempts: 0 });
    });

    it('queues nothing for an order placed without an e-mail', async () => {
      const { store, cart, outbox } = await withCart();
      await store.placeOrder(cart.id, orderFrom(cart));
      expect(await outbox.due(later(5), 10)).to.deep.equal([]);
    });

    it('queues one e-mail when confirmations of one cart race through several clients', async () => {
      const customer = aCustomer({ email: 'robin@example.com' });
      const clients = await harness.clients(aSeed([customer]), 3);
      const cart = aCart(customer.id);
      await clients[0].saveCart(cart);
      const results = await Promise.all(clients.map((c) => c.placeOrder(cart.id, orderFrom(cart), aDraft())));
      expect(new Set(results.map((r) => r.order.id)).size).to.equal(1);
      for (const client of clients) {
        expect((await client.outbox!.due(later(0), 10)).map((m) => m.id)).to.deep.equal([`${results[0].order.id}.placed`]);
      }
      await Promise.all(clients.map((c) => c.close()));
    });

    it('queues the cancellation\'s e-mail with the cancellation, once', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart));
      expect(await store.cancelOrder(order.id, aDraft('cancelled'))).to.equal(true);
      expect(await store.cancelOrder(order.id, aDraft('cancelled'))).to.equal(false);
      const due = await outbox.due(later(0), 10);
      expect(due.map((m) => m.id)).to.deep.equal([`${order.id}.cancelled`]);
      expect(due[0].mail.kind).to.equal('cancelled');
    });

    it('sends no cancellation e-mail for an order that could not be cancelled', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart));
      await store.cancelOrder(order.id);
      expect(await store.cancelOrder(order.id, aDraft('cancelled'))).to.equal(false);
      // Past any grace period a store may give a cancellation in progress.
      expect(await outbox.due(later(5), 10)).to.deep.equal([]);
      expect(await outbox.due(later(10), 10)).to.deep.equal([]);
    });

    it('lets one sender claim a message, and lets the claim lapse at its lease\'s end', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      const id = `${order.id}.placed`;
      const now = later(0);
      const lease = new Date(now.getTime() + 60_000);
      const claims = await Promise.all([outbox.claim(id, now, lease), outbox.claim(id, now, lease), outbox.claim(id, now, lease)]);
      expect(claims.filter(Boolean)).to.have.length(1);
      expect(await outbox.due(now, 10)).to.deep.equal([]);
      const after = new Date(lease.getTime() + 1);
      expect((await outbox.due(after, 10)).map((m) => m.attempts)).to.deep.equal([1]);
      expect(await outbox.claim(id, after, new Date(after.getTime() + 60_000))).to.equal(true);
      expect((await outbox.get(id))?.attempts).to.equal(2);
    });

    it('schedules a retry after a failed attempt, and gives up when told to', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      const id = `${order.id}.placed`;
      const now = later(0);
      await outbox.claim(id, now, new Date(now.getTime() + 60_000));
      const retryAt = new Date(now.getTime() + 30_000);
      await outbox.markFailed(id, '451 try again later', retryAt);
      expect(await outbox.due(new Date(retryAt.getTime() - 1), 10)).to.deep.equal([]);
      expect((await outbox.due(retryAt, 10))[0]).to.include({ id, lastError: '451 try again later', status: 'pending' });
      await outbox.claim(id, retryAt, new Date(retryAt.getTime() + 60_000));
      await outbox.markFailed(id, '550 no such user');
      expect(await outbox.due(later(120), 10)).to.deep.equal([]);
      expect(await outbox.get(id)).to.include({ status: 'failed', lastError: '550 no such user', attempts: 2 });
    });

    it('never offers a sent message again, not even after its confirmation is retried', async () => {
      const { store, cart, outbox } = await withCart();
      const { order } = await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      const id = `${order.id}.placed`;
      const now = later(0);
      await outbox.claim(id, now, new Date(now.getTime() + 60_000));
      await outbox.markSent(id, now);
      await store.placeOrder(cart.id, orderFrom(cart), aDraft());
      expect(await outbox.due(later(180), 10)).to.deep.equal([]);
      expect(await outbox.get(id)).to.include({ status: 'sent', sentAt: now.toISOString(), attempts: 1 });
    });
  });
}
