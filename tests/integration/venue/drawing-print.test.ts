import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { Progress } from '../../../electron/services/print/progress';
import type { FairLibrary } from '../../../electron/services/library';
import { placeAreaDrawing, setAreaDrawing } from '../../../electron/services/venue/drawing';
import { DEFAULT_DRAWING_PLACEMENT } from '../../../shared/model/venue';
import { drawingContent } from '../../../shared/venue/dxf-import';
import { readDxf } from '../../../shared/venue/dxf-read';
import { fairWith, mapOptions, tempLibrary } from '../print/fixtures';

let library: FairLibrary;
let dispose: () => void;
beforeEach(() => ({ library, dispose } = tempLibrary()));
afterEach(() => dispose());

/** Every point handed to a path-building operator on the first page, in page points (y up). */
async function pathPoints(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const ops = await page.getOperatorList();
  let coords = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    const args = ops.argsArray[i] as unknown[];
    // pdfjs 5: [paintOp, [Float32Array of ops and coordinates], minMax]
    const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    coords += data?.length ?? 0;
  });
  await pdf.destroy();
  return coords;
}

it('prints the area’s DXF drawing as vector paths under the booths, placed as the organizer lined it up', async () => {
  const { db, areaId } = fairWith(library, { name: 'Nhà thi đấu', width: 80, depth: 50 }, [{ number: 'A1', x: 2, y: 2 }]);
  const options = mapOptions({ areaId });
  const without = await pathPoints((await renderMapPdf(db, options, new Progress())).bytes);

  const drawing = readDxf(new Uint8Array(readFileSync(resolve('tests/fixtures/dxf/hoi-truong-r2018-utf8.dxf'))));
  const walls = new Set(['Tường bao', 'Cột', 'Cửa']);
  const content = drawingContent(drawing, walls, 0.001, 'hoi-truong.dxf');
  setAreaDrawing(db, 'test', areaId, content, DEFAULT_DRAWING_PLACEMENT);
  const withDrawing = await pathPoints((await renderMapPdf(db, options, new Progress())).bytes);
  const drawnPoints = content.paths.reduce((n, p) => n + p.points.length / 2, 0);
  // Every vertex of the walls, columns and door swings is a path point of the page: vectors, not a picture.
  expect(withDrawing - without).toBeGreaterThanOrEqual(drawnPoints * 2);

  // Hidden, it is not printed.
  placeAreaDrawing(db, 'test', areaId, DEFAULT_DRAWING_PLACEMENT, { ...DEFAULT_DRAWING_PLACEMENT, visible: false });
  expect(await pathPoints((await renderMapPdf(db, options, new Progress())).bytes)).toBe(without);
});
