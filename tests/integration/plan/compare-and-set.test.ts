import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api/errors';
import { PlanChanges, type Booth, type Plan } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { readPlan } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import { applyPricing } from '../../../electron/services/exhibitors/pricing';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import type { Db } from '../../../electron/db/open';
import { fairWithPlan, useTempLibrary } from '../../helpers/temp-library';

const temp = useTempLibrary();
let db: Db;

const area = defaults.area('hall', 'Nhà A', 40, 30, 0);
const booths = [0, 1, 2].map((i) => defaults.booth(`b${i}`, 'hall', `A0${i + 1}`, { xM: 3 * i, yM: 0 }));

beforeEach(() => void (db = fairWithPlan(temp.library, area, booths)));

/** An editor as a window opens it: the plan read now, each edit saved through the service. */
function openEditor(): { editor: PlanEditor; refusals: unknown[] } {
  const refusals: unknown[] = [];
  const editor = new PlanEditor({
    plan: readPlan(db),
    persist: async (changes) => applyPlanChanges(db, 'window', PlanChanges.parse(changes)),
    onPersistError: (error) => refusals.push(error),
  });
  return { editor, refusals };
}
const boothIn = (plan: Plan, id: string): Booth => plan.booths.find((b) => b.id === id)!;
const move = (editor: PlanEditor, id: string, dx: number) => {
  editor.select([id]);
  expect(editor.nudge(dx, 0).ok).toBe(true);
};

describe('compare-and-set plan changes', () => {
  it('a price set in the pricing dialog survives a move from an editor opened earlier: the move is refused', async () => {
    const { editor, refusals } = openEditor();
    const seen = readPlan(db).booths;
    applyPricing(
      db,
      'pricing',
      ['b1'],
      { perM2ByZone: {}, defaultPerM2: 500_000, premiumPct: { corner: 0, peninsula: 0, island: 0 } },
      seen,
    );
    expect(boothIn(readPlan(db), 'b1').priceDong).toBe(4_500_000);

    move(editor, 'b1', 10);
    await editor.whenSaved();
    expect(refusals).toHaveLength(1);
    const refusal = refusals[0] as ApiError;
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.details).toMatchObject({ reason: 'changedMeanwhile', booth: 'A02' });
    const stored = boothIn(readPlan(db), 'b1');
    expect(stored).toMatchObject({ priceDong: 4_500_000, xM: 3 });
    // Nothing stays on the editor's stack that the file does not hold.
    expect(editor.canUndo).toBe(false);
    editor.receive(readPlan(db));
    expect(editor.doc.booths.get('b1')).toEqual(stored);
  });

  it('two editors changing different booths both land', async () => {
    const one = openEditor();
    const two = openEditor();
    move(one.editor, 'b0', 0.5);
    move(two.editor, 'b2', 5);
    await Promise.all([one.editor.whenSaved(), two.editor.whenSaved()]);
    expect([...one.refusals, ...two.refusals]).toEqual([]);
    const plan = readPlan(db);
    expect([boothIn(plan, 'b0').xM, boothIn(plan, 'b1').xM, boothIn(plan, 'b2').xM]).toEqual([0.5, 3, 11]);
  });

  it('two editors changing the same booth: the second is refused and nothing of it is written', async () => {
    const one = openEditor();
    const two = openEditor();
    move(one.editor, 'b1', 5);
    await one.editor.whenSaved();
    two.editor.select(['b1', 'b2']);
    expect(two.editor.nudge(0, 4).ok).toBe(true);
    await two.editor.whenSaved();
    expect(one.refusals).toEqual([]);
    expect((two.refusals[0] as ApiError).details).toMatchObject({ reason: 'changedMeanwhile' });
    const plan = readPlan(db);
    expect(boothIn(plan, 'b1')).toMatchObject({ xM: 8, yM: 0 });
    // b2 went in the same diff: refused with it.
    expect(boothIn(plan, 'b2')).toMatchObject({ xM: 6, yM: 0 });
  });

  it('an undo of a booth someone else has moved since is refused, and the history drops it', async () => {
    const one = openEditor();
    move(one.editor, 'b0', 1);
    await one.editor.whenSaved();
    const two = openEditor();
    move(two.editor, 'b0', 1);
    await two.editor.whenSaved();
    one.editor.undo();
    await one.editor.whenSaved();
    expect((one.refusals[0] as ApiError).details).toMatchObject({ reason: 'changedMeanwhile' });
    expect(boothIn(readPlan(db), 'b0').xM).toBe(2);
    expect(one.editor.history).toEqual({ undo: [], redo: [] });
  });

  it('removing a booth that changed meanwhile is refused too', () => {
    const stale = booths[0]!;
    applyPlanChanges(db, 'a', PlanChanges.parse({ updated: { booths: [{ from: stale, to: { ...stale, notes: 'Góc cột điện' } }] } }));
    let error: unknown;
    try {
      applyPlanChanges(db, 'b', PlanChanges.parse({ removed: { booths: [stale] } }));
    } catch (e) {
      error = e;
    }
    expect((error as ApiError).code).toBe('CONFLICT');
    expect(readPlan(db).booths).toHaveLength(3);
  });

  it('pricing from a stale preview is refused whole', () => {
    const seen = readPlan(db).booths;
    applyPlanChanges(db, 'a', PlanChanges.parse({ updated: { booths: [{ from: booths[2]!, to: { ...booths[2]!, widthM: 6 } }] } }));
    let error: unknown;
    try {
      applyPricing(
        db,
        'p',
        ['b0', 'b2'],
        { perM2ByZone: {}, defaultPerM2: 100_000, premiumPct: { corner: 0, peninsula: 0, island: 0 } },
        seen,
      );
    } catch (e) {
      error = e;
    }
    expect((error as ApiError).details).toMatchObject({ reason: 'changedMeanwhile', booths: ['A03'] });
    expect(readPlan(db).booths.map((b) => b.priceDong)).toEqual([0, 0, 0]);
  });
});
