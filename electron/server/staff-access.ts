import type { MethodName } from '../../shared/api/contract';
import type { Reply } from '../../shared/api/errors';
import { runAsStaff, type StaffCaller } from '../api/caller';
import type { Dispatch } from '../api/dispatch';
import { stmt } from '../db/statements';
import type { FairLibrary } from '../services/library';

type Input = Record<string, unknown>;
/** Narrows what a phone asked for to what it may touch; returns null to refuse. */
type Scope = (input: Input, caller: StaffCaller, library: FairLibrary) => Input | null;

const sameFair: Scope = (input, caller) => (input.fairId === caller.fairId ? input : null);

/** Corrections and voids only of entries this same phone recorded. */
const ownEntry: Scope = (input, caller, library) => {
  if (input.fairId !== caller.fairId || typeof input.saleId !== 'string') return null;
  const row = stmt(library.db(caller.fairId), 'SELECT device_id AS deviceId FROM sale WHERE id = ?').get(input.saleId) as
    { deviceId: string | null } | undefined;
  return row?.deviceId === caller.deviceId ? input : null;
};

/**
 * Everything a staff phone may do, and nothing else: booths and their exhibitors, its own sales
 * (record, correct, void, read back) and visitor counts, all on the one fair it joined.
 * A method missing here is refused with FORBIDDEN before it reaches a handler.
 */
export const STAFF_METHODS: Partial<Record<MethodName, Scope>> = {
  listSaleBooths: sameFair,
  recordSale: sameFair,
  correctSale: ownEntry,
  voidSale: ownEntry,
  // Its own history only: the device filter is set here, whatever the phone sent.
  listSales: (input, caller) => (input.fairId === caller.fairId ? { ...input, deviceId: caller.deviceId } : null),
  listVisitors: sameFair,
  setVisitors: sameFair,
};

export const isStaffMethod = (method: string): boolean => Object.hasOwn(STAFF_METHODS, method);

/** The organizer's dispatch, wrapped: a staff phone's call passes the allow-list, then runs as that phone. */
export function staffDispatch(dispatch: Dispatch, library: FairLibrary) {
  return async (caller: StaffCaller, method: string, input: unknown): Promise<Reply<unknown>> => {
    const scope = Object.hasOwn(STAFF_METHODS, method) ? STAFF_METHODS[method as MethodName] : undefined;
    const forbidden: Reply<unknown> = {
      ok: false,
      error: { code: 'FORBIDDEN', message: `A staff phone may not call ${method}.` },
    };
    if (!scope || !input || typeof input !== 'object' || Array.isArray(input)) return forbidden;
    let scoped: Input | null;
    try {
      scoped = scope(input as Input, caller, library);
    } catch {
      scoped = null;
    }
    if (!scoped) return forbidden;
    return runAsStaff(caller, () => dispatch(method, scoped));
  };
}
