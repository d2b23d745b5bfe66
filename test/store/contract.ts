// The store port's contract, run against every implementation (sqlite.test.ts, dynamodb.test.ts): orders placed
// exactly once (also when confirmations race through several clients), cancelled only before shipping,
// voice-code lockout, history as of a moment, seeding that can be repeated, transcripts and handoff tickets.
import { expect } from 'chai';
import { orderIdFor } from '../../lambda/store/order-id.js';
import type { Store } from '../../lambda/store/port.js';
import type { Seed } from '../../lambda/store/seed.js';
import type { SeedTarget } from '../../lambda/store/seeding.js';
import type { Order, PendingCart } from '../../lambda/store/types.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

export type SeedableStore = Store & SeedTarget;

export interface StoreHarness {
  name: string;
  /** A fresh store holding the seed. */
  seeded(seed: Seed): Promise<SeedableStore>;
  /** Several clients (own connections) of one fresh store holding the seed, as separate instances have. */
  clients(seed: Seed, count: number): Promise<SeedableStore[]>;
}

const NOW = new Date('2026-11-22T15:00:00Z');
const EVER = new Date('2030-01-01');

function aCart(customerId: string, overrides: Partial<PendingCart> = {}): PendingCart {
  return {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId, createdAt: NOW.toISOString(), status: 'open',
    lines: [aLine('oat milk', { quantity: 2 })], shippingFee: 4.99, taxIncluded: true, ...overrides,
  };
}

function orderFrom(cart: PendingCart, placedAt = NOW.toISOString()): Omit<Order, 'id'> {
  return {
    customerId: cart.customerId, placedAt, status: 'placed', lines: cart.lines,
    shippingFee: cart.shippingFee, taxIncluded: cart.taxIncluded, shipment: { carrier: 'Harbor Goods', eta: '2026-11-24' },
  };
}

