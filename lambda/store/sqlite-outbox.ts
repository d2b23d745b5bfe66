// The SQLite store's outbox: one table beside the orders, written in the same transaction as the order or its
// cancellation (sqlite.ts), so an order never exists without its e-mail or an e-mail without its order.
import type Database from 'better-sqlite3';
import { preparedStatements } from './prepared.js';
import { newOutboxMessage } from './outbox.js';
import type { Outbox } from './port.js';
import type { OrderMail, OrderMailDraft, OutboxMessage } from './types.js';

export const OUTBOX_SCHEMA = `
CREATE TABLE IF NOT EXISTS mail_outbox (
  id TEXT PRIMARY KEY, order_id TEXT NOT NULL, mail TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
  next_attempt_at TEXT NOT NULL, created_at TEXT NOT NULL, sent_at TEXT, last_error TEXT);
CREATE INDEX IF NOT EXISTS mail_outbox_due ON mail_outbox (status, next_attempt_at);
`;

type Row = Record<string, unknown>;

export class SqliteOutbox implements Outbox {
  /** Statements prepared once: preparing costs more than running them. */
  private queued = false;

  constructor(private readonly db: Database.Database) {
    db.exec(OUTBOX_SCHEMA);
  }

  private prepared?: (sql: string) => Database.Statement;

  private stmt(sql: string): Database.Statement {
    this.prepared ??= preparedStatements(this.db);
    return this.prepared(sql);
  }

  queuedSinceDue(): boolean {
    return this.queued;
  }

  /** Inside the caller's transaction. A second call for the same order and kind changes nothing. */
  enqueue(orderId: string, draft: OrderMailDraft, at: Date): void {
    const m = newOutboxMessage(orderId, draft, at);
    this.queued = true;
    this.stmt(`INSERT INTO mail_outbox (id, order_id, mail, status, attempts, next_attempt_at, created_at)
      VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (id) DO NOTHING`)
      .run(m.id, orderId, JSON.stringify(m.mail), m.status, m.nextAttemptAt, m.createdAt);
  }

  async due(now: Date, limit: number): Promise<OutboxMessage[]> {
    this.queued = false;
    const rows = this.stmt(`SELECT * FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ?
      ORDER BY next_attempt_at, created_at LIMIT ?`).all(now.toISOString(), limit) as Row[];
    return rows.map(toMessage);
  }

  async claim(id: string, now: Date, leaseUntil: Date): Promise<boolean> {
    return this.stmt(`UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?
      WHERE id = ? AND status = 'pending' AND next_attempt_at <= ?`).run(leaseUntil.toISOString(), id, now.toISOString()).changes === 1;
  }

  async markSent(id: string, at: Date): Promise<void> {
    this.stmt("UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?").run(at.toISOString(), id);
  }

  async markFailed(id: string, error: string, retryAt?: Date): Promise<void> {
    if (retryAt) {
      this.stmt("UPDATE mail_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'pending'")
        .run(retryAt.toISOString(), error, id);
    } else {
      this.stmt("UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'pending'").run(error, id);
    }
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const row = this.stmt('SELECT * FROM mail_outbox WHERE id = ?').get(id) as Row | undefined;
    return row ? toMessage(row) : undefined;
  }
}

function toMessage(r: Row): OutboxMessage {
  return {
    id: String(r.id), mail: JSON.parse(String(r.mail)) as OrderMail, status: r.status as OutboxMessage['status'],
    attempts: Number(r.attempts), nextAttemptAt: String(r.next_attempt_at), createdAt: String(r.created_at),
    sentAt: r.sent_at ? String(r.sent_at) : undefined, lastError: r.last_error ? String(r.last_error) : undefined,
  };
}
