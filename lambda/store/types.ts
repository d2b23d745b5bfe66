// Domain records shared by every store implementation and the core.

export type OrderStatus = 'placed' | 'shipped' | 'out_for_delivery' | 'delivered' | 'cancelled';

export interface Address {
  label: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface Customer {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  currency: string;
  voiceCode?: string;
  address: Address;
  paymentMethod: PaymentMethod;
  /** Where order e-mails go; without it no e-mail is sent (and none is promised). */
  email?: string;
}

/** A card on file: the brand and last four digits apart, so the digits are spoken one by one; `label` for old seeds. */
export interface PaymentMethod {
  label?: string;
  brand?: string;
  last4?: string;
}

export interface OrderLine {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface Shipment {
  carrier: string;
  trackingId?: string;
  lastLocation?: string;
  /** Expected delivery day, a local calendar date (YYYY-MM-DD) in the shopper's time zone. */
  eta?: string;
  deliveredAt?: string;
}

export interface Order {
  id: string;
  customerId: string;
  placedAt: string;
  status: OrderStatus;
  lines: OrderLine[];
  shippingFee: number;
  taxIncluded: boolean;
  shipment?: Shipment;
}

export interface CatalogItem {
  sku: string;
  name: string;
  synonyms: string[];
  unitPrice: number;
  available: boolean;
  /** How the product is spoken, per language ("en", "de", …): its unit, gender, article and case forms. */
  grammar?: Record<string, ProductGrammar>;
}

/**
 * A unit with its singular and plural ("bag"/"bags"); Japanese and Chinese counters are one word ("袋"). `gender`
 * (German, Italian) lets one unit take its article: "mit einer Packung", "con una confezione".
 */
export type Unit = string | { one: string; other: string; gender?: 'm' | 'f' | 'n' };

export interface ProductGrammar {
  /** What it is counted in: "2 bags of coffee beans", "2 Packungen Kaffeebohnen", "コーヒー豆2袋". */
  unit?: Unit;
  /** The name's own plural when counted without a unit: "2 desk lamps", "2 Schreibtischlampen". */
  plural?: string;
  /** Grammatical gender of the name (German, Italian). */
  gender?: 'm' | 'f' | 'n';
  /** "plural" for names that are plural nouns: "coffee beans", "Kaffeebohnen", "capsule". */
  number?: 'singular' | 'plural';
  /** The definite article where it cannot be derived (Italian "lo", "l'"). */
  article?: string;
  /** German: the name after a definite article, by case, where it differs ("entkoffeinierten Kaffeekapseln"). */
  cases?: { nom?: string; acc?: string; dat?: string; gen?: string };
}

export interface Seller {
  name: string;
  /** The name as said in a locale or language ("ja": "ノースウィンドマーケット"); `name` elsewhere. */
  names?: Record<string, string>;
  /** Business days from order to delivery for a new order. */
  deliveryDays: number;
  /** Tax rate added to orders whose prices exclude tax (0 when prices include it). */
  taxRate: number;
  /** How returns work, said to a shopper who wants to send something back; by language ("de") or locale ("en-GB"). */
  returnsPolicy?: Record<string, string>;
}

export type CartLine = OrderLine;

export interface PendingCart {
  id: string;
  customerId: string;
  createdAt: string;
  status: 'open' | 'placed' | 'discarded';
  lines: CartLine[];
  shippingFee: number;
  taxIncluded: boolean;
  orderId?: string;
}

export interface VoiceCodeState {
  failures: number;
  lockedAt?: string;
}

export interface TranscriptEntry {
  at: string;
  from: 'shopper' | 'skill';
  text: string;
}

export interface HandoffTicket {
  id: string;
  customerId: string;
  sessionId: string;
  platform: string;
  locale: string;
  createdAt: string;
  transcript: TranscriptEntry[];
}

export interface ShopperIdentity {
  accessToken?: string;
  platform: string;
  userId?: string;
}

export type OrderMailKind = 'placed' | 'cancelled';

/**
 * What an order e-mail says, captured with the order (or its cancellation) so that the e-mail tells exactly what
 * the shopper heard, however long it waits in the outbox. The store adds the order number.
 */
export interface OrderMailDraft {
  kind: OrderMailKind;
  to: string;
  name: string;
  locale: string;
  timeZone: string;
  currency: string;
  seller: string;
  lines: OrderLine[];
  shippingFee: number;
  tax: number;
  total: number;
  taxIncluded: boolean;
  /** The delivery address's label ("home"), street and city. */
  addressLabel: string;
  line1: string;
  city: string;
  /** Expected delivery day, YYYY-MM-DD in the shopper's time zone. */
  deliveryDay?: string;
}

export interface OrderMail extends OrderMailDraft {
  orderId: string;
}

/** 'held' (DynamoDB only): written before the order changed, promoted once it did (see dynamodb/outbox.ts). */
export type OutboxStatus = 'held' | 'pending' | 'sent' | 'failed';

/** One outgoing e-mail in the outbox. Its id (order number and kind) is also its Message-ID, so it is sent once. */
export interface OutboxMessage {
  id: string;
  mail: OrderMail;
  status: OutboxStatus;
  /** Delivery attempts started (a claim counts, so a sender that crashes mid-send uses one up). */
  attempts: number;
  /** When it may next be tried; while a sender holds it, the end of that sender's lease. */
  nextAttemptAt: string;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
}
