import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoothType } from '../../../shared/model/plan';
import { BOOTH_TYPE_COLOURS } from '../../../shared/plan/boothType';
import { applyPricing } from '../../../electron/services/exhibitors/pricing';
import { readPlan } from '../../../electron/services/plan';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import type { TracedShape } from '../../../electron/services/print/document';
import { Progress } from '../../../electron/services/print/progress';
import { boothType as inspectorType, derivedTypes } from '../../../renderer/features/plan/editor/boothTypes';
import { fillByType } from '../../../renderer/features/plan/ui/colorBy';
import { readPdf, allText } from './pdf-reader';
import { fairWith, mapOptions, tempLibrary, type TestBooth } from './fixtures';

/** A double row turned 30°: the same neighbours as a straight one, so the same types. */
function turnedRow(): TestBooth[] {
  const a = (30 * Math.PI) / 180;
  const at = (c: number, r: number) => ({ x: 20 + c * Math.cos(a) - r * Math.sin(a), y: 12 + c * Math.sin(a) + r * Math.cos(a) });
  return [0, 1, 2].flatMap((c) => [0, 1].map((r) => ({ number: `R${r}${c}`, ...at(c * 3, r * 3), rotation: 30 })));
}

/**
 * One fixture, every reader: a single row, a row against a wall, a lone island, a rotated double
 * row. The editor's colouring, the inspector, the pricing service and the printed PDF must all say
 * the same type for every booth.
 */
const BOOTHS: TestBooth[] = [
  { number: 'S1', x: 2, y: 2 },
  { number: 'S2', x: 5, y: 2 },
  { number: 'S3', x: 8, y: 2 },
  { number: 'W1', x: 2, y: 10 },
  { number: 'W2', x: 5, y: 10 },
  { number: 'W3', x: 8, y: 10 },
  { number: 'I1', x: 4, y: 20, exhibitor: 'Gốm Chu Đậu' },
  ...turnedRow(),
];
const PREMIUM: Record<BoothType, number> = { inline: 0, corner: 10, peninsula: 20, island: 30 };
const typeOfColour = new Map(Object.entries(BOOTH_TYPE_COLOURS).map(([type, hex]) => [hex, type as BoothType]));

let dir = '';
let dispose = () => {};
const seen: Record<string, Record<string, BoothType | undefined>> = { editor: {}, inspector: {}, pricing: {}, pdf: {} };
let pdfText = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-types-'));
  const lib = tempLibrary();
  dispose = lib.dispose;
  const { db, areaId } = fairWith(lib.library, { name: 'Nhà thi đấu', width: 36, depth: 28 }, BOOTHS);
  // The wall closes the back of row W.
  db.prepare("INSERT INTO feature (id, area_id, kind, x_m, y_m, width_m, depth_m) VALUES (?, ?, 'wall', 1, 13, 11, 0.3)").run(
    randomUUID(),
    areaId,
  );
  const plan = readPlan(db);

  // The editor colours and the inspector read the plan core through the renderer's own functions.
  const derived = derivedTypes(plan.booths, plan.features);
  const fill = fillByType(derived);
  for (const b of plan.booths) {
    seen.editor![b.number] = typeOfColour.get(fill(b));
    seen.inspector![b.number] = inspectorType(b, derived);
  }

  // Pricing charges the premium of the type it derives: 9 m² × 100.000 đ × (1 + premium).
  applyPricing(
    db,
    'test',
    plan.booths.map((b) => b.id),
    { perM2ByZone: {}, defaultPerM2: 100_000, premiumPct: PREMIUM },
  );
  for (const b of readPlan(db).booths) {
    const premium = Math.round((b.priceDong / 900_000 - 1) * 100);
    seen.pricing![b.number] = (Object.keys(PREMIUM) as BoothType[]).find((t) => PREMIUM[t] === premium);
  }

  // The organizer's map coloured by type, parsed back: each booth's colour read from the rendered page.
  const traces: TracedShape[] = [];
  const { bytes } = await renderMapPdf(db, mapOptions({ variant: 'organizer', colorBy: 'type' }), new Progress(), new Date(), (s) =>
    traces.push(s),
  );
  pdfText = allText(await readPdf(bytes));
  writeFileSync(join(dir, 'map.pdf'), bytes);
  const scale = 2;
  execFileSync('pdftoppm', ['-png', '-r', String(72 * scale), '-f', '1', '-l', '1', '-singlefile', join(dir, 'map.pdf'), join(dir, 'map')]);
  const png = PNG.sync.read(readFileSync(join(dir, 'map.png')));
  const rotation = new Map(plan.booths.map((b) => [b.number, (b.rotationDeg * Math.PI) / 180]));
  for (const t of traces.filter((s) => s.kind === 'booth' && s.page === 0)) {
    const a = rotation.get(t.name) ?? 0;
    const votes = new Map<BoothType, number>();
    // A grid of points inside the booth (its label sits in the middle; the border on its edge).
    for (const u of [0.1, 0.2, 0.8, 0.9])
      for (const v of [0.1, 0.2, 0.8, 0.9]) {
        const [lx, ly] = [u * t.rect.w, v * t.rect.h];
        const px = Math.round((t.rect.x + lx * Math.cos(a) - ly * Math.sin(a)) * scale);
        const py = Math.round((t.rect.y + lx * Math.sin(a) + ly * Math.cos(a)) * scale);
        const i = (py * png.width + px) * 4;
        const hex = '#' + [0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('');
        const type = typeOfColour.get(hex);
        if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
      }
    const best = [...votes].sort((x, y) => y[1] - x[1])[0];
    seen.pdf![t.name] = best && best[1] >= 8 ? best[0] : undefined;
  }
}, 120_000);

afterAll(() => {
  dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('booth type: one fixture through the editor, the inspector, pricing and the PDF', () => {
  it('the layouts get the types the plan core promises', () => {
    expect(seen.inspector).toMatchObject({
      S1: 'peninsula',
      S2: 'inline',
      S3: 'peninsula',
      W1: 'corner',
      W2: 'inline',
      W3: 'corner',
      I1: 'island',
      R00: 'corner',
      R01: 'inline',
      R02: 'corner',
      R10: 'corner',
      R11: 'inline',
      R12: 'corner',
    });
  });

  for (const reader of ['editor', 'pricing', 'pdf'] as const) {
    it(`${reader} says the same type as the inspector for every booth`, () => {
      for (const b of BOOTHS) expect(seen[reader]![b.number], `${reader} ${b.number}`).toBe(seen.inspector![b.number]);
    });
  }

  it('the printed legend names the types', () => {
    for (const label of ['Gian 1 mặt thoáng', 'Gian góc (2 mặt thoáng)', 'Gian 3 mặt thoáng', 'Gian đảo (4 mặt thoáng)'])
      expect(pdfText).toContain(label);
  });
});
