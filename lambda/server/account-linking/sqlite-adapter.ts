// oidc-provider's storage (sessions, interactions, codes, grants, refresh tokens) in one SQLite file, so a restart
// keeps every linked shopper linked. Access tokens are JWTs and never stored. One table for every model; rows expire.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Adapter, AdapterPayload } from 'oidc-provider';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS oauth_records (
  model TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL, grant_id TEXT, uid TEXT, user_code TEXT,
  expires_at INTEGER, consumed_at INTEGER, PRIMARY KEY (model, id));
CREATE INDEX IF NOT EXISTS oauth_by_grant ON oauth_records (grant_id);
CREATE INDEX IF NOT EXISTS oauth_by_uid ON oauth_records (model, uid);
`;

type Row = { payload: string; consumed_at: number | null; expires_at: number | null };

/** An adapter class bound to one database file (`:memory:` for tests). */
export function sqliteAdapter(file: string): new (model: string) => Adapter {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const now = () => Math.floor(Date.now() / 1000);
  const upsert = db.prepare(`INSERT INTO oauth_records (model, id, payload, grant_id, uid, user_code, expires_at, consumed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
    uid = excluded.uid, user_code = excluded.user_code, expires_at = excluded.expires_at`);
  const byId = db.prepare('SELECT payload, consumed_at, expires_at FROM oauth_records WHERE model = ? AND id = ?');
  const byUid = db.prepare('SELECT payload, consumed_at, expires_at FROM oauth_records WHERE model = ? AND uid = ?');
  const byUserCode = db.prepare('SELECT payload, consumed_at, expires_at FROM oauth_records WHERE model = ? AND user_code = ?');
  const consume = db.prepare('UPDATE oauth_records SET consumed_at = ? WHERE model = ? AND id = ?');
  const destroy = db.prepare('DELETE FROM oauth_records WHERE model = ? AND id = ?');
  const revoke = db.prepare('DELETE FROM oauth_records WHERE grant_id = ?');
  const sweep = db.prepare('DELETE FROM oauth_records WHERE expires_at IS NOT NULL AND expires_at < ?');

  const read = (row: Row | undefined): AdapterPayload | undefined => {
    if (!row || (row.expires_at !== null && row.expires_at < now())) return undefined;
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed_at === null ? payload : { ...payload, consumed: row.consumed_at };
  };

  return class SqliteAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      upsert.run(this.model, id, JSON.stringify(payload), (payload.grantId as string | undefined) ?? null, (payload.uid as string | undefined) ?? null,
        (payload.userCode as string | undefined) ?? null, expiresIn ? now() + expiresIn : null);
      // Cheap housekeeping: expired rows go whenever something new is written.
      if (Math.random() < 0.05) sweep.run(now());
    }

    async find(id: string) { return read(byId.get(this.model, id) as Row | undefined); }
    async findByUid(uid: string) { return read(byUid.get(this.model, uid) as Row | undefined); }
    async findByUserCode(userCode: string) { return read(byUserCode.get(this.model, userCode) as Row | undefined); }
    async consume(id: string): Promise<void> { consume.run(now(), this.model, id); }
    async destroy(id: string): Promise<void> { destroy.run(this.model, id); }
    async revokeByGrantId(grantId: string): Promise<void> { revoke.run(grantId); }
  };
}
