// The persistence port the core talks to. Every method is async so that remote stores fit the same shape.
import type {
  CatalogItem, Customer, HandoffTicket, Order, PendingCart, Seller, ShopperIdentity, TranscriptEntry, VoiceCodeState,
} from './types.js';

export interface PlaceResult {
  order: Order;
  /** false when the cart had already been placed (a retried confirmation): nothing new was written. */
  created: boolean;
}

/** What the skill owns whatever the shop (README "Connect your shop"): carts, voice-code attempts, transcripts,
 * handoff tickets. The core reaches shop data only through the commerce port (../commerce/port.ts). */
export type ConversationStore = Pick<Store,
  'saveCart' | 'getCart' | 'discardCart' | 'markCartPlaced' | 'voiceCodeState' | 'recordVoiceCodeFailure' | 'resetVoiceCode'
  | 'appendTranscript' | 'transcript' | 'createHandoff' | 'getHandoff' | 'close'>;

/** The conversation store and the embedded shop in one (SQLite or DynamoDB, loaded from a seed). */
export interface Store {
  seller(): Promise<Seller>;
  /** Access token first, then the platform's user id. */
  findCustomer(who: ShopperIdentity): Promise<Customer | undefined>;
  /** The customer with this id (a linked shopper's `subject`). */
  customerById(customerId: string): Promise<Customer | undefined>;
  /** Id and scrypt password hash of the customer with this e-mail (seed fields `email`, `passwordHash`), if any. */
  customerCredentials(email: string): Promise<{ customerId: string; passwordHash: string } | undefined>;
  /** Orders placed at or before `asOf`, newest first. */
  recentOrders(customerId: string, asOf: Date, limit?: number): Promise<Order[]>;
  getOrder(orderId: string): Promise<Order | undefined>;
  catalogItems(skus: string[]): Promise<CatalogItem[]>;

  saveCart(cart: PendingCart): Promise<void>;
  getCart(cartId: string): Promise<PendingCart | undefined>;
  discardCart(cartId: string): Promise<void>;
  /** Turns an open cart into an order exactly once; a second call returns the same order. */
  placeOrder(cartId: string, order: Omit<Order, 'id'>): Promise<PlaceResult>;
  /** Records that an open cart became an order a connected shop placed (the embedded shop's placeOrder does it
   * itself); a cart no longer open is left as it is. */
  markCartPlaced(cartId: string, orderId: string): Promise<void>;
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
