// One shopper in one locale, talking to a fresh store seeded by the factories (SQLite :memory:, or a DynamoDB
// table with TEST_STORE=dynamodb or the `store` option).
import type { Policy } from '../../lambda/core/context.js';
import type { Seed } from '../../lambda/store/seed.js';
import type { PendingCart } from '../../lambda/store/types.js';
import type { Store } from '../../lambda/store/port.js';
import type { SeedTarget } from '../../lambda/store/seeding.js';
import type { HandoffTicket } from '../../lambda/store/types.js';
import { FakeShopper, shopperOn, type ShopperOptions } from './fake-platform.js';
import { customerIn, DEFAULT_NOW, seedIn, type LocaleCase } from './locales.js';
import { ordersOf, placedOrders, recording } from './store-doubles.js';
import { testStore, type StoreKind } from './stores.js';
import type { Via } from './transports.js';

type SeedCustomer = Seed['customers'][number];

export interface Scenario {
  lc: LocaleCase;
  seed: Seed;
  customer: SeedCustomer;
  store: Store & SeedTarget;
  shopper: FakeShopper;
  now: string;
  /** How the shopper reaches the core: directly or through a platform adapter. */
  via: Via;
  /** Handoff tickets the conversation created, in order. */
  handoffs: HandoffTicket[];
  /** Another device (a new session) of the same shopper on the same store. */
  anotherSession(options?: ShopperOptions): FakeShopper;
  /** The cart waiting for the shopper's yes, as the store holds it. */
  cart(): Promise<PendingCart | undefined>;
  /** Orders the conversation placed (not the seeded ones). */
  placed(): Promise<Awaited<ReturnType<typeof ordersOf>>>;
}

export interface ScenarioOptions {
  customer?: Partial<SeedCustomer>;
  seed?: Partial<Seed>;
  now?: string;
  /** Wrap the store (e.g. to record or fail calls) before the shopper talks to it. */
  wrap?: (store: Store) => Store;
  /** Through which adapter the shopper talks (default: straight to the core). */
  via?: Via;
  /** Which store implementation (default: TEST_STORE, else sqlite). */
  store?: StoreKind;
  /** The deployment's rules (purchase limit); the default policy when unset. */
  policy?: Policy;
  /** false: the answers stay out of the voice lint (random fuzz data says nothing about wording or length). */
  voiceLint?: boolean;
}

export function scenarioIn(lc: LocaleCase, options: ScenarioOptions = {}): Scenario {
  const customer = customerIn(lc, options.customer);
  const seed = seedIn(lc, customer, options.seed);
  const store = testStore(seed, options.store);
  const now = options.now ?? DEFAULT_NOW;
  const recorder = recording(store);
  const talkTo = options.wrap ? options.wrap(recorder.store) : recorder.store;
  const via = options.via ?? 'core';
  const base: ShopperOptions = { locale: lc.locale, platform: lc.platform, accessToken: customer.accessToken, now, via, policy: options.policy, voiceLint: options.voiceLint };
  const shopper = shopperOn(talkTo, base);
  return {
    lc, seed, customer, store, shopper, now, via, handoffs: recorder.handoffs,
    anotherSession: (o = {}) => shopperOn(talkTo, { ...base, ...o }),
    async cart() {
      const pending = shopper.last?.state.pending;
      const cartId = pending && 'cartId' in pending ? pending.cartId : undefined;
      return cartId ? store.getCart(cartId) : undefined;
    },
    placed: () => placedOrders(store, customer.id),
  };
}

/** sku -> quantity of a cart or order, for comparing contents without caring about order or price. */
export function quantities(lines: { sku: string; quantity: number }[] | undefined): Record<string, number> {
  return Object.fromEntries((lines ?? []).map((l) => [l.sku, l.quantity]));
}
