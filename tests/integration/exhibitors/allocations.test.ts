import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, reasonOf } from '../../../shared/api/errors';
import { openFairDb } from '../../../electron/db/open';
import {
  allocateBooth,
  expireHolds,
  listAllocations,
  setAllocationStatus,
  setFee,
} from '../../../electron/services/exhibitors/allocations';
import { moveAllocation, replaceAllocation, swapAllocations, unassignBooth } from '../../../electron/services/exhibitors/moves';
import { cancelBooking, history, occupancy, recordPayment } from '../../../electron/services/exhibitors/payments';
import { refusal } from '../../helpers/refusal';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

const pay = { paidOn: '2026-06-01', method: 'cash' as const, note: '' };

describe('allocation workflow', () => {
  it('walks held → reserved → confirmed → paid, with the fee from the booth price', async () => {
    const e = addExhibitor(fair.db, 'HTX Mật ong');
    const a = allocateBooth(fair.db, 'tester', { boothId: fair.booth.A1!, exhibitorId: e.id });
    expect(a).toMatchObject({ status: 'held', feeDong: 3_000_000, balanceDong: 3_000_000 });
    expect(a.holdExpiresOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'reserved' }).status).toBe('reserved');
    expect(setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'confirmed' }).holdExpiresOn).toBeNull();
    const paid = recordPayment(fair.db, 'tester', a.id, { ...pay, amountDong: 3_000_000 });
    expect(paid.allocationStatus).toBe('paid');
    const actions = history(fair.db, { boothId: fair.booth.A1 }).map((h) => h.action);
    expect(actions).toEqual(['allocation.status', 'payment.record', 'allocation.status', 'allocation.status', 'allocation.create']);
  });

  it('refuses illegal transitions and names the allowed ones', async () => {
    const e = addExhibitor(fair.db, 'HTX A');
    const a = allocateBooth(fair.db, 'tester', { boothId: fair.booth.A1!, exhibitorId: e.id });
    const skip = refusal(() => setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'paid' }));
    expect(skip.code).toBe('VALIDATION');
    expect(skip.message).toContain('allowed: reserved, cancelled');
    setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'reserved' });
    setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'confirmed' });
    const unpaid = refusal(() => setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'paid' }));
    expect(unpaid.message).toContain('balance due');
    setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'cancelled' });
    const back = refusal(() => setAllocationStatus(fair.db, 'tester', { allocationId: a.id, status: 'held' }));
    expect(back.code).toBe('VALIDATION');
  });

  it('computes fees, discounts and balances; refuses overpayment and reasonless discounts', async () => {
    const e = addExhibitor(fair.db, 'Công ty Chè');
    const a = allocateBooth(fair.db, 'tester', { boothId: fair.booth.A2!, exhibitorId: e.id, status: 'reserved' });
    expect(
      refusal(() => setFee(fair.db, 't', { allocationId: a.id, feeDong: 3_500_000, discountDong: 500_000, discountReason: ' ' })).code,
    ).toBe('VALIDATION');
    expect(refusal(() => setFee(fair.db, 't', { allocationId: a.id, feeDong: 1_000, discountDong: 2_000, discountReason: 'x' })).code).toBe(
      'VALIDATION',
    );
    const adjusted = setFee(fair.db, 't', {
      allocationId: a.id,
      feeDong: 3_500_000,
      discountDong: 500_000,
      discountReason: 'Đơn vị OCOP 5 sao',
    });
    expect(adjusted.balanceDong).toBe(3_000_000);
    recordPayment(fair.db, 't', a.id, { ...pay, amountDong: 1_000_000 });
    const over = refusal(() => recordPayment(fair.db, 't', a.id, { ...pay, amountDong: 2_000_001 }));
    expect(over.code).toBe('VALIDATION');
    const partial = listAllocations(fair.db, { boothId: fair.booth.A2 })[0]!;
    expect(partial).toMatchObject({ paidDong: 1_000_000, balanceDong: 2_000_000, status: 'reserved' });
    expect(
      refusal(() => setFee(fair.db, 't', { allocationId: a.id, feeDong: 500_000, discountDong: 0, discountReason: '' })).message,
    ).toContain('already been paid');
  });

  it('gives zero-dong booths free and refuses non-sellable ones', async () => {
    const e = addExhibitor(fair.db, 'Hộ kinh doanh Rau');
    const zero = allocateBooth(fair.db, 'tester', { boothId: fair.booth.Z1!, exhibitorId: e.id, status: 'reserved' });
    expect(zero.feeDong).toBe(0);
    setAllocationStatus(fair.db, 'tester', { allocationId: zero.id, status: 'confirmed' });
    expect(setAllocationStatus(fair.db, 'tester', { allocationId: zero.id, status: 'paid' }).status).toBe('paid');
    expect(refusal(() => allocateBooth(fair.db, 'tester', { boothId: fair.booth.S1!, exhibitorId: e.id })).code).toBe('VALIDATION');
  });

  it('cancels holds past their expiry day, and only those', () => {
    const e = addExhibitor(fair.db, 'HTX Giữ chỗ');
    allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id, holdExpiresOn: '2026-06-10' });
    allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: e.id, holdExpiresOn: '2026-06-12' });
    expect(expireHolds(fair.db, 't', '2026-06-10')).toEqual([]);
    expect(expireHolds(fair.db, 't', '2026-06-11')).toEqual([fair.booth.A1]);
    expect(listAllocations(fair.db).map((a) => a.boothNumber)).toEqual(['A2']);
    expect(history(fair.db, { boothId: fair.booth.A1 })[0]!.action).toBe('allocation.expire');
  });

  it('moves, swaps, replaces and unassigns, keeping payments with the booking', async () => {
    const x = addExhibitor(fair.db, 'X');
    const y = addExhibitor(fair.db, 'Y');
    const ax = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: x.id, status: 'reserved' });
    recordPayment(fair.db, 't', ax.id, { ...pay, amountDong: 1_000_000 });
    allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: y.id });
    expect(refusal(() => moveAllocation(fair.db, 't', { fromBoothId: fair.booth.A1!, toBoothId: fair.booth.A2! })).code).toBe('CONFLICT');
    expect(moveAllocation(fair.db, 't', { fromBoothId: fair.booth.A1!, toBoothId: fair.booth.A3! })).toMatchObject({
      boothNumber: 'A3',
      paidDong: 1_000_000,
    });
    const swapped = swapAllocations(fair.db, 't', { boothA: fair.booth.A3!, boothB: fair.booth.A2! });
    expect(swapped.map((a) => [a.exhibitorName, a.boothNumber, a.status])).toEqual([
      ['X', 'A2', 'reserved'],
      ['Y', 'A3', 'held'],
    ]);
    const replaced = replaceAllocation(fair.db, 't', { boothId: fair.booth.A3!, exhibitorId: x.id });
    expect(replaced.exhibitorName).toBe('X');
    unassignBooth(fair.db, 't', fair.booth.A3!);
    allocateBooth(fair.db, 't', { boothId: fair.booth.A4!, exhibitorId: y.id });
    // X's booking on A2 holds money: replacing it is refused until the money is settled.
    const holds = refusal(() => moveAllocation(fair.db, 't', { fromBoothId: fair.booth.A4!, toBoothId: fair.booth.A2!, replace: true }));
    expect(reasonOf(holds)).toEqual({ reason: 'holdsMoney', values: { booth: 'A2', holder: 'X', heldDong: 1_000_000 } });
    const xa = listAllocations(fair.db, { boothId: fair.booth.A2 })[0]!;
    cancelBooking(fair.db, 't', { allocationId: xa.id, settlement: { refundDong: 0, creditDong: 1_000_000, retainDong: 0 } });
    expect(moveAllocation(fair.db, 't', { fromBoothId: fair.booth.A4!, toBoothId: fair.booth.A2!, replace: true }).exhibitorName).toBe('Y');
    expect(listAllocations(fair.db).map((a) => `${a.boothNumber}:${a.exhibitorName}`)).toEqual(['A2:Y']);
    unassignBooth(fair.db, 't', fair.booth.A2!);
    allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: x.id, status: 'reserved' });
    expect(listAllocations(fair.db).map((a) => `${a.boothNumber}:${a.exhibitorName}`)).toEqual(['A2:X']);
    expect(history(fair.db, { exhibitorId: y.id }).map((h) => h.action)).toContain('allocation.cancel');
  });

  it('summarises occupancy: counts, m² sold, and the money from the ledger', () => {
    const e = addExhibitor(fair.db, 'E');
    allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id });
    const c = allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: e.id, status: 'confirmed' });
    recordPayment(fair.db, 't', c.id, { ...pay, amountDong: 1_000_000 });
    expect(occupancy(fair.db)).toEqual({
      total: 7,
      free: 5,
      held: 1,
      reserved: 0,
      confirmed: 1,
      paid: 0,
      soldM2: 9,
      invoicedDong: 6_000_000,
      paidDong: 1_000_000,
      money: {
        invoicedDong: 6_000_000,
        paidDong: 1_000_000,
        receivableDong: 5_000_000,
        refundedDong: 0,
        creditDong: 0,
        retainedDong: 0,
        creditUsedDong: 0,
      },
    });
  });
});

