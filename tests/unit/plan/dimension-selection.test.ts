import { describe, expect, it } from 'vitest';
import { ACTIONS, type ActionContext, type ActionHost } from '../../../renderer/features/plan/editor/actions';
import { itemsBounds } from '../../../renderer/features/plan/editor/commands';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { defaults } from '../../../renderer/features/plan/editor/records';

/** Two booths and one dimension line along their front, on a 40 × 30 m hall; a second, empty yard. */
function setup() {
  let n = 0;
  const editor = new PlanEditor({
    plan: {
      areas: [defaults.area('hall', 'Nhà A', 40, 30, 0), defaults.area('yard', 'Sân', 40, 30, 1)],
      zones: [],
      booths: [defaults.booth('b1', 'hall', 'A01', { xM: 5, yM: 5 }), defaults.booth('b2', 'hall', 'A02', { xM: 8, yM: 5 })],
      features: [],
      dimensions: [defaults.dimension('d1', 'hall', { x: 5, y: 5 }, { x: 11, y: 5 }, 1)],
    },
    newId: () => `new${++n}`,
  });
  const host: ActionHost = {
    openDialog: () => undefined,
    zoomToFit: () => undefined,
    zoomToSelection: () => undefined,
    toggleHelp: () => undefined,
    refused: (p) => {
      throw new Error(`refused: ${JSON.stringify(p)}`);
    },
    clipboard: { items: [] },
    openFind: () => undefined,
    viewCentre: () => null,
  };
  const run = (id: string, at?: ActionContext['at']) => ACTIONS.find((a) => a.id === id)!.perform({ editor, host, at });
  return { editor, host, run };
}

describe('dimension lines go with booths', () => {
  it('the marquee takes a dimension line only when it lies wholly inside, offset line included', () => {
    const { editor } = setup();
    // The offset of 1 m puts the drawn line at y = 4 (left of the direction, on a y-down plan).
    editor.selectInBox({ x: 4, y: 4.5, width: 10, height: 4 }, false);
    expect([...editor.selection].sort()).toEqual(['b1', 'b2']);
    editor.selectInBox({ x: 4, y: 3.5, width: 10, height: 5 }, false);
    expect([...editor.selection].sort()).toEqual(['b1', 'b2', 'd1']);
    expect(itemsBounds(editor.doc, editor.selection)).toEqual({ x: 5, y: 4, width: 6, height: 4 });
  });

  it('select all (Ctrl+A) takes the area’s dimension lines; delete removes them with the booths, undone in one step', () => {
    const { editor, run } = setup();
    run('selectAll');
    expect([...editor.selection].sort()).toEqual(['b1', 'b2', 'd1']);
    run('delete');
    expect(editor.doc.dimensions.size).toBe(0);
    expect(editor.doc.booths.size).toBe(0);
    editor.undo();
    expect([...editor.doc.dimensions.keys()]).toEqual(['d1']);
    expect(editor.doc.booths.size).toBe(2);
  });

  it('copy and paste at the pointer on another area carries the dimension line, moved with the booths and selected', () => {
    const { editor, run } = setup();
    run('selectAll');
    run('copy');
    editor.setArea('yard');
    run('paste', { x: 20, y: 20 });
    const pasted = [...editor.doc.dimensions.values()].filter((d) => d.areaId === 'yard');
    expect(pasted).toHaveLength(1);
    // The group (x 5…11, y 4…8) is centred on (20, 20): moved by (12, 14).
    expect(pasted[0]).toMatchObject({ x1M: 17, y1M: 19, x2M: 23, y2M: 19, offsetM: 1 });
    const booths = [...editor.areaBooths()].sort((a, b) => a.xM - b.xM);
    expect(booths.map((b) => [b.xM, b.yM])).toEqual([
      [17, 19],
      [20, 19],
    ]);
    expect([...editor.selection].sort()).toEqual([...booths.map((b) => b.id), pasted[0]!.id].sort());
    // The originals stay.
    expect(editor.doc.dimensions.get('d1')).toMatchObject({ areaId: 'hall', x1M: 5 });
    editor.undo();
    expect(editor.doc.dimensions.size).toBe(1);
  });

  it('cut keeps the dimension line on the clipboard; duplicate copies it beside the original', () => {
    const { editor, host, run } = setup();
    run('selectAll');
    run('duplicate');
    const copies = [...editor.doc.dimensions.values()].filter((d) => d.id !== 'd1');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ x1M: 6, y1M: 6, x2M: 12, y2M: 6 });
    editor.undo();
    run('selectAll');
    run('cut');
    expect(editor.doc.dimensions.size).toBe(0);
    expect(host.clipboard.items.map((r) => r.id).sort()).toEqual(['b1', 'b2', 'd1']);
  });

  it('a drag of booths with a selected dimension line moves the line in the same step', () => {
    const { editor } = setup();
    editor.select(['b1', 'b2', 'd1']);
    editor.setTransient(editor.selectedBooths().map((b) => ({ ...b, xM: b.xM + 2 })));
    const line = editor.doc.dimensions.get('d1')!;
    editor.commitTransient('move', [{ ...line, x1M: 7, x2M: 13 }]);
    expect(editor.doc.dimensions.get('d1')).toMatchObject({ x1M: 7, x2M: 13 });
    editor.undo();
    expect(editor.doc.dimensions.get('d1')).toMatchObject({ x1M: 5, x2M: 11 });
    expect(editor.doc.booths.get('b1')!.xM).toBe(5);
  });
});
