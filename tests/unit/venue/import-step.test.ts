import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Plan, PlanChangesInput } from '../../../shared/model/plan';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { addBooths } from '../../../renderer/features/plan/editor/commands';
import { defaults } from '../../../renderer/features/plan/editor/records';
import { outlineProblem, polygonArea } from '../../../shared/plan/outline';
import {
  detectInUnits,
  drawingContent,
  extentInUnits,
  nearestVertex,
  outlineBox,
  outlineLayers,
  scaleBooth,
} from '../../../shared/venue/dxf-import';
import { readDxf } from '../../../shared/venue/dxf-read';
import { DrawingContent } from '../../../shared/model/venue';

const plan = (): Plan => ({ areas: [defaults.area('hall', 'Nhà thi đấu', 60, 40, 0)], zones: [], booths: [], features: [] });
const hall = () => readDxf(new Uint8Array(readFileSync(resolve('tests/fixtures/dxf/hoi-truong-r12-ansi1258.dxf'))));

it('turns the chosen layers into the area’s drawing in metres, y down from the drawing’s top-left', () => {
  const drawing = hall();
  const content = drawingContent(drawing, new Set(['Tường bao', 'Cột']), 0.001, 'Hội trường.dxf');
  expect(DrawingContent.safeParse(content).success).toBe(true);
  expect(content.layers).toEqual(['Cột', 'Tường bao']);
  const wall = content.paths.find((p) => content.layers[p.layer] === 'Tường bao')!;
  // The hall's south-west corner (0, 0 mm, y up) is 50 m down from its top-left.
  expect(wall.points.slice(0, 4)).toEqual([0, 50, 80, 50]);
  expect(content.paths.every((p) => content.layers[p.layer] !== 'Gian hàng')).toBe(true);
  expect(extentInUnits(drawing)).toEqual({ width: 80_000, depth: 50_000 });
});

it('takes the area’s edges from the hall’s closed outline: the drawing and booths shift with its corner', () => {
  const drawing = hall();
  expect(outlineLayers(drawing)).toContain('Tường bao');
  const box = outlineBox(drawing, 'Tường bao')!;
  expect(box).toMatchObject({ x: 0, y: 0, width: 80_000, depth: 50_000 });
  // Its corners become the area's outline: a polygon with the hall's floor surface.
  const outline = box.points.map(([x, y]) => ({ x: x * 0.001, y: y * 0.001 }));
  expect(outlineProblem(outline)).toBeNull();
  // 80 × 50 m less what the drawing's bulged (rounded) corner cuts off.
  expect(polygonArea(outline)).toBeGreaterThan(3990);
  expect(polygonArea(outline)).toBeLessThan(4000);
  expect(outlineBox(drawing, 'Cửa')).toBeNull();
  const shifted = drawingContent(drawing, new Set(['Tường bao']), 0.001, 'x.dxf', [1000, 2000]);
  expect(shifted.paths[0]!.points.slice(0, 2)).toEqual([-1, 48]);
  const a1 = detectInUnits(drawing, 'Gian hàng').booths.find((b) => b.number === 'A1')!;
  expect(scaleBooth(a1, 0.001, [1000, 2000]).xM).toBeCloseTo(1, 3);
});

it('finds booths in drawing units and scales them once the units are confirmed', () => {
  const found = detectInUnits(hall(), 'Gian hàng');
  expect(found.booths).toHaveLength(200);
  const a1 = scaleBooth(
    found.booths.find((b) => b.number === 'A1')!,
    0.001,
  );
  expect(a1).toMatchObject({ widthM: 2.5, depthM: 3, rotationDeg: 0 });
  expect(a1.xM).toBeCloseTo(2, 3);
});

it('snaps a click on the preview to the nearest corner within reach, else nothing', () => {
  const d = hall();
  expect(nearestVertex(d, new Set(['Tường bao']), [120, 49_900], 300)).toEqual([0, 50_000]);
  expect(nearestVertex(d, new Set(['Tường bao']), [10_000, 25_000], 300)).toBeNull();
});

it('an import with its drawing is one step: saved together, undone together, and a refused save takes the drawing back', async () => {
  const calls: string[] = [];
  let refuse = false;
  const editor = new PlanEditor({
    plan: plan(),
    persist: async (c: PlanChangesInput) => {
      calls.push(`save ${c.action}`);
      if (refuse) throw Object.assign(new Error('refused'), { code: 'VALIDATION' });
    },
  });
  const effect = { apply: async () => void calls.push('drawing on'), revert: async () => void calls.push('drawing off') };
  const booth = defaults.booth('b1', 'hall', 'B17', { xM: 2, yM: 2 });
  expect(editor.commit(addBooths([booth]), 'import', effect)).toEqual({ ok: true });
  editor.undo();
  editor.redo();
  await expect.poll(() => editor.pending).toBe(0);
  expect(calls).toEqual(['drawing on', 'save import', 'drawing off', 'save undo', 'drawing on', 'save redo']);
  expect(editor.history.undo).toEqual(['import']);

  calls.length = 0;
  refuse = true;
  editor.commit(addBooths([defaults.booth('b2', 'hall', 'B18', { xM: 8, yM: 2 })]), 'import', effect);
  await expect.poll(() => editor.pending).toBe(0);
  expect(calls).toEqual(['drawing on', 'save import', 'drawing off']);
  expect(editor.doc.booths.has('b2')).toBe(false);
  expect(editor.history.undo).toEqual(['import']);
});
