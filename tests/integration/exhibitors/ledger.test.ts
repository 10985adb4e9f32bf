import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, reasonOf } from '../../../shared/api/errors';
import { openFairDb, type Db } from '../../../electron/db/open';
import { allocateBooth, listAllocations, setAllocationStatus, setFee } from '../../../electron/services/exhibitors/allocations';
import { listExhibitors } from '../../../electron/services/exhibitors/directory';
import {
  cancelBooking,
  listPayments,
  occupancy,
  recordPayment,
  refundCredit,
  refundPayment,
  voidPayment,
} from '../../../electron/services/exhibitors/payments';
import { exportDirectory } from '../../../electron/services/exhibitors/export';
import { refusal } from '../../helpers/refusal';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

const day = '2026-07-01';
const confirmed = (boothId: string, exhibitorId: string) => {
  const a = allocateBooth(fair.db, 't', { boothId, exhibitorId, status: 'confirmed' });
  return a;
};

describe('booth payments as a ledger', () => {
  it('shows a partial payment as a deposit, voids it with a reason and the balance follows', async () => {
    const e = addExhibitor(fair.db, 'HTX Mật ong');
    const a = confirmed(fair.booth.A1!, e.id);
    const { payment, allocation } = recordPayment(fair.db, 'Lan', a.id, {
      amountDong: 1_500_000,
      paidOn: day,
      method: 'cash',
      expectedUpdatedAt: a.updatedAt,
    });
    expect(payment).toMatchObject({ receiptNo: 1, recordedBy: 'Lan', kind: 'payment' });
    expect(allocation).toMatchObject({ paidDong: 1_500_000, heldDong: 1_500_000, balanceDong: 1_500_000, status: 'confirmed' });
    // The screen that showed the booking before the payment is now stale.
    const stale = refusal(() =>
      recordPayment(fair.db, 'Minh', a.id, { amountDong: 1_000, paidOn: day, method: 'cash', expectedUpdatedAt: a.updatedAt }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(reasonOf(stale)?.reason).toBe('bookingChanged');

    const rest = recordPayment(fair.db, 'Lan', a.id, { amountDong: 1_500_000, paidOn: day, method: 'bank_transfer' });
    expect(rest.allocationStatus).toBe('paid');
    expect(rest.payment.receiptNo).toBe(2);
    const voided = voidPayment(fair.db, 'Minh', { paymentId: payment.id, reason: 'Nhập nhầm gian' });
    expect(voided).toMatchObject({ voidedBy: 'Minh', voidReason: 'Nhập nhầm gian' });
    expect(listAllocations(fair.db, { boothId: fair.booth.A1 })[0]).toMatchObject({
      paidDong: 1_500_000,
      balanceDong: 1_500_000,
      status: 'confirmed',
    });
    const again = refusal(() => voidPayment(fair.db, 'Minh', { paymentId: payment.id, reason: 'lại' }));
    expect(reasonOf(again)?.reason).toBe('alreadyVoided');
    // The voided row is still there, with its receipt number.
    expect(listPayments(fair.db, a.id).map((p) => [p.receiptNo, p.voidedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('refunds as linked rows, never negative nor above what the booking holds', async () => {
    const e = addExhibitor(fair.db, 'HTX Gốm');
    const a = confirmed(fair.booth.A1!, e.id);
    const { payment } = recordPayment(fair.db, 't', a.id, { amountDong: 2_000_000, paidOn: day, method: 'cash' });
    const base = { allocationId: a.id, method: 'cash' as const, reason: 'Giảm diện tích', paidOn: day };
    expect(refusal(() => refundPayment(fair.db, 't', { ...base, amountDong: -5 })).code).toBe('VALIDATION');
    expect(refusal(() => refundPayment(fair.db, 't', { ...base, amountDong: 2_000_001 })).details).toMatchObject({
      maxDong: 2_000_000,
    });
    const refund = refundPayment(fair.db, 't', { ...base, amountDong: 500_000, refundOf: payment.id });
    expect(refund).toMatchObject({ kind: 'refund', refundOf: payment.id, note: 'Giảm diện tích', method: 'cash' });
    expect(listAllocations(fair.db)[0]).toMatchObject({
      paidDong: 2_000_000,
      refundedDong: 500_000,
      heldDong: 1_500_000,
      balanceDong: 1_500_000,
    });
    // The payment was partly given back: voiding it would make money vanish.
    expect(refusal(() => voidPayment(fair.db, 't', { paymentId: payment.id, reason: 'x' })).details).toMatchObject({
      issues: [{ message: 'refundedAlready' }],
    });
  });

  it('cancelling a partly-paid booking asks what becomes of the money: refund, credit (used for another booth) or retain', async () => {
    const e = addExhibitor(fair.db, 'Công ty Châu Long');
    const a = confirmed(fair.booth.A1!, e.id);
    recordPayment(fair.db, 't', a.id, { amountDong: 1_000_000, paidOn: day, method: 'cash' });
    const asks = refusal(() => setAllocationStatus(fair.db, 't', { allocationId: a.id, status: 'cancelled' }));
    expect(reasonOf(asks)?.reason).toBe('holdsMoney');
    const wrong = refusal(() =>
      cancelBooking(fair.db, 't', { allocationId: a.id, settlement: { refundDong: 300_000, creditDong: 0, retainDong: 0 } }),
    );
    expect(wrong.code).toBe('VALIDATION');
    const cancelled = cancelBooking(fair.db, 't', {
      allocationId: a.id,
      settlement: { refundDong: 300_000, creditDong: 500_000, retainDong: 200_000, reason: 'Đơn vị rút' },
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', invoicedDong: 200_000, balanceDong: 0, heldDong: 200_000 });
    expect(listExhibitors(fair.db)[0]).toMatchObject({ creditDong: 500_000, balanceDong: 0 });
    expect(occupancy(fair.db).money).toEqual({
      invoicedDong: 200_000,
      paidDong: 1_000_000,
      receivableDong: 0,
      refundedDong: 300_000,
      creditDong: 500_000,
      retainedDong: 200_000,
      creditUsedDong: 0,
    });
    // The credit pays part of another booth, and not more than there is.
    const b = confirmed(fair.booth.A2!, e.id);
    expect(refusal(() => recordPayment(fair.db, 't', b.id, { amountDong: 600_000, paidOn: day, method: 'credit' })).details).toMatchObject({
      issues: [{ message: 'creditTooSmall' }],
    });
    const fromCredit = recordPayment(fair.db, 't', b.id, { amountDong: 400_000, paidOn: day, method: 'credit' });
    expect(fromCredit.payment.receiptNo).toBeNull();
    expect(listExhibitors(fair.db)[0]).toMatchObject({ creditDong: 100_000, balanceDong: 2_600_000 });
    refundCredit(fair.db, 't', { exhibitorId: e.id, amountDong: 100_000, method: 'cash', reason: 'Trả lại', paidOn: day });
    const money = occupancy(fair.db).money;
    expect(money).toMatchObject({ creditDong: 0, creditUsedDong: 400_000, refundedDong: 400_000, receivableDong: 2_600_000 });
    expect(money.invoicedDong - money.receivableDong).toBe(money.paidDong - money.refundedDong - money.creditDong);
  });

  it('a paid booking can be cancelled with a full refund; the fee cannot drop below the money held', async () => {
    const e = addExhibitor(fair.db, 'HTX Rau');
    const a = confirmed(fair.booth.A1!, e.id);
    recordPayment(fair.db, 't', a.id, { amountDong: 3_000_000, paidOn: day, method: 'bank_transfer' });
    const low = refusal(() => setFee(fair.db, 't', { allocationId: a.id, feeDong: 2_000_000, discountDong: 0, discountReason: '' }));
    expect(low.code).toBe('VALIDATION');
    const done = cancelBooking(fair.db, 't', {
      allocationId: a.id,
      settlement: { refundDong: 3_000_000, refundMethod: 'bank_transfer', creditDong: 0, retainDong: 0, reason: 'Hủy hội chợ' },
    });
    expect(done).toMatchObject({ status: 'cancelled', refundedDong: 3_000_000, balanceDong: 0, invoicedDong: 0 });
  });

  it('a stale fee edit is refused with CONFLICT', async () => {
    const e = addExhibitor(fair.db, 'HTX Chè');
    const a = confirmed(fair.booth.A1!, e.id);
    setFee(fair.db, 't', { allocationId: a.id, feeDong: 2_800_000, discountDong: 0, discountReason: '', expectedUpdatedAt: a.updatedAt });
    const stale = refusal(() =>
      setFee(fair.db, 't', { allocationId: a.id, feeDong: 2_500_000, discountDong: 0, discountReason: '', expectedUpdatedAt: a.updatedAt }),
    );
    expect(stale.code).toBe('CONFLICT');
  });
});

/** The test's own sums, straight from the rows: no service code involved. */
function recount(db: Db) {
  const rows = db
    .prepare('SELECT kind, allocation_id AS a, exhibitor_id AS e, amount_dong AS amount, method, voided_at AS voided FROM payment')
    .all() as {
    kind: string;
    a: string | null;
    e: string;
    amount: number;
    method: string;
    voided: string | null;
  }[];
  const bookings = db.prepare('SELECT id, exhibitor_id AS e, status, fee_dong - discount_dong AS net FROM allocation').all() as {
    id: string;
    e: string;
    status: string;
    net: number;
  }[];
  const per = new Map<string, { paid: number; refunded: number; credited: number; retained: number }>();
  const credit = new Map<string, number>();
  let received = 0;
  let refunded = 0;
  let used = 0;
  for (const r of rows) {
    if (r.voided) continue;
    const s = per.get(r.a ?? '') ?? { paid: 0, refunded: 0, credited: 0, retained: 0 };
    if (r.kind === 'payment') {
      s.paid += r.amount;
      if (r.method === 'credit') {
        used += r.amount;
        credit.set(r.e, (credit.get(r.e) ?? 0) - r.amount);
      } else received += r.amount;
    }
    if (r.kind === 'refund') {
      refunded += r.amount;
      if (r.a) s.refunded += r.amount;
      else credit.set(r.e, (credit.get(r.e) ?? 0) - r.amount);
    }
    if (r.kind === 'credit') {
      s.credited += r.amount;
      credit.set(r.e, (credit.get(r.e) ?? 0) + r.amount);
    }
    if (r.kind === 'retain') s.retained += r.amount;
    per.set(r.a ?? '', s);
  }
  const booking = new Map<string, { paid: number; balance: number; held: number }>();
  let invoiced = 0;
  let receivable = 0;
  let retained = 0;
  for (const b of bookings) {
    const s = per.get(b.id) ?? { paid: 0, refunded: 0, credited: 0, retained: 0 };
    const inv = b.status === 'cancelled' ? s.retained : b.net;
    const held = s.paid - s.refunded - s.credited;
    invoiced += inv;
    receivable += inv - held;
    retained += s.retained;
    booking.set(b.id, { paid: s.paid, balance: inv - held, held });
  }
  const creditTotal = [...credit.values()].reduce((x, y) => x + y, 0);
  return { booking, credit, bookings, totals: { invoiced, received, receivable, refunded, credit: creditTotal, retained, used } };
}

describe('1,000 random ledger operations', () => {
  it('every screen’s sums equal a recount from the rows, and the books always reconcile', async () => {
    let seed = 20260705;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
    const exhibitors = ['HTX Một', 'HTX Hai', 'HTX Ba'].map((n) => addExhibitor(fair.db, n).id);
    const booths = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((n) => fair.booth[n]!);
    const counts: Record<string, number> = {};
    const check = async () => {
      const want = recount(fair.db);
      for (const a of listAllocations(fair.db, { includeCancelled: true })) {
        const r = want.booking.get(a.id)!;
        expect([a.paidDong, a.balanceDong, a.heldDong]).toEqual([r.paid, r.balance, r.held]);
        expect(a.balanceDong).toBeGreaterThanOrEqual(0);
      }
      for (const e of listExhibitors(fair.db)) {
        const balance = want.bookings
          .filter((b) => b.e === e.id && b.status !== 'cancelled')
          .reduce((sum, b) => sum + want.booking.get(b.id)!.balance, 0);
        expect([e.balanceDong, e.creditDong]).toEqual([balance, want.credit.get(e.id) ?? 0]);
        expect(e.creditDong).toBeGreaterThanOrEqual(0);
      }
      const money = occupancy(fair.db).money;
      expect(money).toEqual({
        invoicedDong: want.totals.invoiced,
        paidDong: want.totals.received,
        receivableDong: want.totals.receivable,
        refundedDong: want.totals.refunded,
        creditDong: want.totals.credit,
        retainedDong: want.totals.retained,
        creditUsedDong: want.totals.used,
      });
      expect(money.invoicedDong - money.receivableDong).toBe(money.paidDong - money.refundedDong - money.creditDong);
    };

    for (let i = 0; i < 1000; i++) {
      const active = listAllocations(fair.db);
      const free = booths.filter((b) => !active.some((a) => a.boothId === b));
      const payable = active.filter((a) => a.status !== 'held' && a.balanceDong > 0);
      const op = pick(['allocate', 'pay', 'pay', 'pay', 'void', 'refund', 'cancel', 'cancel', 'credit', 'fee'] as const)!;
      try {
        if (op === 'allocate' && free.length) {
          allocateBooth(fair.db, 't', {
            boothId: pick(free)!,
            exhibitorId: pick(exhibitors)!,
            status: pick(['reserved', 'confirmed'] as const),
          });
        } else if (op === 'pay' && payable.length) {
          const a = pick(payable)!;
          const amount = 1 + Math.floor(random() * a.balanceDong);
          recordPayment(fair.db, 't', a.id, {
            amountDong: amount,
            paidOn: day,
            method: pick(['cash', 'bank_transfer', 'qr'] as const)!,
            expectedUpdatedAt: a.updatedAt,
          });
        } else if (op === 'credit' && payable.length) {
          const a = pick(payable)!;
          const credit = listExhibitors(fair.db).find((e) => e.id === a.exhibitorId)!.creditDong;
          if (credit > 0) recordPayment(fair.db, 't', a.id, { amountDong: Math.min(credit, a.balanceDong), paidOn: day, method: 'credit' });
          else if (random() < 0.3) {
            const rich = listExhibitors(fair.db).find((e) => e.creditDong > 0);
            if (rich)
              refundCredit(fair.db, 't', { exhibitorId: rich.id, amountDong: rich.creditDong, method: 'cash', reason: 'trả', paidOn: day });
          }
        } else if (op === 'void') {
          const a = pick(active.filter((x) => x.paidDong > 0));
          const p = a && pick(listPayments(fair.db, a.id).filter((r) => r.kind === 'payment' && !r.voidedAt));
          if (p) voidPayment(fair.db, 't', { paymentId: p.id, reason: 'nhầm', expectedUpdatedAt: a.updatedAt });
        } else if (op === 'refund') {
          const a = pick(active.filter((x) => x.heldDong > 0));
          if (a)
            refundPayment(fair.db, 't', {
              allocationId: a.id,
              amountDong: 1 + Math.floor(random() * a.heldDong),
              method: 'cash',
              reason: 'hoàn',
              paidOn: day,
            });
        } else if (op === 'cancel' && active.length) {
          const a = pick(active)!;
          const choice = pick(['refund', 'credit', 'retain', 'split'] as const)!;
          const held = a.heldDong;
          const part = Math.floor(random() * held);
          const settlement =
            choice === 'split'
              ? { refundDong: part, creditDong: Math.floor((held - part) / 2), retainDong: held - part - Math.floor((held - part) / 2) }
              : {
                  refundDong: choice === 'refund' ? held : 0,
                  creditDong: choice === 'credit' ? held : 0,
                  retainDong: choice === 'retain' ? held : 0,
                };
          cancelBooking(fair.db, 't', { allocationId: a.id, settlement, expectedUpdatedAt: a.updatedAt });
          counts[`cancel:${choice}`] = (counts[`cancel:${choice}`] ?? 0) + 1;
        } else if (op === 'fee' && active.length) {
          const a = pick(active)!;
          setFee(fair.db, 't', {
            allocationId: a.id,
            feeDong: a.heldDong + Math.floor(random() * 4_000_000),
            discountDong: 0,
            discountReason: '',
          });
        }
        counts[op] = (counts[op] ?? 0) + 1;
      } catch (error) {
        // Only the rules may refuse (e.g. a voided payment already refunded); nothing else.
        if (!(error instanceof ApiError) || !['VALIDATION', 'CONFLICT'].includes(error.code)) throw error;
        counts.refused = (counts.refused ?? 0) + 1;
      }
      if (i % 50 === 49) await check();
    }
    await check();
    for (const op of ['pay', 'void', 'refund', 'credit', 'cancel:refund', 'cancel:credit', 'cancel:retain', 'cancel:split']) {
      expect(counts[op], op).toBeGreaterThan(5);
    }
    expect(recount(fair.db).totals.used).toBeGreaterThan(0);
    // The exported sheet carries the same balances.
    const csv = Buffer.from((await exportDirectory(fair.db, 'csv')).base64, 'base64').toString('utf8');
    for (const e of listExhibitors(fair.db)) expect(csv).toContain(`${e.legalName}`);
  });

  it('two windows paying one booking at once: the stale one is refused, nothing is paid twice', async () => {
    const e = addExhibitor(fair.db, 'HTX Đua');
    const a = confirmed(fair.booth.A1!, e.id);
    const path = fair.library.pathOf(fair.fairId);
    const first = openFairDb(path);
    const second = openFairDb(path);
    try {
      const results = await Promise.allSettled(
        [first, second].map((db) =>
          Promise.resolve().then(() =>
            recordPayment(db, 'desk', a.id, { amountDong: 3_000_000, paidOn: day, method: 'cash', expectedUpdatedAt: a.updatedAt }),
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((loser.reason as ApiError).code).toBe('CONFLICT');
      expect(listAllocations(fair.db)[0]).toMatchObject({ paidDong: 3_000_000, status: 'paid' });
    } finally {
      first.close();
      second.close();
    }
  });
});
