// The embedded default store: one SQLite file (or :memory:), synchronous underneath, async at the port.
import { mkdirSync } from 'node:fs';
import { preparedStatements } from './prepared.js';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { orderIdFor } from './order-id.js';
import { ReadCache } from './read-cache.js';
import type { PlaceResult, Store } from './port.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import type { Seed } from './seed.js';
import { DEFAULT_SELLER, sellerOf, type SeedTarget } from './seeding.js';
import type {
  CatalogItem, Customer, HandoffTicket, Order, OrderLine, OrderMailDraft, PendingCart, Seller, ShopperIdentity, TranscriptEntry, VoiceCodeState,
} from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, locale TEXT NOT NULL, time_zone TEXT NOT NULL, currency TEXT NOT NULL,
  access_token TEXT UNIQUE, voice_code TEXT, address TEXT NOT NULL, payment_method TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS platform_users (
  platform TEXT NOT NULL, user_id TEXT NOT NULL, customer_id TEXT NOT NULL REFERENCES customers(id),
  PRIMARY KEY (platform, user_id));
CREATE TABLE IF NOT EXISTS orders (
  id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), placed_at TEXT NOT NULL, status TEXT NOT NULL,
  shipping_fee REAL NOT NULL, tax_included INTEGER NOT NULL, shipment TEXT, cart_id TEXT UNIQUE);
CREATE INDEX IF NOT EXISTS orders_by_customer_time ON orders (customer_id, placed_at);
CREATE TABLE IF NOT EXISTS order_lines (
  order_id TEXT NOT NULL REFERENCES orders(id), position INTEGER NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL,
  quantity INTEGER NOT NULL, unit_price REAL NOT NULL, PRIMARY KEY (order_id, position));
