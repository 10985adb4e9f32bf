import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api/errors';
import { PlanChanges, type Booth } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { readPlan } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import type { Db } from '../../../electron/db/open';
import { fairWithPlan, useTempLibrary } from '../../helpers/temp-library';

// Big changes compare with the stored rows read in one pass and write only the changed columns:
// the compare-and-set must hold exactly as it does for a change of one booth.
const N = 800;
const temp = useTempLibrary();
let db: Db;
const area = defaults.area('hall', 'Nhà A', 400, 400, 0);
const booths = Array.from({ length: N }, (_, i) =>
  defaults.booth(`b${i}`, 'hall', `A${String(i + 1).padStart(4, '0')}`, { xM: 3 * (i % 40), yM: 4 * Math.floor(i / 40) }),
);

beforeEach(() => void (db = fairWithPlan(temp.library, area, booths)));

const change = (pairs: [Booth, Booth][]) =>
  PlanChanges.parse({ updated: { booths: pairs.map(([from, to]) => ({ from, to })) }, action: 'move' });

describe('a plan change of many booths', () => {
  it('moves every booth and keeps every other field', () => {
    const before = readPlan(db).booths;
    applyPlanChanges(db, 't', change(before.map((b) => [b, { ...b, xM: b.xM + 1, yM: b.yM + 2 }])));
    const after = new Map(readPlan(db).booths.map((b) => [b.id, b]));
    for (const b of before) expect(after.get(b.id)).toEqual({ ...b, xM: b.xM + 1, yM: b.yM + 2 });
  });

  it('is refused whole when one booth changed meanwhile, and writes nothing', () => {
    const before = readPlan(db).booths;
    db.prepare("UPDATE booth SET notes = 'đổi ở máy khác' WHERE id = 'b500'").run();
    let error: ApiError | null = null;
    try {
      applyPlanChanges(db, 't', change(before.map((b) => [b, { ...b, xM: b.xM + 1 }])));
    } catch (e) {
      error = e as ApiError;
    }
    expect(error?.details).toMatchObject({ reason: 'changedMeanwhile', id: 'b500' });
    const after = new Map(readPlan(db).booths.map((b) => [b.id, b]));
    for (const b of before) expect(after.get(b.id)!.xM).toBe(b.xM);
  });

  it('is refused when a booth it changes was removed meanwhile', () => {
    const before = readPlan(db).booths;
    db.prepare("DELETE FROM booth WHERE id = 'b7'").run();
    expect(() => applyPlanChanges(db, 't', change(before.map((b) => [b, { ...b, yM: b.yM + 1 }])))).toThrow(/changed meanwhile/);
    expect(readPlan(db).booths.find((b) => b.id === 'b0')!.yM).toBe(0);
  });

  it('swaps numbers between booths inside a big move', () => {
    const before = readPlan(db).booths;
    const [a, b] = [before[0]!, before[1]!];
    const pairs: [Booth, Booth][] = before.map((x) => [x, { ...x, xM: x.xM + 1 }]);
    pairs[0] = [a, { ...a, number: b.number }];
    pairs[1] = [b, { ...b, number: a.number }];
    applyPlanChanges(db, 't', change(pairs));
    const after = new Map(readPlan(db).booths.map((x) => [x.id, x]));
    expect(after.get(a.id)!.number).toBe(b.number);
    expect(after.get(b.id)!.number).toBe(a.number);
    expect(after.get(before[2]!.id)!.xM).toBe(before[2]!.xM + 1);
  });

  it('refuses a new number another booth keeps', () => {
    const before = readPlan(db).booths;
    const pairs: [Booth, Booth][] = before.map((x) => [x, { ...x, xM: x.xM + 1 }]);
    pairs[0] = [before[0]!, { ...before[0]!, number: before[5]!.number }];
    expect(() => applyPlanChanges(db, 't', change(pairs))).toThrow(/already used/);
    expect(readPlan(db).booths.find((b) => b.id === 'b3')!.xM).toBe(before[3]!.xM);
  });
});
