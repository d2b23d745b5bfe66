// Every port method once, plus seeding an empty and a seeded store: what a store does in its life, for tests
// that check how it talks to its database (which operations, never a Scan, what the IAM role must allow).
import type { Store } from '../../lambda/store/port.js';
import type { Seed } from '../../lambda/store/seed.js';
import type { SeedTarget } from '../../lambda/store/seeding.js';
import { aCustomer, aLine, aSeed } from './seed.js';

const NOW = new Date('2026-11-22T15:00:00Z');

export function workloadSeed(): Seed {
  return aSeed([aCustomer({ googleUserIds: ['g-workload'] })], { catalog: [{ sku: 'A', name: 'a', unitPrice: 1, available: true }] });
}

export async function exerciseEveryMethod(store: Store & SeedTarget, seed: Seed): Promise<void> {
  const customer = seed.customers[0];
  await store.isEmpty();
  await store.loadSeed(seed);
  await store.loadSeed(seed); // again, into a seeded store
  await store.seller();
  await store.findCustomer({ accessToken: customer.accessToken, platform: 'alexa' });
  await store.findCustomer({ platform: 'google', userId: 'g-workload' });
  await store.recentOrders(customer.id, NOW);
  await store.catalogItems(['A']);
  const cart = { id: `cart-workload-${Math.random()}`, customerId: customer.id, createdAt: NOW.toISOString(), status: 'open' as const, lines: [aLine('a')], shippingFee: 1, taxIncluded: true };
  await store.saveCart(cart);
  await store.getCart(cart.id);
  const data = { customerId: customer.id, placedAt: NOW.toISOString(), status: 'placed' as const, lines: cart.lines, shippingFee: 1, taxIncluded: true };
  const mail = { kind: 'placed' as const, to: 'w@example.com', name: 'W', locale: 'en-US', timeZone: 'UTC', currency: 'USD', seller: 'S',
    lines: cart.lines, shippingFee: 1, tax: 0, total: 6, taxIncluded: true, addressLabel: 'home', line1: '1 Road', city: 'Town' };
  const { order } = await store.placeOrder(cart.id, data, mail);
  await store.placeOrder(cart.id, data, mail);
  await store.getOrder(order.id);
  await store.cancelOrder(order.id, { ...mail, kind: 'cancelled' });
  // The order e-mail outbox, as a sender uses it (lambda/mail/sender.ts).
  if (store.outbox) {
    const later = new Date(Date.now() + 10 * 60_000);
    const [due] = await store.outbox.due(later, 10);
    await store.outbox.claim(due.id, later, new Date(later.getTime() + 60_000));
    await store.outbox.markFailed(due.id, 'refused', later);
    await store.outbox.claim(due.id, later, new Date(later.getTime() + 60_000));
    await store.outbox.markSent(due.id, later);
    await store.outbox.get(due.id);
  }
  const other = { ...cart, id: `${cart.id}-discarded` };
  await store.saveCart(other);
  await store.discardCart(other.id);
  await store.recordVoiceCodeFailure(customer.id, NOW, 1, 'r1');
  await store.recordVoiceCodeFailure(customer.id, NOW, 1, 'r1');
  await store.voiceCodeState(customer.id);
  await store.resetVoiceCode(customer.id);
  await store.appendTranscript('s-workload', [{ at: NOW.toISOString(), from: 'shopper', text: 'hi' }]);
  await store.transcript('s-workload');
  const ticket = await store.createHandoff({ customerId: customer.id, sessionId: 's-workload', platform: 'alexa', locale: 'en-US', createdAt: NOW.toISOString(), transcript: [] });
  await store.getHandoff(ticket.id);
}
