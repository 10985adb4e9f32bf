import { ApiError, type ApiErrorShape } from '../../shared/api/errors';

/** better-sqlite3 reports failures with a `code` such as SQLITE_CONSTRAINT_UNIQUE or SQLITE_BUSY_SNAPSHOT. */
export function sqliteCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')
    ? error.code
    : undefined;
}

export const isUniqueViolation = (error: unknown) => sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';
/** Another connection (often another process) holds the write lock, or our snapshot went stale under it. */
export const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode(error) ?? '');

export const busyError = () =>
  new ApiError('CONFLICT', 'Another window is changing this fair right now. Nothing was saved; try again.', { reason: 'busy' });

/** The one mapping of SQLite failures to the typed errors both transports carry; undefined for the unexpected. */
export function sqliteErrorShape(error: unknown): ApiErrorShape | undefined {
  const code = sqliteCode(error);
  if (!code) return undefined;
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: 'This change conflicts with data already in the fair.', details: { sqlite: code } };
  }
  if (isBusy(error)) return busyError().toJSON();
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { code: 'FILE_INVALID', message: 'This fair file is damaged.' };
  return undefined;
}
