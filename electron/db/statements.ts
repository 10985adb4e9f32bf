import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * Statements prepared once per connection. Preparing is the costly part of a small write (a
 * booking's balance query compiles four sub-selects), and the hot paths (a sale, a payment, a
 * 1,000-booth drag) run the same few statements again and again. SQLite re-prepares a cached
 * statement by itself when the schema changes.
 *
 * One trap keeps a cached statement from staying compiled: better-sqlite3 builds SQLite with
 * SQLITE_ENABLE_STAT4, and then a statement whose plan could depend on the VALUE bound to a
 * parameter (a parameter compared with an indexed column, in a join or where several indexes
 * could serve) is compiled again on every call, as if the schema had changed. On the hot paths
 * (a sale, a payment, a booking's balance) that recompilation was most of the work: 10–40× the
 * lookup itself. Writing the key as `+?` (a unary plus: the same value, the same index, but no
 * longer a bare parameter the planner may specialise on) keeps the statement compiled; EXPLAIN
 * QUERY PLAN shows the same plan either way. `npm run bench -- ledger sales` shows the effect.
 */
const cache = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

export function stmt(db: Db, sql: string): Statement<unknown[]> {
  let mine = cache.get(db);
  if (!mine) cache.set(db, (mine = new Map()));
  let s = mine.get(sql);
  if (!s) mine.set(sql, (s = db.prepare<unknown[]>(sql)));
  return s;
}
