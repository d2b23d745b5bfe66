// The persistence port the core talks to. Every method is async so that remote stores fit the same shape.
import type {
  CatalogItem, Customer, HandoffTicket, Order, PendingCart, Seller, ShopperIdentity, TranscriptEntry, VoiceCodeState,
} from './types.js';

export interface PlaceResult {
  order: Order;
  /** false when the cart had already been placed (a retried confirmation): nothing new was written. */
  created: boolean;
}

export interface Store {
  seller(): Promise<Seller>;
  /** Access token first, then the platform's user id. */
  findCustomer(who: ShopperIdentity): Promise<Customer | undefined>;
  /** Orders placed at or before `asOf`, newest first. */
  recentOrders(customerId: string, asOf: Date, limit?: number): Promise<Order[]>;
  getOrder(orderId: string): Promise<Order | undefined>;
  catalogItems(skus: string[]): Promise<CatalogItem[]>;

  saveCart(cart: PendingCart): Promise<void>;
  getCart(cartId: string): Promise<PendingCart | undefined>;
  discardCart(cartId: string): Promise<void>;
  /** Turns an open cart into an order exactly once; a second call returns the same order. */
  placeOrder(cartId: string, order: Omit<Order, 'id'>): Promise<PlaceResult>;
  /** Cancels the order only while it has not shipped; returns whether it did. */
  cancelOrder(orderId: string): Promise<boolean>;

  voiceCodeState(customerId: string): Promise<VoiceCodeState>;
  /** Counts one wrong code; the same request seen again (a platform retry) is not counted twice. */
  recordVoiceCodeFailure(customerId: string, at: Date, lockAfter: number, requestId: string): Promise<VoiceCodeState>;
  resetVoiceCode(customerId: string): Promise<void>;

  appendTranscript(sessionId: string, entries: TranscriptEntry[]): Promise<void>;
  transcript(sessionId: string): Promise<TranscriptEntry[]>;
  createHandoff(ticket: Omit<HandoffTicket, 'id'>): Promise<HandoffTicket>;
  getHandoff(ticketId: string): Promise<HandoffTicket | undefined>;

  close(): Promise<void>;
}
