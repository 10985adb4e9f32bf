import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { allocateBooth, getAllocation, setAllocationStatus, setFee } from '../../../electron/services/exhibitors/allocations';
import { history, listPayments, recordPayment } from '../../../electron/services/exhibitors/payments';
import { applyPricing } from '../../../electron/services/exhibitors/pricing';
import { listRepricing, resolveRepricing } from '../../../electron/services/exhibitors/repricing';
import type { RepricingItem } from '../../../shared/model/exhibitor-pricing';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

/** 100,000 đ per m², no premiums: a 3 m × 3 m booth costs 900,000 đ (the fixture's booths start at 3,000,000 đ). */
const rule = (perM2: number) => ({
  perM2ByZone: {} as Record<string, number>,
  defaultPerM2: perM2,
  premiumPct: { corner: 0, peninsula: 0, island: 0 },
});
const day = '2025-07-01';
const choice = (i: RepricingItem) => ({
  allocationId: i.allocationId,
  expectedUpdatedAt: i.updatedAt,
  feeDong: i.feeDong,
  priceDong: i.priceDong,
});
const feeOf = (id: string) => getAllocation(fair.db, id).feeDong;

function book(booth: string, name: string) {
  const e = addExhibitor(fair.db, name);
  return allocateBooth(fair.db, 'Lan', { boothId: fair.booth[booth]!, exhibitorId: e.id, status: 'confirmed' });
}

describe('bookings whose fee no longer matches the booth price', () => {
  it('lists nothing while fees match, then each booking re-priced since, with old fee, new price and difference', () => {
    const a = book('A2', 'Hợp tác xã Tân Phong');
    book('A3', 'Cơ sở Minh Anh');
    expect(listRepricing(fair.db)).toEqual([]);
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(100_000));
    const list = listRepricing(fair.db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      allocationId: a.id,
      boothNumber: 'A2',
      exhibitorName: 'Hợp tác xã Tân Phong',
      feeDong: 3_000_000,
      priceDong: 900_000,
      differenceDong: -2_100_000,
      blocked: null,
    });
  });

  it('re-prices: the fee takes the new price, history records who, when, old and new; payments are untouched', () => {
    const a = book('A2', 'Tân Phong');
    recordPayment(fair.db, 'Lan', a.id, { amountDong: 500_000, paidOn: day, method: 'cash' });
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(400_000)); // 3,600,000 đ
    const before = listPayments(fair.db, a.id);
    const [item] = listRepricing(fair.db);
    expect(resolveRepricing(fair.db, 'Minh', 'reprice', [choice(item!)])).toEqual({ changed: 1 });
    const after = getAllocation(fair.db, a.id);
    expect(after).toMatchObject({ feeDong: 3_600_000, paidDong: 500_000, balanceDong: 3_100_000 });
    expect(listPayments(fair.db, a.id)).toEqual(before);
    const entry = history(fair.db, { boothId: fair.booth.A2! }).find((h) => h.action === 'allocation.reprice');
    expect(entry).toMatchObject({ actor: 'Minh', details: { boothNumber: 'A2', fromDong: 3_000_000, toDong: 3_600_000 } });
    expect(entry!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(listRepricing(fair.db)).toEqual([]);
  });

  it('keeps: the fee stays, the choice is recorded and not asked again until the price changes again', () => {
    const a = book('A2', 'Tân Phong');
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(100_000));
    resolveRepricing(fair.db, 'Minh', 'keep', listRepricing(fair.db).map(choice));
    expect(feeOf(a.id)).toBe(3_000_000);
    expect(listRepricing(fair.db)).toEqual([]);
    expect(history(fair.db, { boothId: fair.booth.A2! }).find((h) => h.action === 'allocation.keep_fee')).toMatchObject({
      actor: 'Minh',
      details: { feeDong: 3_000_000, priceDong: 900_000 },
    });
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(200_000));
    expect(listRepricing(fair.db).map((i) => [i.boothNumber, i.priceDong])).toEqual([['A2', 1_800_000]]);
  });

  it('refuses the whole choice when a booking changed meanwhile, and writes nothing', () => {
    const a = book('A2', 'Tân Phong');
    const b = book('A3', 'Minh Anh');
    applyPricing(fair.db, 'Lan', [fair.booth.A2!, fair.booth.A3!], rule(100_000));
    const seen = listRepricing(fair.db);
    expect(seen).toHaveLength(2);
    // Someone else records a discount on A3 after the list was read.
    setFee(fair.db, 'Hà', { allocationId: b.id, feeDong: 3_000_000, discountDong: 100_000, discountReason: 'OCOP' });
    const refused = (() => {
      try {
        resolveRepricing(fair.db, 'Minh', 'reprice', seen.map(choice));
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { reason: 'changedMeanwhile', booth: 'A3' } });
    expect([feeOf(a.id), feeOf(b.id)]).toEqual([3_000_000, 3_000_000]);
    expect(history(fair.db, { boothId: fair.booth.A2! }).some((h) => h.action === 'allocation.reprice')).toBe(false);
  });

  it('refuses a choice made on a price that changed since', () => {
    book('A2', 'Tân Phong');
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(100_000));
    const seen = listRepricing(fair.db);
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(200_000));
    expect(() => resolveRepricing(fair.db, 'Minh', 'keep', seen.map(choice))).toThrow(/changed meanwhile/);
  });

  it('will not re-price below what was already paid (refund first), but lets the fee be kept', () => {
    const a = book('A2', 'Tân Phong');
    recordPayment(fair.db, 'Lan', a.id, { amountDong: 3_000_000, paidOn: day, method: 'cash' });
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(100_000));
    const [item] = listRepricing(fair.db);
    expect(item).toMatchObject({ blocked: 'paidAbove', heldDong: 3_000_000 });
    expect(() => resolveRepricing(fair.db, 'Minh', 'reprice', [choice(item!)])).toThrow(/paid more/);
    expect(feeOf(a.id)).toBe(3_000_000);
    resolveRepricing(fair.db, 'Minh', 'keep', [choice(item!)]);
    expect(listRepricing(fair.db)).toEqual([]);
  });

  it('a paid booking re-priced upward owes the difference and goes back to confirmed', () => {
    const a = book('A2', 'Tân Phong');
    recordPayment(fair.db, 'Lan', a.id, { amountDong: 3_000_000, paidOn: day, method: 'cash' });
    expect(getAllocation(fair.db, a.id).status).toBe('paid');
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(400_000));
    resolveRepricing(fair.db, 'Minh', 'reprice', listRepricing(fair.db).map(choice));
    expect(getAllocation(fair.db, a.id)).toMatchObject({ status: 'confirmed', paidDong: 3_000_000, balanceDong: 600_000 });
  });

  it('ignores cancelled bookings', () => {
    const a = book('A2', 'Tân Phong');
    setAllocationStatus(fair.db, 'Lan', { allocationId: a.id, status: 'cancelled' });
    applyPricing(fair.db, 'Lan', [fair.booth.A2!], rule(100_000));
    expect(listRepricing(fair.db)).toEqual([]);
  });
});
