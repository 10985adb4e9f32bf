import { ApiError } from '../../shared/api/errors';

/** The ApiError `fn` throws; fails the test if it throws something else or nothing. */
export function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (ApiError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
