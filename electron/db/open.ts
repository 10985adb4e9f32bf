import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { isBusy } from './sqlite-errors';

export type Db = Database.Database;

/** Marks a SQLite file as a FairFloor fair ("FFlr"), so foreign SQLite files are refused. */
export const APPLICATION_ID = 0x46466c72;
const SQLITE_MAGIC = 'SQLite format 3\0';

/** Reads the 16-byte header without opening the file as a database (which could write to it). */
export function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Files that arrive from elsewhere are data, never schema. Following SQLite's "defense against
 * the dark arts": nothing in such a file is trusted to run, pages are checked as they are read,
 * and its schema must be exactly the one FairFloor's own migrations build for its version.
 */
export function hardenForUntrustedFile(db: Db): void {
  // Functions with side effects may not run from inside a view or trigger of the file.
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('mmap_size = 0');
  // better-sqlite3 keeps SQLITE_DBCONFIG_DEFENSIVE on unless unsafe mode is asked for.
  db.unsafeMode(false);
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // Money is recorded here: a committed sale must survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A checkpoint rides on whichever commit crosses the threshold: rarer ones keep a sale's p99 near a plain insert (WAL grows to ~40 MB at most).
  db.pragma('wal_autocheckpoint = 10000');
}

/**
 * Checks that an existing file is a fair this FairFloor can open, without changing a byte of it.
 * Throws FILE_INVALID or FAIR_TOO_NEW with a message a person can act on.
 */
export function inspectFairFile(path: string, options: { deep?: boolean } = {}): { version: number } {
  let ok: boolean;
  try {
    ok = looksLikeSqlite(path);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new ApiError('FILE_INVALID', 'This file is not a FairFloor fair (it is not a SQLite database).', { reason: 'notFairFile' });
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (options.deep) hardenForUntrustedFile(db);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new ApiError('FILE_INVALID', 'This database was not made by FairFloor.', { reason: 'notFairFile' });
    }
    if (version > LATEST_VERSION) {
      throw new ApiError(
        'FAIR_TOO_NEW',
        `This fair was saved by a newer FairFloor (file version ${version}, this app reads up to ${LATEST_VERSION}). Update FairFloor to open it; the file was left untouched.`,
        { reason: 'fairTooNew', fileVersion: version, appVersion: LATEST_VERSION },
      );
    }
    // A full page check costs a read of the whole file: done for files arriving from outside.
    if (options.deep) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new ApiError('FILE_INVALID', 'This fair file is damaged.', { check, reason: 'fileDamaged' });
    }
    return { version };
  } catch (error) {
    if (ApiError.is(error)) throw error;
    throw new ApiError('FILE_INVALID', 'This fair file is damaged or unreadable.', { reason: 'fileDamaged' });
  } finally {
    db?.close();
  }
}

/** Brings a database to the latest schema: each migration in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new ApiError('FAIR_TOO_NEW', `This fair was saved by a newer FairFloor (file version ${current}).`, {
      reason: 'fairTooNew',
      fileVersion: current,
      appVersion: LATEST_VERSION,
    });
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

/** Creates a new, empty fair file at the latest schema (or at exactly `version`, to receive an older fair's rows). */
export function createFairDb(path: string, version = LATEST_VERSION): Db {
  const db = new Database(path);
  applyPragmas(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  return db;
}

/**
 * Makes sure no other connection (another FairFloor window or process) has the fair open, then
 * folds its write-ahead log into the file, so that the file alone holds every committed change.
 * Call it with this process's own connection closed. Throws CONFLICT when the fair is in use elsewhere.
 */
export function releaseFairFile(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 1000');
    // In exclusive locking mode the first transaction takes the file for this connection alone:
    // any other connection open on it, even idle, makes that fail.
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (error) {
      if (isBusy(error)) throw fairOpenElsewhere();
      throw error;
    }
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy) throw fairOpenElsewhere();
  } finally {
    db.close();
  }
}

const fairOpenElsewhere = () =>
  new ApiError('CONFLICT', 'This fair is open in another FairFloor window. Close it there first; nothing was changed.', {
    reason: 'fairOpenElsewhere',
  });

/** Opens an existing fair file for work, refusing foreign, damaged or newer files untouched. */
export function openFairDb(path: string): Db {
  inspectFairFile(path);
  const db = new Database(path, { fileMustExist: true });
  applyPragmas(db);
  migrate(db);
  // The planner needs table statistics to choose the partial indexes (the day's sales, active
  // allocations). Bounded sampling keeps this to milliseconds whatever the fair's size; it
  // analyses only tables whose statistics are missing or stale.
  db.pragma('analysis_limit = 400');
  db.pragma('optimize = 0x10002');
  return db;
}

/** Statistics kept up as the fair grows: what SQLite recommends before closing a connection. */
export function optimizeOnClose(db: Db): void {
  try {
    db.pragma('analysis_limit = 400');
    db.pragma('optimize');
  } catch {
    // A read-only or busy file keeps its old statistics; closing goes ahead.
  }
}
