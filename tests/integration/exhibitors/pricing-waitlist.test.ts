import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { boothTypes } from '../../../shared/model/exhibitor-pricing';
import { readPlan } from '../../../electron/services/plan';
import { allocateBooth } from '../../../electron/services/exhibitors/allocations';
import { unassignBooth } from '../../../electron/services/exhibitors/moves';
import { applyPricing } from '../../../electron/services/exhibitors/pricing';
import { addToWaitlist, listWaitlist, nextInLine, removeFromWaitlist } from '../../../electron/services/exhibitors/waitlist';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

const rule = { perM2ByZone: {} as Record<string, number>, defaultPerM2: 100_000, premiumPct: { corner: 10, peninsula: 20, island: 30 } };

describe('pricing rules', () => {
  it('derives booth types from neighbours: a single row has open-ended ends and inline middles', () => {
    const plan = readPlan(fair.db);
    const types = boothTypes(plan.booths, plan.features);
    const type = (n: string) => types.get(plan.booths.find((b) => b.number === n)!.id);
    // A1..A6 side by side at x = 3..18; Z1 stands alone at x = 24.
    expect(['A1', 'A2', 'A5', 'A6', 'Z1'].map(type)).toEqual(['peninsula', 'inline', 'inline', 'peninsula', 'island']);
  });

  it('prices a selection per m² by zone with premiums; zero-dong booths stay free; non-sellable skipped', () => {
    const ids = Object.values(fair.booth);
    const result = applyPricing(fair.db, 'tester', ids, { ...rule, perM2ByZone: { [fair.zoneId]: 200_000 } });
    const prices = Object.fromEntries(readPlan(fair.db).booths.map((b) => [b.number, b.priceDong]));
    // 9 m² × 200,000 = 1,800,000; peninsula ends +20 %, inline middles no premium.
    expect(prices).toMatchObject({ A1: 2_160_000, A2: 1_800_000, A3: 1_800_000, A6: 2_160_000, Z1: 0, S1: 3_000_000 });
    expect(result.changed).toBe(7);
    expect(result.totalDong).toBe(2 * 2_160_000 + 4 * 1_800_000);
  });

  it('leaves the fee of an existing booking as agreed', () => {
    const e = addExhibitor(fair.db, 'E');
    const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A3!, exhibitorId: e.id });
    applyPricing(fair.db, 't', [fair.booth.A3!], rule);
    expect(fair.db.prepare('SELECT fee_dong AS fee FROM allocation WHERE id = ?').get(a.id)).toEqual({ fee: 3_000_000 });
  });

  it('refuses a selection with nothing to sell', () => {
    expect(() => applyPricing(fair.db, 't', [fair.booth.S1!], rule)).toThrow(ApiError);
  });
});

describe('waitlist', () => {
  it('proposes the first in line when a booth of their zone is freed, and drops them once they get one', () => {
    const [holder, first, second] = ['Đang giữ', 'Chờ 1', 'Chờ 2'].map((n) => addExhibitor(fair.db, n));
    allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: holder!.id });
    addToWaitlist(fair.db, 't', { zoneId: fair.zoneId, exhibitorId: first!.id, note: '' });
    addToWaitlist(fair.db, 't', { zoneId: fair.zoneId, exhibitorId: second!.id, note: 'cần gian góc' });
    expect(() => addToWaitlist(fair.db, 't', { zoneId: fair.zoneId, exhibitorId: first!.id, note: '' })).toThrow(/already waiting/);
    unassignBooth(fair.db, 't', fair.booth.A1!);
    expect(nextInLine(fair.db, fair.booth.A1!)).toMatchObject({ exhibitorName: 'Chờ 1', position: 1 });
    allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: first!.id });
    expect(listWaitlist(fair.db).map((w) => [w.exhibitorName, w.position])).toEqual([['Chờ 2', 1]]);
    removeFromWaitlist(fair.db, 't', listWaitlist(fair.db)[0]!.id);
    expect(nextInLine(fair.db, fair.booth.A2!)).toBeNull();
  });
});