CREATE TABLE IF NOT EXISTS catalog (
  sku TEXT PRIMARY KEY, name TEXT NOT NULL, synonyms TEXT NOT NULL, unit_price REAL NOT NULL, available INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pending_carts (
  id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL, lines TEXT NOT NULL,
  shipping_fee REAL NOT NULL, tax_included INTEGER NOT NULL, order_id TEXT);
CREATE TABLE IF NOT EXISTS voice_code_attempts (
  customer_id TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_at TEXT, last_request_id TEXT);
CREATE TABLE IF NOT EXISTS transcripts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, at TEXT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS transcripts_by_session ON transcripts (session_id, seq);
CREATE TABLE IF NOT EXISTS handoff_tickets (
  id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, session_id TEXT NOT NULL, platform TEXT NOT NULL, locale TEXT NOT NULL,
  created_at TEXT NOT NULL, transcript TEXT NOT NULL);
`;

type Row = Record<string, unknown>;

/** A shopper's history as read, and the request times it answers for: [from, until), until null for ever after. */
interface HistoryWindow {
  from: string;
  until: string | null;
  orders: Order[];
}

/** Writes queued at most (transcript entries and carts) before they are written without waiting for the turn to end. */
const MAX_QUEUED_WRITES = 512;
/** How long queued writes wait to be written with the next turns' (one commit for all the turns of a busy moment):
 * far less than the pause before a shopper's next sentence. */
const WRITE_DELAY_MS = 50;

export class SqliteStore implements Store, SeedTarget {
  private readonly db: Database.Database;
  readonly outbox: SqliteOutbox;
  /** Statements prepared once and reused: preparing costs more than running most of them. */
  /** Transcript entries not yet written: they are written together right after the turn, off its path. */
  private pendingTranscript: { sessionId: string; entry: TranscriptEntry }[] = [];
  /** Carts offered but not yet written, in the order they were saved (see saveCart). */
  private pendingCarts: PendingCart[] = [];
  private flushScheduled = false;
  /** Reads kept between turns, cleared by every write to their tables (read-cache.ts). */
  private readonly cache: ReadCache;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Every commit reaches the operating system before the turn answers, so a crash of this process loses nothing.
    // NORMAL (SQLite's advice for WAL) does not wait for the disk on each commit; placing and cancelling an order
    // does (durably()), so a power cut cannot take back an order the shopper was told about. Set here, because a
    // new file and a reopened one would otherwise differ.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.migrate();
    this.outbox = new SqliteOutbox(this.db);
    this.cache = new ReadCache(this.db);
  }

  private prepared?: (sql: string) => Database.Statement;

  private stmt(sql: string): Database.Statement {
    this.prepared ??= preparedStatements(this.db);
    return this.prepared(sql);
  }

  /** Columns added after a database file may already exist. */
  private migrate(): void {
    const columns = (this.stmt('PRAGMA table_info(voice_code_attempts)').all() as { name: string }[]).map((c) => c.name);
    if (!columns.includes('last_request_id')) this.db.exec('ALTER TABLE voice_code_attempts ADD COLUMN last_request_id TEXT');
    const customerColumns = (this.db.prepare('PRAGMA table_info(customers)').all() as { name: string }[]).map((c) => c.name);
    if (!customerColumns.includes('email')) this.db.exec('ALTER TABLE customers ADD COLUMN email TEXT');
    if (!customerColumns.includes('password_hash')) this.db.exec('ALTER TABLE customers ADD COLUMN password_hash TEXT');
    const catalog = (this.db.prepare('PRAGMA table_info(catalog)').all() as { name: string }[]).map((c) => c.name);
    if (!catalog.includes('grammar')) this.db.exec('ALTER TABLE catalog ADD COLUMN grammar TEXT');
    // An ascending index read backwards gives "newest first, the later insert first on a tie" (rowid DESC) without
    // sorting; the descending one it replaces needed a temporary b-tree for the tie on every history read.
    this.db.exec('DROP INDEX IF EXISTS orders_by_customer');
  }

  isEmpty(): boolean {
    return (this.stmt('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n === 0
      && !this.stmt("SELECT 1 FROM meta WHERE key = 'seller'").get();
  }

  /** Loads a validated seed in one transaction: all of it or nothing. Records already there (same id) take the
   * seed's version and nothing is duplicated, so loading the same file twice changes nothing. */
  loadSeed(seed: Seed): void {
    const upsertCustomer = this.stmt(`INSERT INTO customers
      (id, name, locale, time_zone, currency, access_token, voice_code, address, payment_method, email, password_hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale, time_zone = excluded.time_zone,
        currency = excluded.currency, access_token = excluded.access_token, voice_code = excluded.voice_code,
        address = excluded.address, payment_method = excluded.payment_method, email = excluded.email,
        password_hash = excluded.password_hash`);
    // A platform id the new seed no longer lists must stop finding the customer.
    const forgetUsers = this.stmt('DELETE FROM platform_users WHERE customer_id = ?');
    const insertUser = this.stmt('INSERT OR REPLACE INTO platform_users (platform, user_id, customer_id) VALUES (?, ?, ?)');
    const upsertCatalog = this.stmt('INSERT OR REPLACE INTO catalog (sku, name, synonyms, unit_price, available, grammar) VALUES (?, ?, ?, ?, ?, ?)');
    this.cache.clear();
    this.db.transaction(() => {
      this.stmt("INSERT OR REPLACE INTO meta (key, value) VALUES ('seller', ?)").run(JSON.stringify(sellerOf(seed)));
      for (const c of seed.customers) {
        upsertCustomer.run(c.id, c.name, c.locale, c.timeZone, c.currency, c.accessToken, c.voiceCode ?? null,
          JSON.stringify(c.address), JSON.stringify(c.paymentMethod), c.email ?? null, c.passwordHash ?? null);
        forgetUsers.run(c.id);
        for (const u of c.alexaUserIds ?? []) insertUser.run('alexa', u, c.id);
        for (const u of c.googleUserIds ?? []) insertUser.run('google', u, c.id);
        for (const o of c.orders) this.upsertSeedOrder({ ...o, customerId: c.id });
      }
      for (const item of seed.catalog ?? []) {
        upsertCatalog.run(item.sku, item.name, JSON.stringify(item.synonyms ?? []), item.unitPrice, item.available ? 1 : 0,
          item.grammar ? JSON.stringify(item.grammar) : null);
      }
    })();
  }

  private upsertSeedOrder(order: Order): void {
    this.stmt(`INSERT INTO orders (id, customer_id, placed_at, status, shipping_fee, tax_included, shipment, cart_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
      ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, placed_at = excluded.placed_at, status = excluded.status,
        shipping_fee = excluded.shipping_fee, tax_included = excluded.tax_included, shipment = excluded.shipment`)
      .run(order.id, order.customerId, new Date(order.placedAt).toISOString(), order.status, order.shippingFee,
        order.taxIncluded ? 1 : 0, order.shipment ? JSON.stringify(order.shipment) : null);
    this.stmt('DELETE FROM order_lines WHERE order_id = ?').run(order.id);
    this.insertLines(order);
  }

  private insertOrder(order: Order, cartId: string | null): void {
    this.stmt(`INSERT INTO orders (id, customer_id, placed_at, status, shipping_fee, tax_included, shipment, cart_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(order.id, order.customerId, new Date(order.placedAt).toISOString(), order.status, order.shippingFee,
      order.taxIncluded ? 1 : 0, order.shipment ? JSON.stringify(order.shipment) : null, cartId);
    this.insertLines(order);
  }

  private insertLines(order: Order): void {
    const insertLine = this.stmt(`INSERT INTO order_lines (order_id, position, sku, name, quantity, unit_price)
      VALUES (?, ?, ?, ?, ?, ?)`);
    order.lines.forEach((l, i) => insertLine.run(order.id, i, l.sku, l.name, l.quantity, l.unitPrice));
  }

  async seller(): Promise<Seller> {
    const kept = this.cache.get<Seller>('shop', 'seller');
    if (kept) return kept;
    const row = this.stmt("SELECT value FROM meta WHERE key = 'seller'").get() as { value: string } | undefined;
    return this.cache.set('shop', 'seller', row ? { ...DEFAULT_SELLER, ...JSON.parse(row.value) } : { ...DEFAULT_SELLER });
  }

  async findCustomer(who: ShopperIdentity): Promise<Customer | undefined> {
    const key = `who\u0000${who.accessToken ?? ''}\u0000${who.platform}\u0000${who.userId ?? ''}`;
    const kept = this.cache.get<Customer | null>('shop', key);
    if (kept !== undefined) return kept ?? undefined;
    return this.cache.set('shop', key, this.readCustomer(who) ?? null) ?? undefined;
  }

  private readCustomer(who: ShopperIdentity): Customer | undefined {
    let row: Row | undefined;
    if (who.accessToken) row = this.stmt('SELECT * FROM customers WHERE access_token = ?').get(who.accessToken) as Row | undefined;
    if (!row && who.userId) {
      row = this.stmt(`SELECT c.* FROM customers c JOIN platform_users u ON u.customer_id = c.id
        WHERE u.platform = ? AND u.user_id = ?`).get(who.platform, who.userId) as Row | undefined;
    }
    return row ? toCustomer(row) : undefined;
  }

  async customerById(customerId: string): Promise<Customer | undefined> {
    const key = `id\u0000${customerId}`;
    const kept = this.cache.get<Customer | null>('shop', key);
    if (kept !== undefined) return kept ?? undefined;
    const row = this.stmt('SELECT * FROM customers WHERE id = ?').get(customerId) as Row | undefined;
    return this.cache.set('shop', key, row ? toCustomer(row) : null) ?? undefined;
  }

  async customerCredentials(email: string): Promise<{ customerId: string; passwordHash: string } | undefined> {
    const row = this.stmt('SELECT id, password_hash FROM customers WHERE lower(email) = ? AND password_hash IS NOT NULL')
      .get(email.trim().toLowerCase()) as Row | undefined;
    return row ? { customerId: String(row.id), passwordHash: String(row.password_hash) } : undefined;
  }

  /** Kept for the span of request times it answers for alike: from its newest order's time until the shopper's
   * next order after the time it was read at (none: for good), until an order of theirs is written. */
  async recentOrders(customerId: string, asOf: Date, limit = 20): Promise<Order[]> {
    const at = asOf.toISOString();
    const key = `${customerId}\u0000${limit}`;
    const kept = this.cache.get<HistoryWindow>('orders', key);
    if (kept && at >= kept.from && (kept.until === null || at < kept.until)) return kept.orders;
    const orders = this.readRecentOrders(customerId, at, limit);
    const until = this.stmt('SELECT MIN(placed_at) FROM orders WHERE customer_id = ? AND placed_at > ?').pluck().get(customerId, at) as string | null;
    this.cache.set<HistoryWindow>('orders', key, { from: orders[0]?.placedAt ?? '', until, orders });
    return orders;
  }

  private readRecentOrders(customerId: string, at: string, limit: number): Order[] {
    const rows = this.stmt(`SELECT * FROM orders WHERE customer_id = ? AND placed_at <= ?
      ORDER BY placed_at DESC, rowid DESC LIMIT ?`).all(customerId, at, limit) as Row[];
    if (rows.length === 0) return [];
    // Every order's lines in one query (one per order would be N+1 round trips into SQLite).
    const lines = this.stmt(`SELECT order_id, sku, name, quantity, unit_price FROM order_lines
      WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, position`)
      .all(JSON.stringify(rows.map((r) => r.id))) as Row[];
    const byOrder = new Map<unknown, Row[]>();
    for (const line of lines) {
      const list = byOrder.get(line.order_id);
      if (list) list.push(line);
      else byOrder.set(line.order_id, [line]);
    }
    return rows.map((r) => toOrder(r, byOrder.get(r.id) ?? []));
  }

  async getOrder(orderId: string): Promise<Order | undefined> {
    const kept = this.cache.get<Order | null>('orders', orderId);
    if (kept !== undefined) return kept ?? undefined;
    const row = this.stmt('SELECT * FROM orders WHERE id = ?').get(orderId) as Row | undefined;
    return this.cache.set('orders', orderId, row ? this.toOrder(row) : null) ?? undefined;
  }

  async catalogItems(skus: string[]): Promise<CatalogItem[]> {
    if (skus.length === 0) return [];
    const key = `catalog\u0000${skus.join('\u0000')}`;
    return this.cache.get<CatalogItem[]>('shop', key) ?? this.cache.set('shop', key, this.readCatalog(skus));
  }

  private readCatalog(skus: string[]): CatalogItem[] {
    const rows = this.stmt('SELECT * FROM catalog WHERE sku IN (SELECT value FROM json_each(?))').all(JSON.stringify(skus)) as Row[];
    return rows.map((r) => ({
      sku: String(r.sku), name: String(r.name), synonyms: JSON.parse(String(r.synonyms)) as string[],
      unitPrice: Number(r.unit_price), available: r.available === 1,
      ...(r.grammar ? { grammar: JSON.parse(String(r.grammar)) as CatalogItem['grammar'] } : {}),
    }));
  }

  /** Queued and written with the transcript, in one commit after the answer: a commit of its own was a quarter of a
   * reorder turn. Every read or change of a cart in this process writes the queue first, so this process always sees
   * its carts; another process sees them 50 ms late at most, long before the shopper's yes. A crash inside those
   * 50 ms loses the offer, and the yes hears that the cart is gone (order.cartGone), never a wrong order. */
  async saveCart(cart: PendingCart): Promise<void> {
    this.pendingCarts.push(cart);
    this.scheduleFlush();
  }

  private writeCart(cart: PendingCart): void {
    this.stmt(`INSERT INTO pending_carts (id, customer_id, created_at, status, lines, shipping_fee, tax_included, order_id)
      VALUES (@id, @customerId, @createdAt, @status, @lines, @shippingFee, @taxIncluded, @orderId)
      ON CONFLICT (id) DO UPDATE SET lines = excluded.lines WHERE pending_carts.status = 'open'`).run({
      ...cart, lines: JSON.stringify(cart.lines), taxIncluded: cart.taxIncluded ? 1 : 0, orderId: cart.orderId ?? null,
    });
  }

  async getCart(cartId: string): Promise<PendingCart | undefined> {
    this.flushWrites();
    const r = this.stmt('SELECT * FROM pending_carts WHERE id = ?').get(cartId) as Row | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id), customerId: String(r.customer_id), createdAt: String(r.created_at),
      status: r.status as PendingCart['status'], lines: JSON.parse(String(r.lines)) as OrderLine[],
      shippingFee: Number(r.shipping_fee), taxIncluded: r.tax_included === 1, orderId: r.order_id ? String(r.order_id) : undefined,
    };
  }

  async discardCart(cartId: string): Promise<void> {
    this.flushWrites();
    this.stmt("UPDATE pending_carts SET status = 'discarded' WHERE id = ? AND status = 'open'").run(cartId);
  }

  async placeOrder(cartId: string, order: Omit<Order, 'id'>, mail?: OrderMailDraft): Promise<PlaceResult> {
    this.flushWrites();
    // One immediate transaction: the status flip is the guard, so a retried confirmation finds the order already there.
    const place = this.db.transaction((): PlaceResult => {
      const cart = this.stmt('SELECT status, order_id FROM pending_carts WHERE id = ?').get(cartId) as Row | undefined;
      if (!cart) throw new Error(`no cart ${cartId}`);
      if (cart.status === 'placed' && cart.order_id) {
        return { order: this.toOrder(this.stmt('SELECT * FROM orders WHERE id = ?').get(cart.order_id) as Row), created: false };
      }
      if (cart.status !== 'open') throw new Error(`cart ${cartId} is ${String(cart.status)}`);
      const id = this.newOrderId(cartId);
      this.insertOrder({ ...order, id }, cartId);
      this.stmt("UPDATE pending_carts SET status = 'placed', order_id = ? WHERE id = ?").run(id, cartId);
      // Delivery is scheduled on the wall clock, not the (replayable) request time.
      if (mail) this.outbox.enqueue(id, mail, new Date());
      return { order: { ...order, id }, created: true };
    });
    try {
      return this.durably(() => place.immediate());
    } finally {
      this.cache.invalidate('orders');
    }
  }

  async markCartPlaced(cartId: string, orderId: string): Promise<void> {
    this.flushWrites();
    this.stmt("UPDATE pending_carts SET status = 'placed', order_id = ? WHERE id = ? AND status = 'open'").run(orderId, cartId);
  }

  /** A commit that waits for the disk: what it wrote survives a power cut too. */
  private durably<T>(write: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return write();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  private newOrderId(cartId: string): string {
    for (let salt = 0; ; salt++) {
      const id = orderIdFor(cartId, salt);
      if (!this.stmt('SELECT 1 FROM orders WHERE id = ?').get(id)) return id;
    }
  }

  async cancelOrder(orderId: string, mail?: OrderMailDraft): Promise<boolean> {
    try {
      return this.durably(() => this.db.transaction(() => {
        const cancelled = this.stmt("UPDATE orders SET status = 'cancelled' WHERE id = ? AND status = 'placed'").run(orderId).changes === 1;
        if (cancelled && mail) this.outbox.enqueue(orderId, mail, new Date());
        return cancelled;
      }).immediate());
    } finally {
      this.cache.invalidate('orders');
    }
  }

  async voiceCodeState(customerId: string): Promise<VoiceCodeState> {
    const r = this.stmt('SELECT failures, locked_at FROM voice_code_attempts WHERE customer_id = ?').get(customerId) as Row | undefined;
    return { failures: r ? Number(r.failures) : 0, lockedAt: r?.locked_at ? String(r.locked_at) : undefined };
  }

  async recordVoiceCodeFailure(customerId: string, at: Date, lockAfter: number, requestId: string): Promise<VoiceCodeState> {
    this.stmt(`INSERT INTO voice_code_attempts (customer_id, failures, locked_at, last_request_id) VALUES (?, 1, NULL, ?)
      ON CONFLICT (customer_id) DO UPDATE SET failures = failures + 1, last_request_id = excluded.last_request_id
      WHERE voice_code_attempts.last_request_id IS NOT excluded.last_request_id`).run(customerId, requestId);
    this.stmt('UPDATE voice_code_attempts SET locked_at = ? WHERE customer_id = ? AND failures >= ? AND locked_at IS NULL')
      .run(at.toISOString(), customerId, lockAfter);
    return this.voiceCodeState(customerId);
  }

  async resetVoiceCode(customerId: string): Promise<void> {
    this.stmt('DELETE FROM voice_code_attempts WHERE customer_id = ?').run(customerId);
  }

  /** Queued, and written in one transaction with the entries of every turn answered in the next 50 ms: a commit per
   * turn would cost more than everything else the turn does. Reading a transcript (a handoff) and closing the
   * store write the queue first, so nothing said is missing; another process reading this session's transcript
   * sees it 50 ms late at most, while the shopper is still listening to the answer. */
  async appendTranscript(sessionId: string, entries: TranscriptEntry[]): Promise<void> {
    for (const entry of entries) this.pendingTranscript.push({ sessionId, entry });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    // A caller that never yields to the event loop (a tight loop of turns) still writes in bounded batches.
    if (this.pendingTranscript.length + this.pendingCarts.length >= MAX_QUEUED_WRITES) this.flushWrites();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setTimeout(() => {
        try {
          this.flushWrites();
        } catch (err) {
          // Kept queued (flushWrites puts them back): the next read of a cart, a transcript or a close tries again.
          console.error(JSON.stringify({ level: 'error', event: 'store.queuedWrites', error: String(err) }));
        }
      }, WRITE_DELAY_MS);
    }
  }

  /** One transaction function for every batch, made on first use: better-sqlite3 builds four wrappers for each. */
  private batchWrite?: (carts: PendingCart[], lines: { sessionId: string; entry: TranscriptEntry }[]) => void;

  private writeQueued(carts: PendingCart[], lines: { sessionId: string; entry: TranscriptEntry }[]): void {
    this.batchWrite ??= this.db.transaction((queuedCarts: PendingCart[], queuedLines: { sessionId: string; entry: TranscriptEntry }[]) => {
      for (const cart of queuedCarts) this.writeCart(cart);
      const insert = this.stmt('INSERT INTO transcripts (session_id, at, speaker, text) VALUES (?, ?, ?, ?)');
      for (const { sessionId, entry } of queuedLines) insert.run(sessionId, entry.at, entry.from, entry.text);
    });
    this.batchWrite(carts, lines);
  }

  /** Writes the queued carts and transcript entries in one commit, each in the order it was queued. */
  flushWrites(): void {
    this.flushScheduled = false;
    const carts = this.pendingCarts;
    const lines = this.pendingTranscript;
    if ((carts.length === 0 && lines.length === 0) || !this.db.open) return;
    this.pendingCarts = [];
    this.pendingTranscript = [];
    try {
      this.writeQueued(carts, lines);
    } catch (err) {
      // Nothing of it was written (one transaction): back to the front of the queue, in order.
      this.pendingCarts = [...carts, ...this.pendingCarts];
      this.pendingTranscript = [...lines, ...this.pendingTranscript];
      throw err;
    }
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    this.flushWrites();
    const rows = this.stmt('SELECT at, speaker, text FROM transcripts WHERE session_id = ? ORDER BY seq').all(sessionId) as Row[];
    return rows.map((r) => ({ at: String(r.at), from: r.speaker as TranscriptEntry['from'], text: String(r.text) }));
  }

  async createHandoff(ticket: Omit<HandoffTicket, 'id'>): Promise<HandoffTicket> {
    // Numbered and stored in one immediate transaction: the write lock is taken before the highest number is read,
    // so two processes on the same file can never hand out the same reference.
    const highest = this.stmt("SELECT MAX(CAST(SUBSTR(id, 2) AS INTEGER)) AS n FROM handoff_tickets WHERE id GLOB 'H[0-9]*'");
    const insert = this.stmt(`INSERT INTO handoff_tickets (id, customer_id, session_id, platform, locale, created_at, transcript)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const create = this.db.transaction((): string => {
      const n = (highest.get() as { n: number | null }).n;
      const id = `H${Math.max(n ?? 0, 1000) + 1}`;
      insert.run(id, ticket.customerId, ticket.sessionId, ticket.platform, ticket.locale, ticket.createdAt, JSON.stringify(ticket.transcript));
      return id;
    });
    return { ...ticket, id: create.immediate() };
  }

  async getHandoff(ticketId: string): Promise<HandoffTicket | undefined> {
    const r = this.stmt('SELECT * FROM handoff_tickets WHERE id = ?').get(ticketId) as Row | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id), customerId: String(r.customer_id), sessionId: String(r.session_id), platform: String(r.platform),
      locale: String(r.locale), createdAt: String(r.created_at), transcript: JSON.parse(String(r.transcript)) as TranscriptEntry[],
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.flushWrites();
    this.db.close();
  }

  private toOrder(r: Row): Order {
    return toOrder(r, this.stmt('SELECT sku, name, quantity, unit_price FROM order_lines WHERE order_id = ? ORDER BY position').all(r.id) as Row[]);
  }
}

function toOrder(r: Row, lines: Row[]): Order {
  return {
    id: String(r.id), customerId: String(r.customer_id), placedAt: String(r.placed_at), status: r.status as Order['status'],
    lines: lines.map((l) => ({ sku: String(l.sku), name: String(l.name), quantity: Number(l.quantity), unitPrice: Number(l.unit_price) })),
    shippingFee: Number(r.shipping_fee), taxIncluded: r.tax_included === 1,
    shipment: r.shipment ? JSON.parse(String(r.shipment)) : undefined,
  };
}

function toCustomer(r: Row): Customer {
  return {
    id: String(r.id), name: String(r.name), locale: String(r.locale), timeZone: String(r.time_zone), currency: String(r.currency),
    voiceCode: r.voice_code ? String(r.voice_code) : undefined,
    address: JSON.parse(String(r.address)), paymentMethod: JSON.parse(String(r.payment_method)),
    email: r.email ? String(r.email) : undefined,
  };
}
