// The commerce port: what the merchant's shop owns (shoppers, orders with shipments, catalog, placing and cancelling
// orders, policies). One connector per shop system: the embedded shop (SQLite/DynamoDB + seed), Vendure, Shopify...
// The skill's own state (carts, voice-code attempts, transcripts, tickets, outbox) is the conversation store's, not
// this port's. Every connector passes test/commerce/contract.test.ts; what each method must guarantee is written here.
//
// Rules for every method:
// - Times are ISO 8601 instants (`placedAt`, `deliveredAt`); an expected delivery (`eta`) is a calendar day
//   YYYY-MM-DD in the shopper's time zone.
// - Money is a decimal amount in the shopper's currency (12.99 USD, 1200 JPY): connectors whose shop counts minor
//   units (Vendure, Shopify's `amount` strings aside) convert with the currency's digits (see ./money.ts).
// - A method never returns data of a shopper other than the one it was asked about.
// - A shop that cannot answer (timeout, network, 5xx, an unexpected error from the shop) throws CommerceUnavailable,
//   never a partial result and never a half-written order: the core turns it into a short spoken apology.
//   Asking about something that does not exist is not a failure: it returns undefined / an empty list / a result.
import type { CatalogItem, Customer, Order, OrderLine, OrderMailDraft, Seller } from '../store/types.js';

export type { CatalogItem, Customer, Order, OrderLine, Seller } from '../store/types.js';

/** Who is talking, as far as the platform and account linking can tell. */
export interface LinkedIdentity {
  platform: string;
  /** The shop's own id for the shopper, proven by a verified account-linking token (see lambda/server/account-linking). */
  subject?: string;
  /** A raw access token the platform sent that is not one of our linking tokens (the embedded shop's seed tokens). */
  accessToken?: string;
  /** The platform's user id (a device/voice profile), for shops that map those to shoppers. */
  userId?: string;
}

/** A confirmed cart, as the shopper heard it read back. */
export interface ConfirmedCart {
  shopperId: string;
  lines: OrderLine[];
  shippingFee: number;
  taxIncluded: boolean;
  /** The instant the shopper said yes: the order's `placedAt` where the shop lets us set it. */
  confirmedAt: string;
  /** The delivery day we told the shopper, and who delivers, for shops with no shipping estimate of their own. */
  eta?: string;
  carrier?: string;
  /** The order e-mail, for a connector with `queuesOrderMail`: queued with the order, both or neither. */
  mail?: OrderMailDraft;
}

export interface PlacedOrder {
  order: Order;
  /** false when this key had already placed the order (a retry): nothing new was created, the same order returns. */
  created: boolean;
}

export type CancelOutcome =
  /** Cancelled now, or already cancelled by an earlier call with the same key. */
  | 'cancelled'
  /** It has shipped (or is otherwise past cancelling): nothing changed. */
  | 'too_late'
  /** No such order for this shopper (including another shopper's order): nothing changed. */
  | 'not_found';

export interface ShopPolicies {
  /** The returns policy as a short text the skill may read out, in the asked locale when the shop has it. */
  returns?: string;
  /** Where a person can help (phone, e-mail, web), for handoff answers. */
  supportContact?: string;
}

export interface Commerce {
  /** Short name for logs and /health ("embedded", "vendure"). */
  readonly name: string;
  /** Whether the skill's order e-mails go through this connector (queued with the order in the same transaction:
   * the embedded shop). A connected shop system sends its own confirmation and cancellation e-mails. */
  readonly queuesOrderMail: boolean;

  /** The seller as the conversation names it, its delivery days and tax rate. Cheap: connectors cache it. */
  seller(): Promise<Seller>;

  /** The shopper behind an identity, or undefined when the identity is not linked to anyone.
   * A `subject` wins; otherwise the connector may map `accessToken` or `userId` itself. Never guesses. */
  shopperFor(identity: LinkedIdentity): Promise<Customer | undefined>;

  /** Checks an e-mail and password against the shop's accounts (the account-linking login page).
   * Returns the shopper's id (the `subject` of the tokens we issue) or undefined for wrong credentials;
   * never says which of the two was wrong. */
  authenticate(email: string, password: string): Promise<string | undefined>;

  /** The shopper's orders placed at or before `asOf`, newest first, at most `limit`, each with its lines and its
   * shipment (carrier, tracking id, ETA day, delivered instant) when it has one. Only that shopper's orders. */
  recentOrders(shopperId: string, asOf: Date, limit?: number): Promise<Order[]>;

  /** One order of this shopper; undefined when it does not exist or belongs to someone else. */
  order(shopperId: string, orderId: string): Promise<Order | undefined>;

  /** Price and availability of the given SKUs in the shopper's currency; unknown SKUs are left out. `synonyms` lists
   * what the product is called in `locale` (the product grammar) when the shop has it. */
  catalog(skus: string[], locale: string): Promise<CatalogItem[]>;

  /** Places the confirmed cart with the shopper's address and payment method on file, exactly once per key:
   * a second call with the same key returns the same order with `created: false` and changes nothing, even after a
   * timeout of the first call. On failure nothing is left half-made: no order, or one the same key finds again. */
  placeOrder(cart: ConfirmedCart, idempotencyKey: string): Promise<PlacedOrder>;

  /** Cancels an order of this shopper that has not shipped. Repeating it with the same key answers the same. */
  cancelOrder(shopperId: string, orderId: string, idempotencyKey: string, mail?: OrderMailDraft): Promise<CancelOutcome>;

  /** The shop's policies in the locale (language fallback to the shop's default). */
  policies(locale: string): Promise<ShopPolicies>;

  close(): Promise<void>;
}

/** The shop did not answer in time or answered with an error: say sorry, keep nothing half-done. */
export class CommerceUnavailable extends Error {
  constructor(readonly operation: string, options?: { cause?: unknown }) {
    super(`the shop could not ${operation}${options?.cause instanceof Error ? `: ${options.cause.message}` : ''}`, options);
    this.name = 'CommerceUnavailable';
  }
}
