import { ApiError } from '../../../shared/api/errors';

/** better-sqlite3 reports constraint failures with a `code` such as SQLITE_CONSTRAINT_UNIQUE. */
export function sqliteCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export const isUniqueViolation = (error: unknown) => sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';
/** Another connection holds the write lock, or our snapshot went stale under it. */
export const isBusy = (error: unknown) => sqliteCode(error)?.startsWith('SQLITE_BUSY') ?? false;

export function notFound(what: string): ApiError {
  return new ApiError('NOT_FOUND', `${what} is no longer in this fair.`);
}
