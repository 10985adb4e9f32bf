import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { todayInVietnam } from '../../../shared/dates';
import { requireFairTotalWithinBound } from '../fair-totals';
import type { z } from 'zod';
import { TRANSITIONS, type Allocation, type AllocationStatus } from '../../../shared/model/exhibitor';
import type { Settlement } from '../../../shared/model/ledger';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { audit } from '../audit';
import { BOOKING_SUMS, bookingMoney, insertLedgerRow, touchBooking, type BookingMoney } from './ledger';
import { busyError, isBusy, isUniqueViolation, notFound } from './sqlite-errors';
import { appReason } from '../../../shared/i18n/reasons';

/** How long a hold lasts when the organizer does not say. */
export const DEFAULT_HOLD_DAYS = 7;

const SELECT = `SELECT a.id, a.booth_id AS boothId, b.number AS boothNumber, a.exhibitor_id AS exhibitorId,
    CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END AS exhibitorName,
    a.status, a.hold_expires_on AS holdExpiresOn, a.fee_dong AS feeDong, a.discount_dong AS discountDong,
    a.discount_reason AS discountReason,
    ${BOOKING_SUMS},
    b.width_m * b.depth_m AS areaM2, a.created_at AS createdAt, a.updated_at AS updatedAt
  FROM allocation a JOIN booth b ON b.id = a.booth_id JOIN exhibitor e ON e.id = a.exhibitor_id`;

type AllocationRow = Omit<Allocation, keyof BookingMoney>;
const withBalance = (r: AllocationRow): Allocation => ({ ...r, ...bookingMoney(r) });

export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function getAllocation(db: Db, id: string): Allocation {
  const row = stmt(db, `${SELECT} WHERE a.id = +?`).get(id) as AllocationRow | undefined;
  if (!row) throw notFound('This booking');
  return withBalance(row);
}

export function listAllocations(db: Db, filter: { boothId?: string; exhibitorId?: string; includeCancelled?: boolean } = {}): Allocation[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE (@boothId IS NULL OR a.booth_id = @boothId) AND (@exhibitorId IS NULL OR a.exhibitor_id = @exhibitorId)
        AND (@all = 1 OR a.status <> 'cancelled') ORDER BY a.created_at DESC`,
    )
    .all({
      boothId: filter.boothId ?? null,
      exhibitorId: filter.exhibitorId ?? null,
      all: filter.includeCancelled ? 1 : 0,
    }) as AllocationRow[];
  return rows.map(withBalance);
}

export function activeOnBooth(db: Db, boothId: string): Allocation | undefined {
  const row = stmt(db, `${SELECT} WHERE a.booth_id = +? AND a.status <> 'cancelled'`).get(boothId) as AllocationRow | undefined;
  return row && withBalance(row);
}

/** Holds past their expiry day are cancelled; returns the booths that became free. */
export function expireHolds(db: Db, actor: string, today: string = todayInVietnam()): string[] {
  const expired = db
    .prepare(`${SELECT} WHERE a.status = 'held' AND a.hold_expires_on IS NOT NULL AND a.hold_expires_on < ?`)
    .all(today) as AllocationRow[];
  if (expired.length === 0) return [];
  const at = new Date().toISOString();
  db.transaction(() => {
    const cancel = stmt(db, "UPDATE allocation SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = 'held'");
    for (const a of expired) {
      cancel.run(at, a.id);
      audit(
        db,
        actor,
        'allocation.expire',
        'allocation',
        a.id,
        { boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId, holdExpiresOn: a.holdExpiresOn },
        at,
      );
    }
  }).immediate();
  return expired.map((a) => a.boothId);
}

interface BoothRow {
  id: string;
  number: string;
  kind: string;
  price_dong: number;
}

export function requireSellableBooth(db: Db, boothId: string): BoothRow {
  const booth = stmt(db, 'SELECT id, number, kind, price_dong FROM booth WHERE id = ?').get(boothId) as BoothRow | undefined;
  if (!booth) throw notFound('This booth');
  if (booth.kind === 'non_sellable')
    throw new ApiError('VALIDATION', `Booth ${booth.number} is not for sale.`, {
      issues: [{ path: ['boothId'], message: 'notSellable' }],
      reason: 'notSellable',
      booth: booth.number,
    });
  return booth;
}

function requireExhibitor(db: Db, exhibitorId: string): { name: string } {
  const e = db
    .prepare(
      "SELECT CASE WHEN short_name <> '' THEN short_name ELSE legal_name END AS name FROM exhibitor WHERE id = ? AND deleted_at IS NULL",
    )
    .get(exhibitorId) as { name: string } | undefined;
  if (!e) throw notFound('This exhibitor');
  return e;
}

/** Zero-dong booths are given free; every other booth starts at its price. */
export const feeOf = (booth: Pick<BoothRow, 'kind' | 'price_dong'>) => (booth.kind === 'zero_dong' ? 0 : booth.price_dong);

export function takenError(db: Db, boothId: string, number: string): ApiError {
  const holder = activeOnBooth(db, boothId);
  return new ApiError(
    'CONFLICT',
    holder ? `Booth ${number} was just taken by ${holder.exhibitorName}.` : `Booth ${number} was just taken.`,
    { reason: 'boothTaken', booth: number, boothId, ...(holder ? { holder: holder.exhibitorName } : {}) },
  );
}

/** Runs a write with the write lock taken up front, turning a lost race into CONFLICT. */
export function exclusive<T>(db: Db, work: () => T, onUnique: () => ApiError): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    if (isUniqueViolation(error)) throw onUnique();
    if (isBusy(error)) throw busyError();
    throw error;
  }
}

export interface AllocateInput {
  boothId: string;
  exhibitorId: string;
  status?: 'held' | 'reserved' | 'confirmed';
  holdExpiresOn?: string | null;
}

export function insertAllocation(db: Db, actor: string, input: AllocateInput, at: string): string {
  const booth = requireSellableBooth(db, input.boothId);
  const exhibitor = requireExhibitor(db, input.exhibitorId);
  const status = input.status ?? 'held';
  const holdExpiresOn = status === 'held' ? (input.holdExpiresOn ?? addDays(todayInVietnam(), DEFAULT_HOLD_DAYS)) : null;
  const id = randomUUID();
  // No check before the insert: the partial unique index is the one judge of who got the booth.
  stmt(
    db,
    `INSERT INTO allocation (id, booth_id, exhibitor_id, status, hold_expires_on, fee_dong, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, booth.id, input.exhibitorId, status, holdExpiresOn, feeOf(booth), at, at);
  requireFairTotalWithinBound(db, 'fees');
  // A booth in the zone they waited for ends their wait.
  stmt(db, 'DELETE FROM waitlist_entry WHERE exhibitor_id = ? AND zone_id = (SELECT zone_id FROM booth WHERE id = ?)').run(
    input.exhibitorId,
    booth.id,
  );
  audit(
    db,
    actor,
    'allocation.create',
    'allocation',
    id,
    {
      boothId: booth.id,
      boothNumber: booth.number,
      exhibitorId: input.exhibitorId,
      exhibitor: exhibitor.name,
      status,
      holdExpiresOn,
      feeDong: feeOf(booth),
    },
    at,
  );
  return id;
}

