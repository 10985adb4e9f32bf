import { describe, expect, it } from 'vitest';
import type { Plan, PlanChangesInput } from '../../../shared/model/plan';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { addVertex, freeSiteSpot, moveAreaOnSite, removeVertex, reshapeArea } from '../../../renderer/features/plan/editor/outline';
import { defaults, type Diff } from '../../../renderer/features/plan/editor/records';

const plan = (): Plan => ({
  areas: [defaults.area('hall', 'Nhà A', 40, 30, 0, { xM: 100, yM: 50 }), defaults.area('yard', 'Sân', 20, 20, 1)],
  zones: [],
  booths: [defaults.booth('b1', 'hall', 'A01', { xM: 2, yM: 2 }), defaults.booth('b2', 'hall', 'A02', { xM: 30, yM: 25 })],
  features: [],
});

function editorWithLog() {
  const saved: PlanChangesInput[] = [];
  const editor = new PlanEditor({ plan: plan(), persist: async (c) => void saved.push(c) });
  return { editor, saved };
}
const asDiff = (d: Diff | string | null): Diff => {
  if (!d || typeof d === 'string') throw new Error(`no diff: ${d}`);
  return d;
};

describe('editing an area’s outline', () => {
  it('reshapes the hall into an L in one undoable step, refusing a notch over a booth', async () => {
    const { editor, saved } = editorWithLog();
    const L = [
      { x: 0, y: 0 },
      { x: 40, y: 0 },
      { x: 40, y: 15 },
      { x: 20, y: 15 },
      { x: 20, y: 30 },
      { x: 0, y: 30 },
    ];
    // Booth A02 stands in the would-be notch: the editor says so and changes nothing.
    const refused = editor.commit(asDiff(reshapeArea(editor.doc, 'hall', L)), 'outline');
    expect(refused).toEqual({ ok: false, problem: { code: 'outside', id: 'b2', number: 'A02', area: 'Nhà A' } });
    editor.select(['b2']);
    editor.deleteSelection();
    expect(editor.commit(asDiff(reshapeArea(editor.doc, 'hall', L)), 'outline')).toEqual({ ok: true });
    expect(editor.doc.areas.get('hall')!.outline).toEqual(L);
    await editor.whenSaved();
    expect(saved.at(-1)!.action).toBe('outline');
    editor.undo();
    expect(editor.doc.areas.get('hall')!.outline).toHaveLength(4);
  });

  it('keeps booths where they are on the site when the outline reaches left of the area’s origin', () => {
    const { editor } = editorWithLog();
    const wider = [
      { x: -5, y: 0 },
      { x: 40, y: 0 },
      { x: 40, y: 30 },
      { x: -5, y: 30 },
    ];
    expect(editor.commit(asDiff(reshapeArea(editor.doc, 'hall', wider)), 'outline')).toEqual({ ok: true });
    const hall = editor.doc.areas.get('hall')!;
    expect(hall).toMatchObject({ widthM: 45, depthM: 30, siteXM: 95, siteYM: 50 });
    expect(editor.doc.booths.get('b1')).toMatchObject({ xM: 7, yM: 2 });
  });

  it('refuses an outline that crosses itself or has too few corners', () => {
    const { editor } = editorWithLog();
    const bowtie = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(reshapeArea(editor.doc, 'hall', bowtie)).toBe('selfCrossing');
    expect(reshapeArea(editor.doc, 'hall', bowtie.slice(0, 2))).toBe('tooFewPoints');
  });

  it('adds and removes corners, keeping three at least', () => {
    const hall = plan().areas[0]!;
    const five = addVertex(hall, 1, { x: 40, y: 15 });
    expect(five).toHaveLength(5);
    expect(five[2]).toEqual({ x: 40, y: 15 });
    const triangle = removeVertex({ ...hall, outline: five.slice(0, 3) }, 0);
    expect(triangle).toBeNull();
    expect(removeVertex(hall, 0)).toHaveLength(3);
  });
});

describe('the site plan', () => {
  it('moves an area on the site as one undoable step; its booths stay in its frame', async () => {
    const { editor, saved } = editorWithLog();
    expect(moveAreaOnSite(editor.doc, 'yard', 0, 0)).toBeNull();
    editor.commit(moveAreaOnSite(editor.doc, 'yard', 12.3456, -4)!, 'moveArea');
    expect(editor.doc.areas.get('yard')).toMatchObject({ siteXM: 12.346, siteYM: -4 });
    await editor.whenSaved();
    expect(saved.at(-1)!.updated!.areas).toHaveLength(1);
    editor.undo();
    expect(editor.doc.areas.get('yard')).toMatchObject({ siteXM: 0, siteYM: 0 });
  });

  it('puts a new area to the right of the others', () => {
    const { editor } = editorWithLog();
    expect(freeSiteSpot(editor.doc)).toEqual({ xM: 150, yM: 0 });
  });
});
