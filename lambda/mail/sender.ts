// Delivers the outbox: claims each due e-mail, sends it, marks it. Runs beside the conversation, never inside a
// turn: the server kicks it after each response and on a timer, the Lambda runs it on outbox stream records and
// on a schedule (README "Order e-mail").
//
// Guarantees, given the store wrote the e-mail with its order:
// - never lost: an e-mail stays pending until a sender marks it sent; a sender that dies mid-send loses its claim
//   when the lease ends, and the next run tries again;
// - retried: a refused or unreachable server costs one attempt; the next waits longer (exponential backoff),
//   and after maxAttempts the e-mail is marked failed and logged;
// - not doubled: one claim per attempt, so two senders never send one e-mail at once. The one window left is a
//   crash after the server accepted the message and before it was marked sent: the retry then sends the same
//   message again with the same Message-ID (<order.kind@sender-domain>), which mail systems and tests detect.
import type { Outbox } from '../store/port.js';
import type { OutboxMessage } from '../store/types.js';
import { composeMail } from './compose.js';
import type { MailTransport } from './transport.js';

export interface MailLog {
  level: 'info' | 'warn' | 'error';
  event: 'mail';
  outcome: 'sent' | 'retry' | 'failed' | 'skipped';
  /** Order number and kind: enough to find the e-mail, no address. */
  id: string;
  kind: string;
  locale: string;
  attempt: number;
  error?: string;
  retryAt?: string;
}

export interface SenderOptions {
  outbox: Outbox;
  /** None: e-mails are logged as skipped and marked, so they do not wait forever. */
  transport?: MailTransport;
  maxAttempts?: number;
  /** How long one attempt may take before another sender may try. */
  leaseMs?: number;
  /** Wait before the attempt after `attempt` failed ones. */
  backoffMs?: (attempt: number) => number;
  batch?: number;
  now?: () => Date;
  log?: (line: MailLog) => void;
}

export interface DrainResult { sent: number; retried: number; failed: number; skipped: number }

export const defaultBackoff = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 60 * 60_000);

export function jsonMailLog(line: MailLog): void {
  console.log(JSON.stringify(line));
}

export class MailSender {
  private readonly outbox: Outbox;
  private readonly transport?: MailTransport;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly batch: number;
  private readonly now: () => Date;
  private readonly log: (line: MailLog) => void;
  private running?: Promise<DrainResult>;
  private again = false;
  private timer?: NodeJS.Timeout;

  constructor(options: SenderOptions) {
    this.outbox = options.outbox;
    this.transport = options.transport;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.backoffMs = options.backoffMs ?? defaultBackoff;
    this.batch = options.batch ?? 25;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? jsonMailLog;
  }

  /** Whether e-mails actually leave (a transport is configured). */
  get delivers(): boolean {
    return this.transport !== undefined;
  }

  /** Sends everything due now, one batch after another. With a budget (a Lambda's remaining time), it claims
   * nothing new once the budget is spent, so an invocation's end never cuts a send off halfway. */
  async drain(budgetMs = Infinity): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    const started = Date.now();
    for (;;) {
      const due = await this.outbox.due(this.now(), this.batch);
      let claimed = 0;
      for (const message of due) {
        if (Date.now() - started >= budgetMs) return result;
        if (await this.attempt(message, result)) claimed += 1;
      }
      // A full batch may have more behind it; a batch with nothing claimable means others are on it.
      if (due.length < this.batch || claimed === 0) return result;
    }
  }

  private async attempt(message: OutboxMessage, result: DrainResult): Promise<boolean> {
    const now = this.now();
    if (!(await this.outbox.claim(message.id, now, new Date(now.getTime() + this.leaseMs)))) return false;
    const attempt = message.attempts + 1;
    const base = { event: 'mail' as const, id: message.id, kind: message.mail.kind, locale: message.mail.locale, attempt };
    if (!this.transport) {
      await this.outbox.markFailed(message.id, 'skipped: no mail transport configured');
      this.log({ ...base, level: 'info', outcome: 'skipped', error: 'no mail transport configured (SKILL_SMTP_URL or SKILL_MAIL_TRANSPORT=ses, and SKILL_MAIL_FROM)' });
      result.skipped += 1;
      return true;
    }
    try {
      await this.transport.send(composeMail(message, this.transport.from));
    } catch (err) {
      const error = describe(err);
      if (attempt >= this.maxAttempts) {
        await this.outbox.markFailed(message.id, error);
        this.log({ ...base, level: 'error', outcome: 'failed', error });
        result.failed += 1;
      } else {
        const retryAt = new Date(this.now().getTime() + this.backoffMs(attempt));
        await this.outbox.markFailed(message.id, error, retryAt);
        this.log({ ...base, level: 'warn', outcome: 'retry', error, retryAt: retryAt.toISOString() });
        result.retried += 1;
      }
      return true;
    }
    await this.outbox.markSent(message.id, this.now());
    this.log({ ...base, level: 'info', outcome: 'sent' });
    result.sent += 1;
    return true;
  }

  /** Starts a drain in the background (or one more after the running one); never throws. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().catch((err: unknown) => {
      console.error(JSON.stringify({ level: 'error', event: 'mail', outcome: 'sender-error', error: describe(err) }));
      return { sent: 0, retried: 0, failed: 0, skipped: 0 };
    }).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** After a turn: a drain only if the outbox may hold something this process just queued (a status turn queues
   * nothing, and a drain is a read of the outbox per request). The timer drains the rest. */
  kickIfQueued(): void {
    if (this.outbox.queuedSinceDue?.() === false) return;
    this.kick();
  }

  /** Drains every `intervalMs` as well, for retries and e-mails another instance queued. */
  start(intervalMs = 30_000): void {
    this.timer ??= setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops the timer and waits for a running drain. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.again = false;
    await this.idle();
    this.transport?.close();
  }

  /** Resolves once no drain is running or queued (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}

/** An error's message without the envelope addresses an SMTP error may carry. */
function describe(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const code = [e.code, e.responseCode].filter(Boolean).join(' ');
  const message = (e.message ?? String(err)).replace(/<?[^\s<>@]+@[^\s<>]+>?/g, '<address>').slice(0, 200);
  return code ? `${code}: ${message}` : message;
}
