import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { PlanChanges, type Booth, type PlanChangesInput } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { createDemoFair } from '../../../electron/services/demo';
import { FairLibrary } from '../../../electron/services/library';
import { readBoothStatuses, readPlan } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import type { Db } from '../../../electron/db/open';

let dir: string;
let library: FairLibrary;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-plan-'));
  library = new FairLibrary(dir);
  db = library.db(
    library.create({ name: 'Hội chợ thử', venue: '', organizer: '', notes: '', firstDay: '2026-01-10', lastDay: '2026-01-12' }, 'test').id,
  );
});
afterEach(() => {
  library.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

const apply = (input: PlanChangesInput) => applyPlanChanges(db, 'tester', PlanChanges.parse(input));
const area = { id: 'hall', name: 'Nhà A', widthM: 30, depthM: 20, sortOrder: 0 };
const booth = (id: string, number: string, xM = 0, extra: Partial<Booth> = {}): Booth => ({
  ...defaults.booth(id, 'hall', number, { xM, yM: 0 }),
  ...extra,
});
const failure = (fn: () => unknown): ApiError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('applyPlanChanges', () => {
  it('adds an area with booths in one go, and the reverse diff removes them', () => {
    expect(apply({ added: { areas: [area], booths: [booth('a1', 'A01'), booth('a2', 'A02', 3)] } })).toEqual({
      added: 3,
      updated: 0,
      removed: 0,
    });
    expect(readPlan(db).booths.map((b) => b.number)).toEqual(['A01', 'A02']);
    apply({ removed: { booths: [booth('a1', 'A01'), booth('a2', 'A02', 3)], areas: [area] }, action: 'undo' });
    expect(readPlan(db)).toMatchObject({ areas: [], booths: [] });
    const log = db.prepare("SELECT action, details FROM audit_log WHERE entity = 'plan' ORDER BY id").all();
    expect(log).toEqual([
      { action: 'plan.edit', details: JSON.stringify({ added: 3, updated: 0, removed: 0 }) },
      { action: 'plan.undo', details: JSON.stringify({ added: 0, updated: 0, removed: 3 }) },
    ]);
  });

  it('swaps two booth numbers in one diff despite the unique index', () => {
    apply({ added: { areas: [area], booths: [booth('a1', 'A01'), booth('a2', 'A02', 3)] } });
    apply({
      updated: {
        booths: [
          { from: booth('a1', 'A01'), to: booth('a1', 'A02') },
          { from: booth('a2', 'A02', 3), to: booth('a2', 'A01', 3) },
        ],
      },
    });
    expect(readPlan(db).booths.map((b) => [b.id, b.number])).toEqual([
      ['a2', 'A01'],
      ['a1', 'A02'],
    ]);
  });

  it('refuses a duplicate number with a clear message and saves nothing of the diff', () => {
    apply({ added: { areas: [area], booths: [booth('a1', 'A01')] } });
    const e = failure(() =>
      apply({
        added: { booths: [booth('a2', 'A02', 3), booth('a3', 'A01', 6)] },
        updated: { booths: [{ from: booth('a1', 'A01'), to: booth('a1', 'A01', 9) }] },
      }),
    );
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('Booth number A01 is already used by another booth');
    expect(e.details).toEqual({ issues: [{ path: ['a3', 'number'], message: e.message }], reason: 'numberTaken', booth: 'A01' });
    expect(readPlan(db).booths).toEqual([booth('a1', 'A01')]);
  });

  it('refuses a booth larger than its area, and an area shrunk below its booths', () => {
    apply({ added: { areas: [area] } });
    const e = failure(() => apply({ added: { booths: [booth('big', 'X1', 0, { widthM: 31, depthM: 3 })] } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('larger than the area “Nhà A” (30 × 20 m)');
    // Turned sideways it fits: 25 m deep in a 30 m wide area.
    apply({ added: { booths: [booth('long', 'X2', 25, { widthM: 3, depthM: 25, rotationDeg: 90 })] } });
    const shrink = failure(() => apply({ updated: { areas: [{ from: area, to: { ...area, widthM: 10, depthM: 10 } }] } }));
    expect(shrink.message).toBe('Booth X2 would no longer fit in the area “Nhà A”');
    expect(readPlan(db).areas[0]!.widthM).toBe(30);
  });

  it('refuses an area made smaller than where its booths stand, and takes it once they are moved inside', () => {
    apply({ added: { areas: [area] } });
    const far = booth('far', 'F1', 20);
    apply({ added: { booths: [far] } });
    const smaller = { ...area, widthM: 15 };
    const e = failure(() => apply({ updated: { areas: [{ from: area, to: smaller }] } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('Booth F1 would stand outside the area “Nhà A” (15 × 20 m); move it inside first');
    expect(readPlan(db).areas[0]!.widthM).toBe(30);
    // Moved inside in the same change, the smaller size lands.
    apply({ updated: { areas: [{ from: area, to: smaller }], booths: [{ from: far, to: { ...far, xM: 5 } }] } });
    expect(readPlan(db).areas[0]!.widthM).toBe(15);
  });

  it('refuses sizes of zero or less, and non-numbers, at the contract', () => {
    expect(PlanChanges.safeParse({ added: { booths: [booth('z', 'Z1', 0, { widthM: 0 })] } }).success).toBe(false);
    expect(PlanChanges.safeParse({ added: { booths: [{ ...booth('z', 'Z1'), depthM: 'ba' }] } }).success).toBe(false);
  });

  it('refuses an update of a booth that is gone as changed meanwhile, and rolls back', () => {
    apply({ added: { areas: [area], booths: [booth('a1', 'A01')] } });
    const e = failure(() =>
      apply({
        updated: {
          booths: [
            { from: booth('a1', 'A01'), to: booth('a1', 'A01', 6) },
            { from: booth('ghost', 'G1'), to: booth('ghost', 'G1', 3) },
          ],
        },
      }),
    );
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toMatchObject({ reason: 'changedMeanwhile', booth: 'G1' });
    expect(readPlan(db).booths[0]!.xM).toBe(0);
  });

  it('refuses a booth placed outside its area, rotated or not (44 booths at y = 54 m in a 50 m hall)', () => {
    apply({ added: { areas: [area] } });
    const below = failure(() => apply({ added: { booths: [booth('far', 'F1', 0, { yM: 54 })] } }));
    expect(below.code).toBe('VALIDATION');
    expect(below.message).toBe('Booth F1 stands outside the area “Nhà A” (30 × 20 m)');
    // Turned 90° about its corner at x = 1, a 3 m booth reaches x = -2: off the area.
    expect(failure(() => apply({ added: { booths: [booth('turned', 'F2', 1, { rotationDeg: 90 })] } })).code).toBe('VALIDATION');
    apply({ added: { booths: [booth('edge', 'F3', 27, { yM: 17 })] } });
    expect(readPlan(db).booths.map((b) => b.number)).toEqual(['F3']);
  });
});

describe('with the demo fair', () => {
  it('gives the status of each allocated booth for colouring the plan', () => {
    const demoDb = library.db(createDemoFair(library, 'test').id);
    const statuses = readBoothStatuses(demoDb);
    expect(statuses).toHaveLength(40);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['paid', 'confirmed', 'reserved']));
  });

  it('will not delete a booth that carries allocations and sales', () => {
    const demo = createDemoFair(library, 'test');
    const demoDb = library.db(demo.id);
    const held = readPlan(demoDb).booths[0]!;
    const e = failure(() => applyPlanChanges(demoDb, 'tester', PlanChanges.parse({ removed: { booths: [held] } })));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe(`Booth ${held.number} has allocations or sales and cannot be deleted`);
    expect(readPlan(demoDb).booths).toHaveLength(40);
  });
});

describe('areas of any shape', () => {
  const L = [
    { x: 0, y: 0 },
    { x: 30, y: 0 },
    { x: 30, y: 10 },
    { x: 15, y: 10 },
    { x: 15, y: 20 },
    { x: 0, y: 20 },
  ];
  const hallL = { ...area, outline: L };

  it('refuses booths in the notch of an L-shaped area, naming every one', () => {
    apply({ added: { areas: [hallL], booths: [booth('a1', 'A01'), booth('a2', 'A02', 27)] } });
    const e = failure(() =>
      apply({ added: { booths: [booth('n1', 'N1', 20, { yM: 12 }), booth('n2', 'N2', 14, { yM: 9 }), booth('ok', 'C1', 5, { yM: 15 })] } }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('Booths N1, N2 stand outside the area “Nhà A”');
    expect(e.details).toMatchObject({ reason: 'outsideArea', booths: ['N1', 'N2'] });
    expect(readPlan(db).booths.map((b) => b.number)).toEqual(['A01', 'A02']);
    apply({ added: { booths: [booth('ok', 'C1', 5, { yM: 15 })] } });
  });

  it('refuses reshaping an area so that its outline leaves a booth in the notch', () => {
    apply({ added: { areas: [area], booths: [booth('a1', 'A01', 20, { yM: 15 })] } });
    const e = failure(() => apply({ updated: { areas: [{ from: area, to: hallL }] } }));
    expect(e.message).toBe('Booth A01 would stand outside the area “Nhà A”; move it inside first');
    expect(readPlan(db).areas[0]!.outline).toEqual([]);
  });
});
