import { describe, expect, it } from 'vitest';
import type { Plan, PlanChangesInput } from '../../../shared/model/plan';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { addBooths, duplicateItems, renumberBooths, translateItems } from '../../../renderer/features/plan/editor/commands';
import { defaults } from '../../../renderer/features/plan/editor/records';
import { generateBlock } from '../../../renderer/features/plan/editor/generator';

const plan = (): Plan => ({
  areas: [defaults.area('hall', 'Nhà A', 40, 30, 0)],
  zones: [],
  booths: [defaults.booth('b1', 'hall', 'A01', { xM: 0, yM: 0 }), defaults.booth('b2', 'hall', 'A02', { xM: 3, yM: 0 })],
  features: [],
});

function editorWithLog() {
  const saved: PlanChangesInput[] = [];
  let n = 0;
  const editor = new PlanEditor({ plan: plan(), persist: async (c) => void saved.push(c), newId: () => `new${++n}` });
  return { editor, saved };
}

describe('the spatial index follows edits', () => {
  it('finds a moved booth at its new place, forgets a deleted one, and keeps the unchanged ones', () => {
    const { editor } = editorWithLog();
    const index = editor.index();
    expect(index.at({ x: 1, y: 1 })?.id).toBe('b1');
    editor.select(['b1']);
    editor.nudge(10, 10);
    expect(editor.index()).toBe(index); // updated in place, not rebuilt
    expect(editor.index().at({ x: 1, y: 1 })).toBeUndefined();
    expect(editor.index().at({ x: 11, y: 11 })?.id).toBe('b1');
    expect(editor.index().at({ x: 4, y: 1 })?.id).toBe('b2');
    editor.select(['b2']);
    editor.deleteSelection();
    expect(editor.index().at({ x: 4, y: 1 })).toBeUndefined();
    expect(editor.index().size).toBe(1);
    editor.undo();
    expect(editor.index().at({ x: 4, y: 1 })?.id).toBe('b2');
  });
});

describe("each area's booth list follows edits", () => {
  const twoHalls = (): Plan => ({
    ...plan(),
    areas: [defaults.area('hall', 'Nhà A', 40, 30, 0), defaults.area('yard', 'Sân', 40, 30, 1)],
    booths: [...plan().booths, defaults.booth('y1', 'yard', 'S01', { xM: 0, yM: 0 })],
  });
  const ids = (list: readonly { id: string }[]) => list.map((b) => b.id);

  it('a move replaces the moved booth in its area list, in place, and leaves the other lists as they were', () => {
    const editor = new PlanEditor({ plan: twoHalls() });
    const hall = editor.areaBooths();
    const yard = editor.areaBoothsOf('yard');
    expect(ids(hall)).toEqual(['b1', 'b2']);
    expect(editor.areaBooths()).toBe(hall); // kept, not filtered again
    editor.select(['b2']);
    editor.nudge(0, 5);
    const moved = editor.areaBooths();
    expect(moved).not.toBe(hall);
    expect(ids(moved)).toEqual(['b1', 'b2']);
    expect(moved[0]).toBe(hall[0]);
    expect(moved[1]).toMatchObject({ id: 'b2', yM: 5 });
    expect(hall[1]).toMatchObject({ id: 'b2', yM: 0 }); // the old list is never changed
    expect(editor.areaBoothsOf('yard')).toBe(yard);
    editor.undo();
    expect(editor.areaBooths()[1]).toMatchObject({ id: 'b2', yM: 0 });
  });

  it('booths added, deleted or moved to another area are in the right lists', () => {
    const editor = new PlanEditor({ plan: twoHalls(), newId: () => 'n1' });
    editor.areaBooths();
    editor.areaBoothsOf('yard');
    editor.select(['b1']);
    editor.deleteSelection();
    expect(ids(editor.areaBooths())).toEqual(['b2']);
    editor.createAt({ x: 10, y: 10, width: 3, height: 3 });
    expect(ids(editor.areaBooths())).toEqual(['b2', 'n1']);
    editor.updateBooths([{ ...editor.doc.booths.get('b2')!, areaId: 'yard' }]);
    expect(ids(editor.areaBooths())).toEqual(['n1']);
    expect(ids(editor.areaBoothsOf('yard')).sort()).toEqual(['b2', 'y1']);
    // A plan read from the file afresh.
    editor.receive({ ...twoHalls(), booths: [defaults.booth('y9', 'yard', 'S09', { xM: 5, yM: 0 })] });
    expect(ids(editor.areaBooths())).toEqual([]);
    expect(ids(editor.areaBoothsOf('yard'))).toEqual(['y9']);
  });
});