export function allocateBooth(db: Db, actor: string, input: AllocateInput): Allocation {
  const at = new Date().toISOString();
  const number = () =>
    (stmt(db, 'SELECT number FROM booth WHERE id = ?').get(input.boothId) as { number: string } | undefined)?.number ?? '';
  const id = exclusive(
    db,
    () => insertAllocation(db, actor, input, at),
    () => takenError(db, input.boothId, number()),
  );
  return getAllocation(db, id);
}

/**
 * Cancels one booking inside the caller's transaction. Money it still holds must be settled in
 * the same breath (refunded, kept as the exhibitor's credit, retained), or the cancel is refused.
 */
export function cancelRow(db: Db, actor: string, a: Allocation, reason: string, at: string, settlement?: SettlementParts): void {
  if (!TRANSITIONS[a.status].includes('cancelled')) {
    throw new ApiError('CONFLICT', `Booth ${a.boothNumber} is already cancelled.`, { reason: 'changedMeanwhile' });
  }
  if (a.heldDong > 0 || settlement) settle(db, actor, a, settlement, at);
  stmt(db, "UPDATE allocation SET status = 'cancelled' WHERE id = ?").run(a.id);
  touchBooking(db, a, at);
  audit(
    db,
    actor,
    'allocation.cancel',
    'allocation',
    a.id,
    { boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId, from: a.status, reason },
    at,
  );
}

type SettlementParts = z.output<typeof Settlement>;

function settle(db: Db, actor: string, a: Allocation, s: SettlementParts | undefined, at: string): void {
  if (!s) {
    throw new ApiError('CONFLICT', `Booth ${a.boothNumber} holds ${a.heldDong} đồng from ${a.exhibitorName}: say what becomes of it.`, {
      reason: 'holdsMoney',
      booth: a.boothNumber,
      holder: a.exhibitorName,
      heldDong: a.heldDong,
    });
  }
  if (s.refundDong + s.creditDong + s.retainDong !== a.heldDong) {
    throw new ApiError('VALIDATION', `Refund, credit and retained must add up to the ${a.heldDong} đồng the booking holds.`, {
      issues: [{ path: ['settlement'], message: 'settlementMismatch' }],
      heldDong: a.heldDong,
    });
  }
  const day = todayInVietnam();
  const parts = [
    ['refund', s.refundDong, s.refundMethod],
    ['credit', s.creditDong, 'none'],
    ['retain', s.retainDong, 'none'],
  ] as const;
  for (const [kind, amountDong, method] of parts) {
    if (amountDong <= 0) continue;
    const row = { kind, allocationId: a.id, exhibitorId: a.exhibitorId, amountDong, paidOn: day, method, note: s.reason };
    insertLedgerRow(db, randomUUID(), row, actor, at);
  }
  audit(
    db,
    actor,
    'allocation.settle',
    'allocation',
    a.id,
    {
      boothId: a.boothId,
      boothNumber: a.boothNumber,
      exhibitorId: a.exhibitorId,
      heldDong: a.heldDong,
      refundDong: s.refundDong,
      refundMethod: s.refundMethod,
      creditDong: s.creditDong,
      retainDong: s.retainDong,
      reason: s.reason,
    },
    at,
  );
}

