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
