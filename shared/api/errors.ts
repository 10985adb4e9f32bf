import type { z } from 'zod';

/** Every error that may cross a transport. The renderer switches on `code`, never on `message`. */
export const ERROR_CODES = [
  'VALIDATION', // input failed the contract's schema or a business rule about its shape
  'NOT_FOUND',
  'CONFLICT', // the change collides with existing data (a taken booth, a duplicate number)
  'FAIR_TOO_NEW', // the file was written by a newer FairFloor; it is left untouched
  'FILE_INVALID', // not a FairFloor file, or damaged
  'UNAUTHORIZED',
  'FORBIDDEN', // a staff phone asked for something only the organizer may do
  'RATE_LIMITED', // a staff phone sent more than a person can type: slow down and retry
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape both transports carry: `{ code, message, details }`, never a stack trace. */
export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static is(value: unknown): value is ApiError {
    return value instanceof ApiError;
  }

  /** Rebuilds an error received from a transport; anything malformed becomes INTERNAL. */
  static fromShape(value: unknown): ApiError {
    if (value && typeof value === 'object' && 'code' in value && 'message' in value) {
      const shape = value as ApiErrorShape;
      if ((ERROR_CODES as readonly string[]).includes(shape.code) && typeof shape.message === 'string') {
        return new ApiError(shape.code, shape.message, shape.details);
      }
    }
    return new ApiError('INTERNAL', 'Unexpected reply from FairFloor');
  }
}

/**
 * Why a change was refused, for the person in front of it: `details.reason` names a sentence in
 * the renderer's catalogue (`common:errors.reasons`) and the other string or number fields of
 * `details` fill it in. The English `message` stays for logs and for errors without a reason.
 */
export const ERROR_REASONS = [
  'boothTaken', // { booth, holder? }
  'busy',
  'fairOpenElsewhere',
  'tooManySheets', // { sheets, max }
  'paidBooking', // { booth, holder }
  'alreadyWaiting',
  'changedMeanwhile',
  'boothInUse', // { booth }
  'areaBoothInUse', // { booth }
  'exhibitorHoldsBooths', // { name, booths }
  'holdsMoney', // { booth, holder, heldDong }
  'exhibitorHoldsMoney', // { name, booths }
  'bookingChanged', // { booth }
  'alreadyVoided', // { by }
  'fairTotalTooLarge', // { total }
  // The plan
  'numberTaken', // { booth }
  'outsideArea', // { booths }
  'tooLargeForArea', // { booth, area }
  'planDuplicate',
  'planMissing',
  'planValueRefused',
  'areaGone',
  'notImage',
  // Bookings and money
  'notSellable', // { booth }
  'bookingCancelled',
  'stale',
  // Imports
  'importNeedsName',
  'importRows', // { count }
  // The list of fairs and fair files
  'fairGone',
  'fairReplaced',
  'notFairFile',
  'fileDamaged',
  'fairTooNew', // { fileVersion, appVersion }
  'foreignTables',
  'noFairInFile',
  'emptyFile',
  'uploadGone',
  // Staff mode and printing
  'staffModeOff',
  'networkGone',
  'printJobGone',
  'agreementGone',
  'ownPreviousEdition',
  'phoneGone',
  // Prices, bank transfers, copying
  'noSellableBooth',
  'repricePaidAbove', // { booth }
  'repriceDiscountAbove', // { booth }
  'noBankAccount',
  'nothingDue',
  'statementColumns',
  'sameFair',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** The reason of a refusal and the values its sentence needs, when the main side gave one. */
export function reasonOf(error: ApiError): { reason: ErrorReason; values: Record<string, string | number> } | null {
  const details = error.details;
  if (!details || typeof details !== 'object' || !('reason' in details)) return null;
  const { reason, ...rest } = details as Record<string, unknown>;
  if (!(ERROR_REASONS as readonly unknown[]).includes(reason)) return null;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.join(', ');
  }
  return { reason: reason as ErrorReason, values };
}

/** A field-level problem, used in `details` of VALIDATION errors so forms can show it in place. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** The reply envelope: IPC cannot carry custom error classes, so both transports send this. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Parses with a shared schema; a failure becomes VALIDATION with one issue per field, as forms expect. */
export function validated<S extends z.ZodType>(schema: S, fields: unknown): z.output<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  throw new ApiError('VALIDATION', `Please check: ${issues.map((i) => i.path.join('.')).join(', ')}.`, { issues });
}
