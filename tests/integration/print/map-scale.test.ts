import { describe, expect, it } from 'vitest';
import type { TracedShape } from '../../../electron/services/print/document';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { Progress } from '../../../electron/services/print/progress';
import { createDemoFair } from '../../../electron/services/demo';
import { measured, readPdf, scaleOf } from './pdf-reader';
import { mapOptions } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

const NO_INDEX = { byExhibitor: false, byBooth: false, groupByZone: false };

describe('printed scale', () => {
  const temp = useTempLibrary();

  it('states the true 1:N of a fitted map: the scale bar and the booths measure what it says', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const shapes: TracedShape[] = [];
    for (const size of ['A4', 'A3', 'A0'] as const) {
      shapes.length = 0;
      const options = mapOptions({ paper: { size, orientation: 'landscape', marginMm: 10 }, index: NO_INDEX });
      const pages = await readPdf((await renderMapPdf(db, options, new Progress(), new Date(), (s) => shapes.push(s))).bytes);
      const { stated, barM, barPt } = scaleOf(pages[0]!);
      expect(measured(barM, barPt)).toBeCloseTo(stated, 0);
      // The first area's booths are 3 m wide (the sidewalk): on paper they are 3,000 / N mm.
      const booth = shapes.find((s) => s.page === 0 && s.kind === 'booth' && !s.rotated)!;
      const widthM = (db.prepare('SELECT width_m AS w FROM booth WHERE number = ?').get(booth.name) as { w: number }).w;
      expect(measured(widthM, booth.rect.w)).toBeCloseTo(stated, 0);
      // A scale a ruler can check: two significant figures.
      expect(String(stated).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
    }
  });

  it('keeps the overview’s sheet grid inside the map frame, clear of the legend and scale bar', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const sidewalk = (db.prepare("SELECT id FROM area WHERE name = 'Vỉa hè Trần Phú'").get() as { id: string }).id;
    const shapes: TracedShape[] = [];
    const options = mapOptions({
      areaId: sidewalk,
      paper: { size: 'A4', orientation: 'portrait', marginMm: 10 },
      layout: { mode: 'tile', scale: 150, overlapMm: 10 },
      index: NO_INDEX,
    });
    const pages = await readPdf((await renderMapPdf(db, options, new Progress(), new Date(), (s) => shapes.push(s))).bytes);
    const frame = shapes.find((s) => s.page === 0 && s.kind === 'frame')!.rect;
    const sheets = shapes.filter((s) => s.page === 0 && s.kind === 'sheet');
    expect(sheets.length).toBeGreaterThan(1);
    const footerTop = Math.min(
      ...pages[0]!.items.filter((i) => i.str.startsWith('Chú giải') || i.str.startsWith('Tỷ lệ')).map((i) => i.top),
    );
    for (const { rect } of sheets) {
      expect(rect.x).toBeGreaterThanOrEqual(frame.x - 0.01);
      expect(rect.x + rect.w).toBeLessThanOrEqual(frame.x + frame.w + 0.01);
      expect(rect.y + rect.h).toBeLessThanOrEqual(frame.y + frame.h + 0.01);
      expect(rect.y + rect.h).toBeLessThan(footerTop);
    }
    // Each sheet's page states the scale it was asked for, and its bar measures it.
    const { stated, barM, barPt } = scaleOf(pages[1]!);
    expect(stated).toBe(150);
    expect(measured(barM, barPt)).toBeCloseTo(150, 0);
  });
});