describe('commands and their diffs', () => {
  it('a move is an update with the before and after records', () => {
    const { editor } = editorWithLog();
    const diff = translateItems(editor.doc, ['b1'], 1.5, 2);
    expect(diff.updated.booths).toHaveLength(1);
    expect(diff.updated.booths[0]![0]).toMatchObject({ xM: 0, yM: 0 });
    expect(diff.updated.booths[0]![1]).toMatchObject({ xM: 1.5, yM: 2 });
  });

  it('persists each entry as one change, and undo persists the reverse', async () => {
    const { editor, saved } = editorWithLog();
    editor.select(['b1']);
    expect(editor.nudge(0.5, 0)).toEqual({ ok: true });
    editor.undo();
    await editor.whenSaved();
    expect(saved.map((c) => c.action)).toEqual(['nudge', 'undo']);
    // Each update carries what it changes from, so the file can refuse it if that changed meanwhile.
    expect(saved[0]!.updated!.booths![0]).toMatchObject({ from: { id: 'b1', xM: 0 }, to: { id: 'b1', xM: 0.5 } });
    expect(saved[1]!.updated!.booths![0]).toMatchObject({ from: { id: 'b1', xM: 0.5 }, to: { id: 'b1', xM: 0 } });
    editor.redo();
    expect(editor.doc.booths.get('b1')!.xM).toBe(0.5);
  });

  it('a deleted booth comes back whole on undo, and the reverse diff adds it', async () => {
    const { editor, saved } = editorWithLog();
    editor.select(['b2']);
    editor.deleteSelection();
    expect(editor.doc.booths.has('b2')).toBe(false);
    editor.undo();
    await editor.whenSaved();
    expect(editor.doc.booths.get('b2')).toEqual(plan().booths[1]);
    expect(saved[0]!.removed!.booths).toEqual([plan().booths[1]]);
    expect(saved[1]!.added!.booths).toEqual([plan().booths[1]]);
  });

  it('refuses a duplicate number or a booth larger than the area before saving anything', () => {
    const { editor, saved } = editorWithLog();
    expect(editor.updateBooths([{ ...editor.doc.booths.get('b2')!, number: 'A01' }])).toEqual({
      ok: false,
      problem: { code: 'duplicateNumber', number: 'A01', boothId: 'b2' },
    });
    expect(editor.updateBooths([{ ...editor.doc.booths.get('b2')!, widthM: 45 }])).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge', area: 'Nhà A' },
    });
    expect(editor.updateBooths([{ ...editor.doc.booths.get('b2')!, depthM: 0 }])).toMatchObject({
      ok: false,
      problem: { code: 'badSize' },
    });
    expect(editor.canUndo).toBe(false);
    expect(saved).toEqual([]);
  });

  it('duplicates with the next free numbers', () => {
    const { editor } = editorWithLog();
    const diff = duplicateItems(editor.doc, ['b1', 'b2'], { dx: 0, dy: 4 }, () => crypto.randomUUID());
    expect(diff.added.booths.map((b) => [b.number, b.yM])).toEqual([
      ['A03', 4],
      ['A04', 4],
    ]);
  });

  it('a refused save rolls the entry back and takes it out of the history', async () => {
    const editor = new PlanEditor({
      plan: plan(),
      persist: async () => Promise.reject(new Error('disk full')),
      onPersistError: () => undefined,
    });
    editor.select(['b1']);
    editor.nudge(1, 0);
    expect(editor.doc.booths.get('b1')!.xM).toBe(1);
    await editor.whenSaved();
    expect(editor.doc.booths.get('b1')!.xM).toBe(0);
    expect(editor.canUndo).toBe(false);
  });
});

