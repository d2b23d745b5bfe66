// The single-table layout: every item's key, and the conversions between items and the domain records.
// README "DynamoDB store" lists the access pattern each key serves.
import type { Seed } from '../seed.js';
import { sellerOf } from '../seeding.js';
import type {
  Customer, HandoffTicket, Order, OrderLine, PendingCart, Seller, TranscriptEntry,
} from '../types.js';
import { IDENTITY_ATTRIBUTE, TTL_ATTRIBUTE } from './table.js';

export type Item = Record<string, unknown>;
export interface Key { pk: string; sk: string }

export const keys = {
  seller: (): Key => ({ pk: 'SELLER', sk: 'SELLER' }),
  handoffCounter: (): Key => ({ pk: 'SELLER', sk: 'HANDOFF_COUNTER' }),
  customer: (customerId: string): Key => ({ pk: `CUSTOMER#${customerId}`, sk: 'PROFILE' }),
  platformUser: (customerId: string, platform: string, userId: string): Key => ({ pk: `CUSTOMER#${customerId}`, sk: `USER#${platform}#${userId}` }),
  /** E-mail and password hash for the account-linking login page, found by e-mail through the identity index. */
  login: (customerId: string): Key => ({ pk: `CUSTOMER#${customerId}`, sk: 'LOGIN' }),
  /** In the customer's partition, sorted by the instant it was placed: recent orders are one query. */
  order: (customerId: string, placedAt: string, orderId: string): Key => ({ pk: `CUSTOMER#${customerId}`, sk: `ORDER#${placedAt}#${orderId}` }),
  /** Order id -> where the order lives; written first to reserve a new order number. */
  orderRef: (orderId: string): Key => ({ pk: `ORDER#${orderId}`, sk: 'REF' }),
  voiceCode: (customerId: string): Key => ({ pk: `CUSTOMER#${customerId}`, sk: 'VOICE_CODE' }),
  catalog: (sku: string): Key => ({ pk: `CATALOG#${sku}`, sk: 'ITEM' }),
  cart: (cartId: string): Key => ({ pk: `CART#${cartId}`, sk: 'CART' }),
  /** The idempotency item of a confirmation: which order the cart became. Outlives the cart. */
  placed: (cartId: string): Key => ({ pk: `CART#${cartId}`, sk: 'PLACED' }),
  transcript: (sessionId: string): Key => ({ pk: `SESSION#${sessionId}`, sk: 'TRANSCRIPT' }),
  handoff: (ticketId: string): Key => ({ pk: `HANDOFF#${ticketId}`, sk: 'TICKET' }),
};

/** Sort-key bounds of a customer's orders placed at or before `asOf` ('$' sorts right after '#'). */
export function orderRange(asOf: Date): { from: string; to: string } {
  return { from: 'ORDER#', to: `ORDER#${asOf.toISOString()}$` };
}

export const identity = {
  token: (accessToken: string) => `token#${accessToken}`,
  platformUser: (platform: string, userId: string) => `${platform}#${userId}`,
  email: (email: string) => `email#${email.trim().toLowerCase()}`,
};

/** Instants are stored in one form (UTC, milliseconds) so that sort keys order by the instant. */
export function instant(iso: string): string {
  return new Date(iso).toISOString();
}

export function expiresIn(seconds: number, now = Date.now()): number {
  return Math.floor(now / 1000) + seconds;
}

// ------------------------------------------------------------------------------------------- to items

export function sellerItem(seller: Seller): Item {
  return {
    ...keys.seller(), type: 'seller', name: seller.name, deliveryDays: seller.deliveryDays, taxRate: seller.taxRate,
    ...(seller.names ? { names: seller.names } : {}),
    ...(seller.returnsPolicy ? { returnsPolicy: seller.returnsPolicy } : {}),
  };
}

type SeedCustomer = Seed['customers'][number];

function profile(c: SeedCustomer): Item {
  return {
    customerId: c.id, name: c.name, locale: c.locale, timeZone: c.timeZone, currency: c.currency,
    voiceCode: c.voiceCode, address: c.address, paymentMethod: c.paymentMethod, email: c.email,
  };
}

export function customerItem(c: SeedCustomer): Item {
  return { ...keys.customer(c.id), type: 'customer', [IDENTITY_ATTRIBUTE]: identity.token(c.accessToken), ...profile(c) };
}

/** The login item, when the seed gives the customer an e-mail and a password hash. */
export function loginItems(c: SeedCustomer): Item[] {
  if (!c.email || !c.passwordHash) return [];
  return [{ ...keys.login(c.id), type: 'login', customerId: c.id, [IDENTITY_ATTRIBUTE]: identity.email(c.email), passwordHash: c.passwordHash }];
}