/** Moves along the workflow; an illegal move is refused with the allowed ones named. */
export function setAllocationStatus(
  db: Db,
  actor: string,
  input: { allocationId: string; status: AllocationStatus; holdExpiresOn?: string | null },
): Allocation {
  const at = new Date().toISOString();
  db.transaction(() => {
    const a = getAllocation(db, input.allocationId);
    if (input.status === a.status && a.status === 'held' && input.holdExpiresOn) {
      stmt(db, 'UPDATE allocation SET hold_expires_on = ?, updated_at = ? WHERE id = ?').run(input.holdExpiresOn, at, a.id);
      audit(
        db,
        actor,
        'allocation.extend_hold',
        'allocation',
        a.id,
        { boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId, from: a.holdExpiresOn, to: input.holdExpiresOn },
        at,
      );
      return;
    }
    const allowed = TRANSITIONS[a.status];
    if (!allowed.includes(input.status)) {
      throw new ApiError(
        'VALIDATION',
        `A ${a.status} booking cannot become ${input.status}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}.`,
        {
          issues: [{ path: ['status'], message: 'illegalTransition' }],
          from: a.status,
          to: input.status,
          allowed,
        },
      );
    }
    if (input.status === 'cancelled') return cancelRow(db, actor, a, appReason('cancelled'), at);
    if (input.status === 'paid' && a.balanceDong > 0) {
      throw new ApiError('VALIDATION', `Booth ${a.boothNumber} still has a balance due; record the payment first.`, {
        issues: [{ path: ['status'], message: 'balanceDue' }],
      });
    }
    stmt(db, 'UPDATE allocation SET status = ?, hold_expires_on = NULL, updated_at = ? WHERE id = ?').run(input.status, at, a.id);
    audit(
      db,
      actor,
      'allocation.status',
      'allocation',
      a.id,
      { boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId, from: a.status, to: input.status },
      at,
    );
  }).immediate();
  return getAllocation(db, input.allocationId);
}

/** Fee adjustments: the discount needs a reason and cannot exceed the fee (the schema checks too). */
export function setFee(
  db: Db,
  actor: string,
  input: { allocationId: string; feeDong: number; discountDong: number; discountReason: string; expectedUpdatedAt?: string },
): Allocation {
  const at = new Date().toISOString();
  const reason = input.discountReason.trim();
  const issues = [];
  if (input.discountDong > input.feeDong) issues.push({ path: ['discountDong'], message: 'discountTooLarge' });
  if (input.discountDong > 0 && reason === '') issues.push({ path: ['discountReason'], message: 'Required' });
  if (issues.length) throw new ApiError('VALIDATION', 'The discount needs a reason and cannot exceed the fee.', { issues });
  exclusive(
    db,
    () => {
      const a = getAllocation(db, input.allocationId);
      if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== a.updatedAt) {
        throw new ApiError('CONFLICT', `Booth ${a.boothNumber} changed meanwhile. Look again.`, {
          reason: 'bookingChanged',
          booth: a.boothNumber,
        });
      }
      if (a.status === 'cancelled')
        throw new ApiError('VALIDATION', 'This booking is cancelled.', {
          issues: [{ path: ['feeDong'], message: 'cancelled' }],
          reason: 'bookingCancelled',
        });
      if (input.feeDong - input.discountDong < a.heldDong) {
        throw new ApiError('VALIDATION', 'More has already been paid than this fee.', {
          issues: [{ path: ['feeDong'], message: 'belowPaid' }],
        });
      }
      stmt(db, 'UPDATE allocation SET fee_dong = ?, discount_dong = ?, discount_reason = ?, updated_at = ? WHERE id = ?').run(
        input.feeDong,
        input.discountDong,
        reason,
        at,
        a.id,
      );
      requireFairTotalWithinBound(db, 'fees');
      audit(
        db,
        actor,
        'allocation.fee',
        'allocation',
        a.id,
        {
          boothId: a.boothId,
          boothNumber: a.boothNumber,
          exhibitorId: a.exhibitorId,
          from: { feeDong: a.feeDong, discountDong: a.discountDong },
          to: { feeDong: input.feeDong, discountDong: input.discountDong },
          discountReason: reason,
        },
        at,
      );
      touchBooking(db, a, at);
    },
    busyError,
  );
  return getAllocation(db, input.allocationId);
}
