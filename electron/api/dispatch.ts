import { z } from 'zod';
import { contract, isMethodName, type Handlers } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape, type FieldIssue, type Reply } from '../../shared/api/errors';
import { sqliteErrorShape } from '../db/sqlite-errors';
import { effectOf } from '../../shared/api/effects';
import type { HandlerContext } from './context';
import type { ChangeFeed } from './feed';

export type Dispatch = (method: string, input: unknown) => Promise<Reply<unknown>>;

export interface DispatchOptions {
  /** Also check every reply against the contract's output schema (tests and development). */
  checkOutputs?: boolean;
  /** Where unexpected failures are written; the caller only ever sees a generic message. */
  logError?: (method: string, error: unknown) => void;
  /** Where committed writes are announced to every open view. */
  feed?: ChangeFeed;
}

/** The fair a call was about, when its input names one. */
function fairOf(input: unknown): string | null {
  const fairId = input && typeof input === 'object' && 'fairId' in input ? input.fairId : null;
  return typeof fairId === 'string' ? fairId : null;
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.filter((p) => typeof p !== 'symbol') as (string | number)[], message: i.message }));
}

/** Turns anything thrown into the one error shape the transports carry: no stack traces leave. */
export function toErrorShape(error: unknown, method: string, options: DispatchOptions): ApiErrorShape {
  if (ApiError.is(error)) return error.toJSON();
  if (error instanceof z.ZodError) {
    return { code: 'VALIDATION', message: error.issues[0]?.message ?? 'Invalid input', details: { issues: fieldIssues(error) } };
  }
  const sqlite = sqliteErrorShape(error);
  if (sqlite) return sqlite;
  options.logError?.(method, error);
  return { code: 'INTERNAL', message: 'Something went wrong inside FairFloor. Nothing was saved.' };
}

/**
 * The single entry both transports call: validates input with the contract's schema, runs the
 * handler, and wraps the result or error in a `Reply`.
 */
export function createDispatch(handlers: Handlers<HandlerContext>, ctx: HandlerContext, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method ${method}` } };
    }
    const spec = contract[method];
    const fast = spec.fastInput?.(input ?? {});
    const parsed = fast !== undefined ? { success: true as const, data: fast } : spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: toErrorShape(parsed.error, method, options) };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(parsed.data, ctx);
      // The write is committed once the handler returns: announce it even if the reply is then refused.
      const effect = effectOf(method);
      if (effect.writes) options.feed?.announce(fairOf(parsed.data), method, effect.changes);
      if (options.checkOutputs) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          options.logError?.(method, checked.error);
          return {
            ok: false,
            error: { code: 'INTERNAL', message: `Reply of ${method} broke the contract`, details: { issues: fieldIssues(checked.error) } },
          };
        }
      }
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, method, options) };
    }
  };
}
