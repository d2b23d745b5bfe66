// Statements prepared once per connection and kept: preparing one costs more than running it on this store's hot path.
import type Database from 'better-sqlite3';

/** A lookup that prepares each SQL text on first use and returns the same statement afterwards. */
export function preparedStatements(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
