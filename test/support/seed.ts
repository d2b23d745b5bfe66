// Small factories for seeds, so each test states only what matters to it.
import type { Seed } from '../../lambda/store/seed.js';

type SeedCustomer = Seed['customers'][number];
type SeedOrder = SeedCustomer['orders'][number];
type SeedLine = SeedOrder['lines'][number];

let counter = 0;

export function aLine(name: string, overrides: Partial<SeedLine> = {}): SeedLine {
  // Letters of every script count, so "コーヒー豆" and "オーツミルク" get different skus (\W would make both "SKU--").
  return { sku: `SKU-${name.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`, name, quantity: 1, unitPrice: 5, ...overrides };
}

export function anOrder(overrides: Partial<SeedOrder> = {}): SeedOrder {
  counter += 1;
  return {
    id: `o-test-${counter}`,
    placedAt: '2026-11-01T10:00:00Z',
    status: 'delivered',
    lines: [aLine('coffee beans', { quantity: 2, unitPrice: 12.5 })],
    shippingFee: 4.99,
    taxIncluded: true,
    shipment: { carrier: 'UPS', eta: '2026-11-03', deliveredAt: '2026-11-03T15:00:00Z' },
    ...overrides,
  };
}

export function aCustomer(overrides: Partial<SeedCustomer> = {}): SeedCustomer {
  counter += 1;
  return {
    id: `c-test-${counter}`,
    name: 'Robin',
    locale: 'en-US',
    timeZone: 'America/Chicago',
    currency: 'USD',
    accessToken: `token-test-${counter}`,
    alexaUserIds: [`amzn1.ask.account.TEST${counter}`],
    address: { label: 'home', line1: '12 Elm Street', city: 'Madison', postalCode: '53703', country: 'US' },
    paymentMethod: { label: 'Mastercard ending in 1111' },
    orders: [anOrder()],
    ...overrides,
  };
}

export function aSeed(customers: SeedCustomer[], overrides: Partial<Seed> = {}): Seed {
  return { seller: { name: 'Harbor Goods' }, customers, ...overrides };
}
