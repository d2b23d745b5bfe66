// The DynamoDB store's outbox: one item per e-mail in the OUTBOX partition, with conditional writes only (like the
// rest of the store; DynamoDB-compatible servers need not implement transactions).
// - A placed order's e-mail is part of the placement: the draft rides in the cart's commit and its receipt, and
//   the roll-forward (dynamodb.ts) writes the outbox item if missing, so every retry completes it exactly once.
// - A cancellation's e-mail is written first as 'held', then the order is cancelled in a conditional write that
//   also names the e-mail on the order (cancelMailId), then the e-mail is promoted to 'pending'. A sender that
//   finds a held e-mail older than HELD_GRACE_MS checks the order: naming it, it promotes the e-mail (the
//   canceller died before doing so); not naming it, it deletes it (that cancellation did not happen).
// - The OUTBOX partition holds only e-mails still to send, so finding what is due reads little. A sent (or given-up)
//   e-mail moves to its own record (MAIL#<id>/DONE, kept 30 days, longer than a placement can be retried): the
//   queue item is marked, the record written, the queue item deleted. A retried placement does not queue an e-mail
//   that has a record, and a claim on a queue item whose record exists deletes the item instead of sending.
// On AWS a stream on the table can wake the sender at once (README "Order e-mail"); a schedule catches retries.
import {
  DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { newOutboxMessage } from '../outbox.js';
import type { Outbox } from '../port.js';
import type { OrderMailDraft, OutboxMessage } from '../types.js';
import { conditionalUpdate, isConditionFailure, names } from './expressions.js';
import { expiresIn, type Item, type Key } from './items.js';
import { TTL_ATTRIBUTE } from './table.js';

/** A held e-mail is at most this old when its canceller is still working on it. */
export const HELD_GRACE_MS = 60_000;
/** Sent and failed e-mails stay (for the record and as the idempotency key) longer than a placement can be retried. */
const DONE_TTL_SECONDS = 30 * 24 * 60 * 60;

export const outboxKey = (id: string): Key => ({ pk: 'OUTBOX', sk: `MAIL#${id}` });
/** Where an e-mail's outcome stays once it has left the queue. */
export const doneKey = (id: string): Key => ({ pk: `MAIL#${id}`, sk: 'DONE' });

export function outboxItem(message: OutboxMessage): Item {
  return { ...outboxKey(message.id), type: 'outbox', orderId: message.mail.orderId, ...message };
}

function toMessage(item: Item): OutboxMessage {
  return {
    id: String(item.id), mail: item.mail as OutboxMessage['mail'], status: item.status as OutboxMessage['status'],
    attempts: Number(item.attempts), nextAttemptAt: String(item.nextAttemptAt), createdAt: String(item.createdAt),
    sentAt: item.sentAt ? String(item.sentAt) : undefined, lastError: item.lastError ? String(item.lastError) : undefined,
  };
}

export class DynamoOutbox implements Outbox {
  /** @param stillWanted whether the order change a held e-mail announces happened (the order names the e-mail). */
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly stillWanted: (message: OutboxMessage) => Promise<boolean>,
  ) {}

  /** Writes the e-mail unless it is already there (in any state): a retry never queues it again. */
  async enqueue(orderId: string, draft: OrderMailDraft, at: Date, status: 'held' | 'pending' = 'pending'): Promise<string> {
    const message = newOutboxMessage(orderId, draft, at, status);
    if (await this.done(message.id)) return message.id;
    try {
      await this.doc.send(new PutCommand({
        TableName: this.table, Item: outboxItem(message),
        ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: names('pk'),
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
    return message.id;
  }

  async promote(id: string): Promise<void> {
    await this.updateIf(id, 'SET #status = :pending', '#status = :held', { ':pending': 'pending', ':held': 'held' });
  }

  async due(now: Date, limit: number): Promise<OutboxMessage[]> {
    const heldBefore = new Date(now.getTime() - HELD_GRACE_MS).toISOString();
    const found: OutboxMessage[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(new QueryCommand({
        TableName: this.table, ConsistentRead: true, ExclusiveStartKey: start,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: '(#status = :pending AND #nextAttemptAt <= :now) OR (#status = :held AND #createdAt <= :heldBefore)',
        ExpressionAttributeNames: names('pk', 'status', 'nextAttemptAt', 'createdAt'),
        ExpressionAttributeValues: { ':pk': 'OUTBOX', ':pending': 'pending', ':held': 'held', ':now': now.toISOString(), ':heldBefore': heldBefore },
      }));
      found.push(...(page.Items ?? []).map(toMessage));
      start = page.LastEvaluatedKey;
    } while (start && found.length < limit);
    const due: OutboxMessage[] = [];
    for (const message of found) {
      if (message.status === 'held') {
        if (!(await this.settleHeld(message))) continue;
        message.status = 'pending';
      }
      due.push(message);
    }
    return due.sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.createdAt.localeCompare(b.createdAt)).slice(0, limit);
  }

  /** Promotes or deletes a held e-mail whose writer has had time to finish; true when it is now pending. */
  private async settleHeld(message: OutboxMessage): Promise<boolean> {
    if (await this.stillWanted(message)) {
      await this.promote(message.id);
      return (await this.get(message.id))?.status === 'pending';
    }
    try {
      await this.doc.send(new DeleteCommand({
        TableName: this.table, Key: outboxKey(message.id), ConditionExpression: '#status = :held',
        ExpressionAttributeNames: names('status'), ExpressionAttributeValues: { ':held': 'held' },
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
    return false;
  }

  async claim(id: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const claimed = await this.updateIf(id, 'SET #attempts = #attempts + :one, #nextAttemptAt = :lease', '#status = :pending AND #nextAttemptAt <= :now',
      { ':one': 1, ':lease': leaseUntil.toISOString(), ':pending': 'pending', ':now': now.toISOString() });
    if (!claimed) return false;
    // Queued again by a retried placement after it was sent (or a sender died before removing it): done already.
    if (await this.done(id)) {
      await this.dequeue(id);
      return false;
    }
    return true;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.finish(id, 'SET #status = :sent, #sentAt = :at REMOVE #lastError', { ':sent': 'sent', ':at': at.toISOString() }, at);
  }

  async markFailed(id: string, error: string, retryAt?: Date): Promise<void> {
    if (!retryAt) {
      await this.finish(id, 'SET #status = :failed, #lastError = :error', { ':failed': 'failed', ':error': error }, new Date());
      return;
    }
    await this.updateIf(id, 'SET #nextAttemptAt = :retry, #lastError = :error', '#status = :pending',
      { ':retry': retryAt.toISOString(), ':error': error, ':pending': 'pending' });
  }

  /** A conditional update of the queue item (with the item as updated when `returning`); undefined when the
   * condition did not hold (someone else got there first). */
  private async updateIf(id: string, update: string, condition: string, values: Record<string, unknown>, returning = false): Promise<{ item?: Item } | undefined> {
    try {
      const input = conditionalUpdate(this.table, outboxKey(id), update, condition, values);
      const { Attributes } = await this.doc.send(new UpdateCommand(returning ? { ...input, ReturnValues: 'ALL_NEW' } : input));
      return { item: Attributes };
    } catch (err) {
      if (isConditionFailure(err)) return undefined;
      throw err;
    }
  }

  /** Marks the queue item (with a TTL, should the rest not happen), writes the record, then leaves the queue. */
  private async finish(id: string, update: string, values: Record<string, unknown>, at: Date): Promise<void> {
    const ttl = expiresIn(DONE_TTL_SECONDS, at.getTime());
    const marked = await this.updateIf(id, update.replace(/^SET /, `SET #${TTL_ATTRIBUTE} = :ttl, `), '#status = :pending',
      { ...values, ':ttl': ttl, ':pending': 'pending' }, true);
    if (!marked) return;
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...marked.item, ...doneKey(id), type: 'mailDone', [TTL_ATTRIBUTE]: ttl } }));
    await this.dequeue(id);
  }

  private async dequeue(id: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.table, Key: outboxKey(id) }));
  }

  private async done(id: string): Promise<Item | undefined> {
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.table, Key: doneKey(id), ConsistentRead: true }));
    return Item;
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.table, Key: outboxKey(id), ConsistentRead: true }));
    const found = Item ?? (await this.done(id));
    return found ? toMessage(found) : undefined;
  }
}
