// The persistence port the core talks to. Every method is async so that remote stores fit the same shape.
import type {
  CatalogItem, Customer, HandoffTicket, Order, OrderMailDraft, OutboxMessage, PendingCart, Seller, ShopperIdentity,
  TranscriptEntry, VoiceCodeState,
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
  /** Turns an open cart into an order exactly once; a second call returns the same order. With `mail`, the
   * order's e-mail enters the outbox together with the order: both or neither, once. */
  placeOrder(cartId: string, order: Omit<Order, 'id'>, mail?: OrderMailDraft): Promise<PlaceResult>;
  /** Cancels the order only while it has not shipped; returns whether it did. With `mail`, the cancellation's
   * e-mail enters the outbox together with the cancellation. */
  cancelOrder(orderId: string, mail?: OrderMailDraft): Promise<boolean>;
  /** Records that an open cart became an order a connected shop placed (the embedded shop's placeOrder does it
   * itself); a cart no longer open is left as it is. */
  markCartPlaced(cartId: string, orderId: string): Promise<void>;

  voiceCodeState(customerId: string): Promise<VoiceCodeState>;
  /** Counts one wrong code; the same request seen again (a platform retry) is not counted twice. */
  recordVoiceCodeFailure(customerId: string, at: Date, lockAfter: number, requestId: string): Promise<VoiceCodeState>;
  resetVoiceCode(customerId: string): Promise<void>;

  appendTranscript(sessionId: string, entries: TranscriptEntry[]): Promise<void>;
  transcript(sessionId: string): Promise<TranscriptEntry[]>;
  createHandoff(ticket: Omit<HandoffTicket, 'id'>): Promise<HandoffTicket>;
  getHandoff(ticketId: string): Promise<HandoffTicket | undefined>;

  close(): Promise<void>;

  /** The outgoing e-mails, for stores that keep them (both shipped stores do). */
  readonly outbox?: Outbox;
}

/** The transactional outbox of order e-mails. Senders claim a message before sending, so two senders never
 * send one message at once; a claim lapses at its lease's end, so a sender that died gives it back. */
export interface Outbox {
  /** Messages that may be tried at `now` (pending and due), oldest first. */
  due(now: Date, limit: number): Promise<OutboxMessage[]>;
  /** Takes a due message for one attempt until `leaseUntil`; true for exactly one caller. */
  claim(id: string, now: Date, leaseUntil: Date): Promise<boolean>;
  markSent(id: string, at: Date): Promise<void>;
  /** After a failed attempt: try again at `retryAt`, or give up (status failed) without one. */
  markFailed(id: string, error: string, retryAt?: Date): Promise<void>;
  get(id: string): Promise<OutboxMessage | undefined>;
  /** Whether this process queued a message since the last due(): false lets a sender skip a drain after a turn
   * that queued nothing (timers still drain for retries and other processes' messages). Without it: always drain. */
  queuedSinceDue?(): boolean;
}
