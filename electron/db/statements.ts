import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * Statements prepared once per connection. Preparing is the costly part of a small write (a
 * booking's balance query compiles four sub-selects), and the hot paths (a sale, a payment, a
 * 1,000-booth drag) run the same few statements again and again. SQLite re-prepares a cached
 * statement by itself when the schema changes.
 */
const cache = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

export function stmt(db: Db, sql: string): Statement<unknown[]> {
  let mine = cache.get(db);
  if (!mine) cache.set(db, (mine = new Map()));
  let s = mine.get(sql);
  if (!s) mine.set(sql, (s = db.prepare<unknown[]>(sql)));
  return s;
}