/** One per platform user id, with a copy of the profile so that the lookup needs no second read. */
export function platformUserItems(c: SeedCustomer): Item[] {
  const ids = [
    ...(c.alexaUserIds ?? []).map((u) => ['alexa', u] as const),
    ...(c.googleUserIds ?? []).map((u) => ['google', u] as const),
  ];
  return ids.map(([platform, userId]) => ({
    ...keys.platformUser(c.id, platform, userId), type: 'platformUser', platform, userId,
    [IDENTITY_ATTRIBUTE]: identity.platformUser(platform, userId), ...profile(c),
  }));
}

export function orderItem(order: Order, cartId?: string): Item {
  const placedAt = instant(order.placedAt);
  return {
    ...keys.order(order.customerId, placedAt, order.id), type: 'order',
    orderId: order.id, customerId: order.customerId, placedAt, status: order.status, lines: order.lines,
    shippingFee: order.shippingFee, taxIncluded: order.taxIncluded, shipment: order.shipment, cartId,
  };
}

export function orderRefItem(order: Order): Item {
  return { ...keys.orderRef(order.id), type: 'orderRef', customerId: order.customerId, orderKey: orderItemSk(order) };
}

export function orderItemSk(order: Pick<Order, 'customerId' | 'placedAt' | 'id'>): string {
  return keys.order(order.customerId, instant(order.placedAt), order.id).sk;
}

export function catalogItem(item: NonNullable<Seed['catalog']>[number]): Item {
  return {
    ...keys.catalog(item.sku), type: 'catalog', sku: item.sku, name: item.name, synonyms: item.synonyms ?? [],
    unitPrice: item.unitPrice, available: item.available, ...(item.grammar ? { grammar: item.grammar } : {}),
  };
}

/** Everything a seed writes, the seller last: its presence marks the store as seeded. */
export function seedItems(seed: Seed): { items: Item[]; seller: Item; orders: Order[] } {
  const items: Item[] = [];
  const orders: Order[] = [];
  for (const c of seed.customers) {
    items.push(customerItem(c), ...platformUserItems(c), ...loginItems(c));
    for (const o of c.orders) {
      const order: Order = { ...o, customerId: c.id, placedAt: instant(o.placedAt) };
      orders.push(order);
      items.push(orderItem(order), orderRefItem(order));
    }
  }
  for (const entry of seed.catalog ?? []) items.push(catalogItem(entry));
  return { items, seller: sellerItem(sellerOf(seed)), orders };
}

// ----------------------------------------------------------------------------------------- from items

const str = (v: unknown) => String(v);
const optional = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

export function toSeller(item: Item): Partial<Seller> {
  const out: Partial<Seller> = { name: str(item.name) };
  if (typeof item.deliveryDays === 'number') out.deliveryDays = item.deliveryDays;
  if (typeof item.taxRate === 'number') out.taxRate = item.taxRate;
  if (item.names && typeof item.names === 'object') out.names = item.names as Record<string, string>;
  if (item.returnsPolicy && typeof item.returnsPolicy === 'object') {
    out.returnsPolicy = Object.fromEntries(Object.entries(item.returnsPolicy as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  }
  return out;
}

export function toCustomer(item: Item): Customer {
  return {
    id: str(item.customerId), name: str(item.name), locale: str(item.locale), timeZone: str(item.timeZone), currency: str(item.currency),
    voiceCode: optional(item.voiceCode), address: item.address as Customer['address'], paymentMethod: item.paymentMethod as Customer['paymentMethod'],
    email: optional(item.email),
  };
}

export function toOrder(item: Item): Order {
  return {
    id: str(item.orderId), customerId: str(item.customerId), placedAt: str(item.placedAt), status: item.status as Order['status'],
    lines: (item.lines as OrderLine[]).map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, unitPrice: l.unitPrice })),
    shippingFee: Number(item.shippingFee), taxIncluded: item.taxIncluded === true,
    shipment: (item.shipment as Order['shipment']) ?? undefined,
  };
}

export function toCart(item: Item): PendingCart {
  return {
    id: str(item.cartId), customerId: str(item.customerId), createdAt: str(item.createdAt), status: item.status as PendingCart['status'],
    lines: item.lines as OrderLine[], shippingFee: Number(item.shippingFee), taxIncluded: item.taxIncluded === true,
    orderId: optional(item.orderId),
  };
}

export function toHandoff(item: Item): HandoffTicket {
  return {
    id: str(item.ticketId), customerId: str(item.customerId), sessionId: str(item.sessionId), platform: str(item.platform),
    locale: str(item.locale), createdAt: str(item.createdAt), transcript: (item.transcript as TranscriptEntry[]) ?? [],
  };
}

export { TTL_ATTRIBUTE };
