import { ApiError } from '../../../shared/api/errors';

export { busyError, isBusy, isUniqueViolation, sqliteCode } from '../../db/sqlite-errors';

export function notFound(what: string): ApiError {
  return new ApiError('NOT_FOUND', `${what} is no longer in this fair.`);
}
