import { describe, expect, it } from 'vitest';
import type { TracedShape } from '../../../electron/services/print/document';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { PT_PER_MM } from '../../../electron/services/print/paper';
import { Progress } from '../../../electron/services/print/progress';
import { createDemoFair } from '../../../electron/services/demo';
import { readPlan } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import { PlanChanges } from '../../../shared/model/plan';
import { readPdf } from './pdf-reader';
import { mapOptions } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

const NO_INDEX = { byExhibitor: false, byBooth: false, groupByZone: false };

describe('the whole site on one sheet', () => {
  const temp = useTempLibrary();

  it('draws every area at its place on the site, every booth numbered, at the true scale it states', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    // The garden becomes L-shaped: its top-right 12 × 10 m (empty of booths) is not part of it.
    const garden = readPlan(db).areas.find((a) => a.name === 'Vườn hoa Kim Đồng')!;
    const outline = [
      { x: 0, y: 0 },
      { x: 28, y: 0 },
      { x: 28, y: 10 },
      { x: 40, y: 10 },
      { x: 40, y: 30 },
      { x: 0, y: 30 },
    ];
    const stage = readPlan(db).features.find((f) => f.areaId === garden.id && f.kind === 'stage')!;
    applyPlanChanges(
      db,
      'test',
      PlanChanges.parse({
        updated: { areas: [{ from: garden, to: { ...garden, outline } }], features: [{ from: stage, to: { ...stage, yM: 12 } }] },
      }),
    );

    const shapes: TracedShape[] = [];
    const options = mapOptions({ layout: { mode: 'site' }, index: NO_INDEX });
    const { bytes, pageCount } = await renderMapPdf(db, options, new Progress(), new Date(), (s) => shapes.push(s));
    const pages = await readPdf(bytes);
    if (process.env.SITE_SHEET_OUT) (await import('node:fs')).writeFileSync(process.env.SITE_SHEET_OUT, bytes);
    expect(pageCount).toBe(1);
    const text = pages[0]!.text;
    expect(text).toContain('Toàn khu: 2 khu vực, 40 gian');
    expect(text).toContain('Vỉa hè Trần Phú');
    expect(text).toContain('Vườn hoa Kim Đồng');
    expect(text).toContain('Chú giải');
    const plan = readPlan(db);
    for (const b of plan.booths) expect(text).toContain(b.number);

    // Areas where the site plan has them: the garden 30 m right of and 20 m below the sidewalk.
    const stated = Number(/Tỷ lệ 1:([\d.]+)/.exec(text)![1]!.replace(/\./g, ''));
    const ptPerM = (1000 / stated) * PT_PER_MM;
    const area = (name: string) => shapes.find((s) => s.kind === 'area' && s.name === name)!.rect;
    const sidewalk = area('Vỉa hè Trần Phú');
    const gardenRect = area('Vườn hoa Kim Đồng');
    expect(gardenRect.x - sidewalk.x).toBeCloseTo(30 * ptPerM, 1);
    expect(gardenRect.y - sidewalk.y).toBeCloseTo(20 * ptPerM, 1);
    expect(sidewalk.w).toBeCloseTo(100 * ptPerM, 1);
    // Each booth at its place in its area, at the same scale.
    for (const b of plan.booths) {
      const at = b.areaId === garden.id ? gardenRect : sidewalk;
      const r = shapes.find((s) => s.kind === 'booth' && s.name === b.number)!.rect;
      expect(r.x - at.x).toBeCloseTo(b.xM * ptPerM, 1);
      expect(r.y - at.y).toBeCloseTo(b.yM * ptPerM, 1);
      expect(r.w).toBeCloseTo(b.widthM * ptPerM, 1);
    }
    // The whole site fits the frame at a round 1:N.
    expect(stated % 50).toBe(0);
  });
});