describe('no double booking', () => {
  it('two connections allocating one booth at once: exactly one winner, a clear CONFLICT for the other', async () => {
    const x = addExhibitor(fair.db, 'Công ty Châu Long', { shortName: 'Châu Long' });
    const y = addExhibitor(fair.db, 'HTX Cát Hải');
    const path = fair.library.pathOf(fair.fairId);
    const first = openFairDb(path);
    const second = openFairDb(path);
    try {
      const results = await Promise.allSettled([
        Promise.resolve().then(() => allocateBooth(first, 'desk 1', { boothId: fair.booth.A4!, exhibitorId: x.id })),
        Promise.resolve().then(() => allocateBooth(second, 'desk 2', { boothId: fair.booth.A4!, exhibitorId: y.id })),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ApiError);
      expect(lost[0]!.reason.code).toBe('CONFLICT');
      expect(lost[0]!.reason.message).toBe('Booth A4 was just taken by Châu Long.');
      // The renderer words it in the person's language from the reason and its values.
      expect(reasonOf(lost[0]!.reason)).toEqual({
        reason: 'boothTaken',
        values: { booth: 'A4', boothId: fair.booth.A4, holder: 'Châu Long' },
      });
    } finally {
      first.close();
      second.close();
    }
    expect(listAllocations(fair.db, { boothId: fair.booth.A4 })).toHaveLength(1);
  });

  it('a request that finds the fair locked by another window gets CONFLICT, not a hang or a crash', () => {
    const e = addExhibitor(fair.db, 'E');
    const other = openFairDb(fair.library.pathOf(fair.fairId));
    const mine = openFairDb(fair.library.pathOf(fair.fairId));
    mine.pragma('busy_timeout = 50');
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      other
        .prepare(`INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('x', ?, ?, 'held', '', '')`)
        .run(fair.booth.A6, e.id);
      let caught: unknown;
      try {
        allocateBooth(mine, 'desk 2', { boothId: fair.booth.A6!, exhibitorId: e.id });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ApiError);
      expect((caught as ApiError).code).toBe('CONFLICT');
      expect(reasonOf(caught as ApiError)?.reason).toBe('busy');
      other.prepare('COMMIT').run();
      // Once the other window committed, the booth is theirs and the message names the holder.
      expect(() => allocateBooth(mine, 'desk 2', { boothId: fair.booth.A6!, exhibitorId: e.id })).toThrow('Booth A6 was just taken by E.');
    } finally {
      other.close();
      mine.close();
    }
  });

  it('the database itself refuses a second active allocation, whatever the code does', () => {
    const raw = new Database(fair.library.pathOf(fair.fairId));
    const e = addExhibitor(fair.db, 'E');
    const insert = raw.prepare(
      `INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, '', '')`,
    );
    insert.run('a1', fair.booth.A5, e.id, 'held');
    expect(() => insert.run('a2', fair.booth.A5, e.id, 'reserved')).toThrow(/UNIQUE/);
    insert.run('a3', fair.booth.A5, e.id, 'cancelled');
    raw.close();
  });
});
