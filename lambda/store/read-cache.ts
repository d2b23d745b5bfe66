// What the SQLite store read for one turn, kept for the next: the seller, the shopper, the catalog and a shopper's
// order history change far less often than they are read (every turn reads most of them), and on this kind of
// machine each statement costs tens of microseconds in file locking alone.
//
// Never stale: the store clears a group when it writes to its tables itself, and `PRAGMA data_version` (which
// changes when another connection, another process, commits to the file) is asked once per event-loop turn, so
// a request (which arrives in an event of its own) sees every commit made before it. Within one event-loop turn
// the reads behave as one snapshot taken at its first read, like a read transaction.
// Values are frozen: they are shared by every reader, so a caller that tried to change one would fail loudly.
import type Database from 'better-sqlite3';

/** What a write touches: the shop's slow-moving data, or the orders. */
export type CacheGroup = 'shop' | 'orders';

/** Entries kept per group at most; past it the group starts afresh (a bound, not an eviction policy). */
const MAX_ENTRIES = 10_000;

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class ReadCache {
  private readonly groups: Record<CacheGroup, Map<string, unknown>> = { shop: new Map(), orders: new Map() };
  private readonly dataVersion: Database.Statement;
  private version: unknown;
  private checked = false;
  private readonly uncheck = () => {
    this.checked = false;
  };

  constructor(db: Database.Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.version = this.dataVersion.get();
  }

  /** Another connection's commit empties the cache; asked at the first read of each event-loop turn. */
  private revalidate(): void {
    if (this.checked) return;
    this.checked = true;
    setImmediate(this.uncheck).unref();
    const version = this.dataVersion.get();
    if (version !== this.version) {
      this.version = version;
      this.clear();
    }
  }

  get<T>(group: CacheGroup, key: string): T | undefined {
    this.revalidate();
    return this.groups[group].get(key) as T | undefined;
  }

  set<T>(group: CacheGroup, key: string, value: T): T {
    const map = this.groups[group];
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(key, deepFreeze(value));
    return value;
  }

  /** After this connection wrote to the group's tables. */
  invalidate(group: CacheGroup): void {
    this.groups[group].clear();
  }

  clear(): void {
    this.groups.shop.clear();
    this.groups.orders.clear();
  }
}
