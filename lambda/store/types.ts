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
  paymentMethod: { label: string };
  /** Where order e-mails go; without it no e-mail is sent (and none is promised). */
  email?: string;
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
}

export interface Seller {
  name: string;
  /** Business days from order to delivery for a new order. */
  deliveryDays: number;
  /** Tax rate added to orders whose prices exclude tax (0 when prices include it). */
  taxRate: number;
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