describe('history', () => {
  it('a drag is one entry, whatever the number of moves', () => {
    const { editor } = editorWithLog();
    const b1 = editor.doc.booths.get('b1')!;
    for (let i = 1; i <= 30; i++) editor.setTransient([{ ...b1, xM: i * 0.1 }]);
    editor.commitTransient('move');
    expect(editor.history.undo).toEqual(['move']);
    expect(editor.doc.booths.get('b1')!.xM).toBeCloseTo(3);
    editor.undo();
    expect(editor.doc.booths.get('b1')!.xM).toBe(0);
  });

  it('Escape during a drag rolls back without an entry and keeps the redo stack', () => {
    const { editor } = editorWithLog();
    editor.select(['b1']);
    editor.nudge(1, 0);
    editor.undo();
    editor.setTransient([{ ...editor.doc.booths.get('b2')!, xM: 20 }]);
    editor.cancelTransient();
    expect(editor.doc.booths.get('b2')!.xM).toBe(3);
    expect(editor.history).toEqual({ undo: [], redo: ['nudge'] });
  });

  it('selection changes keep the redo stack; a new edit clears it', () => {
    const { editor } = editorWithLog();
    editor.select(['b1']);
    editor.nudge(0, 1);
    editor.undo();
    editor.select(['b2']);
    editor.toggleSelected('b1');
    editor.selectInBox({ x: -1, y: -1, width: 10, height: 10 }, false);
    expect([...editor.selection].sort()).toEqual(['b1', 'b2']);
    expect(editor.canRedo).toBe(true);
    editor.nudge(1, 0);
    expect(editor.canRedo).toBe(false);
  });

  it('generating a block is one entry; renumbering follows reading order', () => {
    const { editor } = editorWithLog();
    let n = 0;
    const block = generateBlock(
      {
        rows: 2,
        cols: 3,
        boothWidthM: 3,
        boothDepthM: 2,
        aisleM: 4,
        numbering: { prefix: 'C', start: 1, step: 1, padding: 2, skip: [] },
        snake: false,
      },
      'hall',
      { xM: 10, yM: 10 },
      () => `g${++n}`,
    );
    expect(editor.commit(addBooths(block), 'generate')).toEqual({ ok: true });
    expect(editor.history.undo).toEqual(['generate']);
    const diff = renumberBooths(editor.doc, ['g6', 'g1', 'g4', 'g2'], { prefix: 'D', start: 10, step: 10, padding: 0, skip: [30] });
    const numbers = Object.fromEntries(diff.updated.booths.map(([, b]) => [b.id, b.number]));
    expect(numbers).toEqual({ g1: 'D10', g2: 'D20', g4: 'D40', g6: 'D50' });
  });
});

describe('reads of the file that meet a save in flight', () => {
  it('are set aside and read again once the save lands, so the edit and its undo history stay', async () => {
    let release: (() => void) | null = null;
    let stale = 0;
    const editor = new PlanEditor({
      plan: plan(),
      persist: () => new Promise<void>((resolve) => (release = resolve)),
      onStale: () => stale++,
    });
    editor.select(['b1']);
    editor.nudge(0, 1);
    while (!release) await new Promise((r) => setTimeout(r, 0));
    // Nudge is saving; a read made before it landed still has b1 at y 0.
    editor.receive(plan());
    (release as () => void)();
    await editor.whenSaved();
    expect(editor.doc.booths.get('b1')).toMatchObject({ yM: 1 });
    expect(stale).toBe(1);
    expect(editor.canUndo).toBe(true);
  });
});
