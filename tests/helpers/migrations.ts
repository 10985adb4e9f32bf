import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../electron/db/migrations';
import { APPLICATION_ID, migrate } from '../../electron/db/open';

/** A fair file as an older app left it: the schema just before `version`, holding the rows `sql` writes. */
export function fileBefore(path: string, version: number, sql: string): string {
  const old = new Database(path);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version < version),
  );
  old.exec(sql);
  old.close();
  return path;
}

/**
 * Brings a fair file to exactly `version` with the app's own runner (each migration in its own
 * transaction), not to the latest: a migration's test sees the schema that migration made.
 */
export function updateToVersion(db: Database.Database, version: number): void {
  if (!MIGRATIONS.some((m) => m.version === version)) throw new Error(`No migration ${version}`);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
}

/** The indexes SQLite's planner says it would use for a query (EXPLAIN QUERY PLAN). */
export function indexesUsed(db: Database.Database, sql: string): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
  return rows.flatMap((r) => [...r.detail.matchAll(/USING (?:COVERING )?INDEX (\w+)/g)].map((m) => m[1]!));
}
