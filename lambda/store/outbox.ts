// What both stores' outboxes share: the message id, and the message a draft becomes.
import type { OrderMail, OrderMailDraft, OrderMailKind, OutboxMessage } from './types.js';

/** One message per order and kind: the id is the idempotency key and the Message-ID's local part. */
export function mailId(orderId: string, kind: OrderMailKind): string {
  return `${orderId}.${kind}`;
}

export function newOutboxMessage(orderId: string, draft: OrderMailDraft, at: Date, status: 'held' | 'pending' = 'pending'): OutboxMessage {
  const mail: OrderMail = { ...draft, orderId };
  return { id: mailId(orderId, draft.kind), mail, status, attempts: 0, nextAttemptAt: at.toISOString(), createdAt: at.toISOString() };
}