export function describeStoreContract(harness: StoreHarness): void {
  const seeded = (seed: Seed) => harness.seeded(seed);

  describe(`${harness.name} store contract`, () => {
    describe('finding the shopper', () => {
      it('finds a customer by access token first, then by the platform\'s user id', async () => {
        const a = aCustomer({ accessToken: 'tok-a', alexaUserIds: ['amzn-a'], googleUserIds: ['g-a'] });
        const b = aCustomer({ accessToken: 'tok-b', alexaUserIds: ['amzn-b'] });
        const store = await seeded(aSeed([a, b]));
        expect((await store.findCustomer({ accessToken: 'tok-a', platform: 'alexa', userId: 'amzn-b' }))?.id).to.equal(a.id);
        expect((await store.findCustomer({ platform: 'alexa', userId: 'amzn-b' }))?.id).to.equal(b.id);
        expect((await store.findCustomer({ platform: 'google', userId: 'g-a' }))?.id).to.equal(a.id);
      });

      it('does not find a customer by another platform\'s user id, or by nothing', async () => {
        const a = aCustomer({ alexaUserIds: ['amzn-a'] });
        const store = await seeded(aSeed([a]));
        expect(await store.findCustomer({ platform: 'google', userId: 'amzn-a' })).to.equal(undefined);
        expect(await store.findCustomer({ platform: 'alexa' })).to.equal(undefined);
      });

      it('falls back to the user id when the access token is unknown', async () => {
        const a = aCustomer({ alexaUserIds: ['amzn-a'] });
        const store = await seeded(aSeed([a]));
        expect((await store.findCustomer({ accessToken: 'stale', platform: 'alexa', userId: 'amzn-a' }))?.id).to.equal(a.id);
      });
    });

    describe('recentOrders', () => {
      const orders = () => [
        anOrder({ id: 'o-old', placedAt: '2026-10-01T10:00:00Z' }),
        anOrder({ id: 'o-new', placedAt: '2026-11-20T10:00:00Z' }),
        anOrder({ id: 'o-mid', placedAt: '2026-11-01T10:00:00Z' }),
        anOrder({ id: 'o-future', placedAt: '2026-11-25T10:00:00Z' }),
      ];

      it('lists the orders newest first', async () => {
        const c = aCustomer({ orders: orders() });
        const store = await seeded(aSeed([c]));
        expect((await store.recentOrders(c.id, NOW)).map((o) => o.id)).to.deep.equal(['o-new', 'o-mid', 'o-old']);
      });

      it('leaves out orders placed after the moment asked about, and includes one placed exactly then', async () => {
        const c = aCustomer({ orders: [...orders(), anOrder({ id: 'o-now', placedAt: NOW.toISOString() })] });
        const store = await seeded(aSeed([c]));
        const ids = (await store.recentOrders(c.id, NOW)).map((o) => o.id);
        expect(ids).not.to.include('o-future');
        expect(ids[0]).to.equal('o-now');
      });

      it('orders by the instant, whatever offset the seed wrote it with', async () => {
        const c = aCustomer({
          orders: [
            anOrder({ id: 'o-tokyo', placedAt: '2026-11-21T08:00:00+09:00' }), // 23:00Z on the 20th
            anOrder({ id: 'o-utc', placedAt: '2026-11-21T00:00:00Z' }),
          ],
        });
        const store = await seeded(aSeed([c]));
        expect((await store.recentOrders(c.id, NOW)).map((o) => o.id)).to.deep.equal(['o-utc', 'o-tokyo']);
      });

      it('keeps to the limit and to the customer', async () => {
        const c = aCustomer({ orders: orders() });
        const other = aCustomer({ orders: [anOrder({ id: 'o-other', placedAt: '2026-11-21T10:00:00Z' })] });
        const store = await seeded(aSeed([c, other]));
        expect((await store.recentOrders(c.id, NOW, 1)).map((o) => o.id)).to.deep.equal(['o-new']);
      });

      it('returns each order with its lines in their order and its shipment', async () => {
        const c = aCustomer({
          orders: [anOrder({ id: 'o-1', lines: [aLine('b', { quantity: 2 }), aLine('a', { quantity: 3 })], shipment: { carrier: 'DHL', eta: '2026-11-24' } })],
        });
        const store = await seeded(aSeed([c]));
        const [order] = await store.recentOrders(c.id, NOW);
        expect(order.lines.map((l) => l.name)).to.deep.equal(['b', 'a']);
        expect(order.shipment).to.deep.equal({ carrier: 'DHL', eta: '2026-11-24' });
        expect(order.customerId).to.equal(c.id);
      });
    });

    describe('placeOrder', () => {
      it('turns an open cart into an order', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const cart = aCart(c.id);
        await store.saveCart(cart);
        const { order, created } = await store.placeOrder(cart.id, orderFrom(cart));
        expect(created).to.equal(true);
        expect((await store.getOrder(order.id))?.lines).to.deep.equal(cart.lines);
        expect((await store.getCart(cart.id))?.status).to.equal('placed');
      });

      it('places a cart exactly once: a second call returns the same order and writes nothing', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const cart = aCart(c.id);
        await store.saveCart(cart);
        const first = await store.placeOrder(cart.id, orderFrom(cart));
        const second = await store.placeOrder(cart.id, { ...orderFrom(cart), placedAt: '2026-11-22T15:00:05Z' });
        expect(second.created).to.equal(false);
        expect(second.order.id).to.equal(first.order.id);
        expect(second.order.placedAt).to.equal(first.order.placedAt);
        expect(await store.recentOrders(c.id, new Date('2030-01-01'))).to.have.length(1);
      });

      it('places a cart once when two confirmations race', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const cart = aCart(c.id);
        await store.saveCart(cart);
        const results = await Promise.all([1, 2, 3].map(() => store.placeOrder(cart.id, orderFrom(cart))));
        expect(new Set(results.map((r) => r.order.id)).size).to.equal(1);
        expect(results.filter((r) => r.created)).to.have.length(1);
        expect(await store.recentOrders(c.id, new Date('2030-01-01'))).to.have.length(1);
      });

      it('refuses a discarded cart and an unknown one', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const cart = aCart(c.id);
        await store.saveCart(cart);
        await store.discardCart(cart.id);
        await expectRejection(store.placeOrder(cart.id, orderFrom(cart)));
        await expectRejection(store.placeOrder('no-such-cart', orderFrom(cart)));
        expect(await store.recentOrders(c.id, new Date('2030-01-01'))).to.have.length(0);
      });

      it('gives different carts different order numbers', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const ids = new Set<string>();
        for (let i = 0; i < 20; i++) {
          const cart = aCart(c.id);
          await store.saveCart(cart);
          ids.add((await store.placeOrder(cart.id, orderFrom(cart))).order.id);
        }
        expect(ids.size).to.equal(20);
      });
    });

    describe('carts', () => {
      it('updates the lines of an open cart', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const cart = aCart(c.id);
        await store.saveCart(cart);
        await store.saveCart({ ...cart, lines: [aLine('oat milk', { quantity: 5 })] });
        expect((await store.getCart(cart.id))?.lines[0].quantity).to.equal(5);
      });

      it('does not change a cart once it is placed or discarded', async () => {
        const c = aCustomer({ orders: [] });
        const store = await seeded(aSeed([c]));
        const placed = aCart(c.id);
        await store.saveCart(placed);
        await store.placeOrder(placed.id, orderFrom(placed));
        await store.saveCart({ ...placed, lines: [aLine('oat milk', { quantity: 9 })] });
        expect((await store.getCart(placed.id))?.lines[0].quantity).to.equal(2);
        await store.discardCart(placed.id);
        expect((await store.getCart(placed.id))?.status).to.equal('placed');
      });
    });

    describe('cancelOrder', () => {
      for (const status of ['shipped', 'out_for_delivery', 'delivered', 'cancelled'] as const) {
        it(`does not cancel an order that is ${status}`, async () => {
          const c = aCustomer({ orders: [anOrder({ id: 'o-1', status })] });
          const store = await seeded(aSeed([c]));
          expect(await store.cancelOrder('o-1')).to.equal(false);
          expect((await store.getOrder('o-1'))?.status).to.equal(status);
        });
      }

      it('cancels an order that is only placed, once', async () => {
        const c = aCustomer({ orders: [anOrder({ id: 'o-1', status: 'placed' })] });
        const store = await seeded(aSeed([c]));
        expect(await store.cancelOrder('o-1')).to.equal(true);
        expect((await store.getOrder('o-1'))?.status).to.equal('cancelled');
        expect(await store.cancelOrder('o-1')).to.equal(false);
      });

      it('cancels nothing for an unknown order', async () => {
        const store = await seeded(aSeed([aCustomer()]));
        expect(await store.cancelOrder('o-missing')).to.equal(false);
      });
    });

    describe('voice code', () => {
      it('starts with no failures and no lock', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const store = await seeded(aSeed([c]));
        expect(await store.voiceCodeState(c.id)).to.deep.equal({ failures: 0, lockedAt: undefined });
      });

      it('locks after the given number of failures, at the time of the last one', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const store = await seeded(aSeed([c]));
        expect((await store.recordVoiceCodeFailure(c.id, new Date('2026-11-22T15:00:00Z'), 3, 'r1')).lockedAt).to.equal(undefined);
        expect((await store.recordVoiceCodeFailure(c.id, new Date('2026-11-22T15:00:10Z'), 3, 'r2')).lockedAt).to.equal(undefined);
        const third = await store.recordVoiceCodeFailure(c.id, new Date('2026-11-22T15:00:20Z'), 3, 'r3');
        expect(third).to.deep.equal({ failures: 3, lockedAt: '2026-11-22T15:00:20.000Z' });
      });

      it('keeps the first lock time through later failures', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const store = await seeded(aSeed([c]));
        for (let i = 0; i < 3; i++) await store.recordVoiceCodeFailure(c.id, new Date(`2026-11-22T15:00:0${i}Z`), 3, `r${i}`);
        const later = await store.recordVoiceCodeFailure(c.id, new Date('2026-11-23T09:00:00Z'), 3, 'r9');
        expect(later.lockedAt).to.equal('2026-11-22T15:00:02.000Z');
      });

      it('clears failures and the lock on reset, for that customer only', async () => {
        const a = aCustomer({ voiceCode: '1234' });
        const b = aCustomer({ voiceCode: '1234' });
        const store = await seeded(aSeed([a, b]));
        for (let i = 0; i < 3; i++) {
          await store.recordVoiceCodeFailure(a.id, NOW, 3, `a${i}`);
          await store.recordVoiceCodeFailure(b.id, NOW, 3, `b${i}`);
        }
        await store.resetVoiceCode(a.id);
        expect(await store.voiceCodeState(a.id)).to.deep.equal({ failures: 0, lockedAt: undefined });
        expect((await store.voiceCodeState(b.id)).lockedAt).to.be.a('string');
      });

      it('counts a retried request (same request id) once', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const store = await seeded(aSeed([c]));
        await store.recordVoiceCodeFailure(c.id, NOW, 3, 'same');
        const again = await store.recordVoiceCodeFailure(c.id, NOW, 3, 'same');
        expect(again.failures).to.equal(1);
        expect((await store.recordVoiceCodeFailure(c.id, NOW, 3, 'next')).failures).to.equal(2);
      });

      it('keeps the lock across store clients, as another instance sees it', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const [first, second] = await harness.clients(aSeed([c]), 2);
        for (let i = 0; i < 3; i++) await first.recordVoiceCodeFailure(c.id, NOW, 3, `r${i}`);
        await first.close();
        expect((await second.voiceCodeState(c.id)).lockedAt).to.be.a('string');
        await second.close();
      });
    });

    describe('transcripts', () => {
      it('keeps each session\'s entries in the order they were added', async () => {
        const store = await seeded(aSeed([aCustomer()]));
        await store.appendTranscript('s-1', [{ at: NOW.toISOString(), from: 'shopper', text: 'reorder' }, { at: NOW.toISOString(), from: 'skill', text: 'From Harbor Goods…' }]);
        await store.appendTranscript('s-2', [{ at: NOW.toISOString(), from: 'shopper', text: 'other shopper' }]);
        await store.appendTranscript('s-1', [{ at: NOW.toISOString(), from: 'shopper', text: 'yes' }]);
        expect((await store.transcript('s-1')).map((e) => `${e.from}:${e.text}`)).to.deep.equal(['shopper:reorder', 'skill:From Harbor Goods…', 'shopper:yes']);
        expect(await store.transcript('s-unknown')).to.deep.equal([]);
      });
    });

    describe('handoff tickets', () => {
      it('stores a ticket with its transcript and gives it back by id', async () => {
        const c = aCustomer();
        const store = await seeded(aSeed([c]));
        const transcript = [{ at: NOW.toISOString(), from: 'shopper' as const, text: 'talk to a person' }];
        const ticket = await store.createHandoff({ customerId: c.id, sessionId: 's-1', platform: 'alexa', locale: 'en-US', createdAt: NOW.toISOString(), transcript });
        expect(await store.getHandoff(ticket.id)).to.deep.equal({ ...ticket, transcript });
      });

      it('gives every ticket its own reference', async () => {
        const c = aCustomer();
        const store = await seeded(aSeed([c]));
        const make = () => store.createHandoff({ customerId: c.id, sessionId: 's', platform: 'alexa', locale: 'en-US', createdAt: NOW.toISOString(), transcript: [] });
        const ids = new Set([(await make()).id, (await make()).id, (await make()).id]);
        expect(ids.size).to.equal(3);
      });

      it('finds no ticket for an unknown reference', async () => {
        const store = await seeded(aSeed([aCustomer()]));
        expect(await store.getHandoff('H-none')).to.equal(undefined);
      });
    });

    describe('seller and catalog', () => {
      it('fills in delivery days and tax rate the seed left out', async () => {
        const store = await seeded(aSeed([aCustomer()], { seller: { name: 'Harbor Goods' } }));
        expect(await store.seller()).to.deep.equal({ name: 'Harbor Goods', deliveryDays: 2, taxRate: 0 });
      });

      it('returns only the catalog entries asked for', async () => {
        const store = await seeded(aSeed([aCustomer()], {
          catalog: [
            { sku: 'A', name: 'a', unitPrice: 1, available: true },
            { sku: 'B', name: 'b', synonyms: ['bee'], unitPrice: 2, available: false },
          ],
        }));
        const items = await store.catalogItems(['B', 'Z']);
        expect(items).to.deep.equal([{ sku: 'B', name: 'b', synonyms: ['bee'], unitPrice: 2, available: false }]);
        expect(await store.catalogItems([])).to.deep.equal([]);
      });

      it('keeps the speech data of newer seeds: product grammar, seller names per locale, card brand and last four', async () => {
        const grammar = { en: { unit: { one: 'bag', other: 'bags' }, number: 'plural' as const }, ja: { unit: '袋' } };
        const c = aCustomer({ paymentMethod: { brand: 'Visa', last4: '4242' } });
        const store = await seeded(aSeed([c], {
          seller: { name: 'Harbor Goods', names: { ja: 'ハーバーグッズ' } },
          catalog: [{ sku: 'A', name: 'coffee beans', unitPrice: 1, available: true, grammar }],
        }));
        expect((await store.catalogItems(['A']))[0].grammar).to.deep.equal(grammar);
        expect((await store.seller()).names).to.deep.equal({ ja: 'ハーバーグッズ' });
        expect((await store.findCustomer({ accessToken: c.accessToken, platform: 'alexa' }))?.paymentMethod).to.deep.equal({ brand: 'Visa', last4: '4242' });
      });
    });

    describe('order numbers', () => {
      it('gives a new order another number when the one derived from its cart is taken', async () => {
        const c = aCustomer({ orders: [] });
        const cart = aCart(c.id);
        const taken = anOrder({ id: orderIdFor(cart.id, 0), status: 'delivered' });
        const store = await seeded(aSeed([c, aCustomer({ orders: [taken] })]));
        await store.saveCart(cart);
        const { order } = await store.placeOrder(cart.id, orderFrom(cart));
        expect(order.id).to.equal(orderIdFor(cart.id, 1));
        expect((await store.getOrder(taken.id))?.status).to.equal('delivered');
      });
    });

    describe('seeding', () => {
      it('counts as empty until a seed is loaded', async () => {
        const [store] = await harness.clients(aSeed([aCustomer()]), 1);
        expect(await store.isEmpty()).to.equal(false);
        await store.close();
      });

      it('loads the same seed twice without duplicating or changing anything', async () => {
        const c = aCustomer({ orders: [anOrder({ id: 'o-1', placedAt: '2026-11-01T10:00:00Z' }), anOrder({ id: 'o-2', placedAt: '2026-11-02T10:00:00Z' })] });
        const seed = aSeed([c], { catalog: [{ sku: 'A', name: 'a', unitPrice: 1, available: true }] });
        const store = await seeded(seed);
        const before = await store.recentOrders(c.id, EVER);
        await store.loadSeed(seed);
        expect(await store.recentOrders(c.id, EVER)).to.deep.equal(before);
        expect(await store.catalogItems(['A'])).to.have.length(1);
        expect((await store.findCustomer({ accessToken: c.accessToken, platform: 'alexa' }))?.id).to.equal(c.id);
      });

      it('takes the newer seed\'s version of an order and of a customer\'s platform ids', async () => {
        const c = aCustomer({ alexaUserIds: ['amzn-old'], orders: [anOrder({ id: 'o-1', placedAt: '2026-11-01T10:00:00Z', status: 'shipped' })] });
        const store = await seeded(aSeed([c]));
        const moved = { ...c, alexaUserIds: ['amzn-new'], orders: [anOrder({ id: 'o-1', placedAt: '2026-11-03T10:00:00Z', status: 'delivered' })] };
        await store.loadSeed(aSeed([moved]));
        const orders = await store.recentOrders(c.id, EVER);
        expect(orders.map((o) => [o.id, o.placedAt, o.status])).to.deep.equal([['o-1', '2026-11-03T10:00:00.000Z', 'delivered']]);
        expect((await store.getOrder('o-1'))?.placedAt).to.equal('2026-11-03T10:00:00.000Z');
        expect(await store.findCustomer({ platform: 'alexa', userId: 'amzn-old' })).to.equal(undefined);
        expect((await store.findCustomer({ platform: 'alexa', userId: 'amzn-new' }))?.id).to.equal(c.id);
      });
    });

    describe('several instances at once', () => {
      it('places exactly one order when many confirmations of the same cart race through several clients', async () => {
        const c = aCustomer({ orders: [] });
        const clients = await harness.clients(aSeed([c]), 4);
        const cart = aCart(c.id);
        await clients[0].saveCart(cart);
        const results = await Promise.all(Array.from({ length: 24 }, (_, i) =>
          clients[i % clients.length].placeOrder(cart.id, orderFrom(cart, new Date(NOW.getTime() + i * 1000).toISOString()))));
        expect(new Set(results.map((r) => r.order.id)).size).to.equal(1);
        expect(results.filter((r) => r.created)).to.have.length(1);
        expect(new Set(results.map((r) => r.order.placedAt)).size).to.equal(1);
        for (const client of clients) expect(await client.recentOrders(c.id, EVER)).to.have.length(1);
        expect((await clients[3].getOrder(results[0].order.id))?.lines).to.deep.equal(cart.lines);
        await Promise.all(clients.map((client) => client.close()));
      });

      it('places every cart once when many different carts are confirmed at the same time', async () => {
        const c = aCustomer({ orders: [] });
        const clients = await harness.clients(aSeed([c]), 3);
        const carts = Array.from({ length: 12 }, () => aCart(c.id));
        await Promise.all(carts.map((cart, i) => clients[i % clients.length].saveCart(cart)));
        const results = await Promise.all(carts.flatMap((cart, i) => [0, 1].map((k) =>
          clients[(i + k) % clients.length].placeOrder(cart.id, orderFrom(cart)))));
        expect(new Set(results.map((r) => r.order.id)).size).to.equal(12);
        expect(await clients[0].recentOrders(c.id, EVER, 100)).to.have.length(12);
        await Promise.all(clients.map((client) => client.close()));
      });

      it('counts a wrong voice code retried on several instances once', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const clients = await harness.clients(aSeed([c]), 3);
        await Promise.all(Array.from({ length: 9 }, (_, i) => clients[i % 3].recordVoiceCodeFailure(c.id, NOW, 3, 'same-request')));
        expect(await clients[1].voiceCodeState(c.id)).to.deep.equal({ failures: 1, lockedAt: undefined });
        await Promise.all(clients.map((client) => client.close()));
      });

      it('locks once, at the first locking failure, when failures arrive on several instances', async () => {
        const c = aCustomer({ voiceCode: '1234' });
        const clients = await harness.clients(aSeed([c]), 3);
        await Promise.all(Array.from({ length: 6 }, (_, i) =>
          clients[i % 3].recordVoiceCodeFailure(c.id, new Date(NOW.getTime() + i * 1000), 3, `r${i}`)));
        const state = await clients[2].voiceCodeState(c.id);
        expect(state.failures).to.equal(6);
        expect(state.lockedAt).to.be.a('string');
        await Promise.all(clients.map((client) => client.close()));
      });

      it('gives handoffs created at the same time on several instances their own references', async () => {
        const c = aCustomer();
        const clients = await harness.clients(aSeed([c]), 3);
        const tickets = await Promise.all(Array.from({ length: 9 }, (_, i) => clients[i % 3].createHandoff({
          customerId: c.id, sessionId: `s-${i}`, platform: 'alexa', locale: 'en-US', createdAt: NOW.toISOString(), transcript: [],
        })));
        expect(new Set(tickets.map((t) => t.id)).size).to.equal(9);
        await Promise.all(clients.map((client) => client.close()));
      });
    });
  });
}

async function expectRejection(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch {
    return;
  }
  throw new Error('expected the call to fail');
}
