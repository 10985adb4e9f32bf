import PDFDocument from 'pdfkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../electron/db/open';
import { FairLibrary } from '../../electron/services/library';
import { fontBytes } from '../../electron/services/print/fonts';
import { renderMapPdf } from '../../electron/services/print/map-pdf';
import { mm, pointsPerMetre, printableFrame, tileCounts } from '../../electron/services/print/paper';
import { Progress } from '../../electron/services/print/progress';
import { createDemoFair } from '../../electron/services/demo';
import { DEFAULT_MAP_OPTIONS, type MapLayout, type MapPrintOptions, type Paper } from '../../shared/model/print';
import { bigFair } from '../integration/print/fixtures';
import { timeMedian, type BenchReport } from './report';

/**
 * The baseline: pdfkit alone drawing the same rectangles, numbers and names at a fixed size, without
 * fitting; with the index, the same rows as the map's (exhibitors: name — legal name, booths, area;
 * booths: number, exhibitor, zone, area) at 60 rows to a sheet in one column, with no measuring.
 */
async function rawPdfkit(db: Db, paper: [number, number], index: boolean): Promise<number> {
  const booths = db
    .prepare(
      `SELECT b.number, b.x_m AS x, b.y_m AS y, b.width_m AS w, b.depth_m AS d, coalesce(e.short_name, '') AS name,
              coalesce(e.legal_name, '') AS legal, coalesce(z.name, '') AS zone, ar.name AS area
       FROM booth b JOIN area ar ON ar.id = b.area_id LEFT JOIN zone z ON z.id = b.zone_id
       LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled' LEFT JOIN exhibitor e ON e.id = a.exhibitor_id`,
    )
    .all() as { number: string; x: number; y: number; w: number; d: number; name: string; legal: string; zone: string; area: string }[];
  const area = db.prepare('SELECT width_m AS w, depth_m AS d FROM area').get() as { w: number; d: number };
  const s = Math.min(paper[0] / area.w, paper[1] / area.d);
  const doc = new PDFDocument({ size: paper, margin: 0, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('body', fontBytes('regular'));
  doc.font('body');
  for (const b of booths) {
    doc.rect(b.x * s, b.y * s, b.w * s, b.d * s).fillAndStroke('#d3f9d8', '#2f9e44');
    doc
      .fillColor('#212529')
      .fontSize(3)
      .text(b.number, b.x * s + 1, b.y * s + 1, { lineBreak: false });
    if (b.name) doc.fontSize(2).text(b.name, b.x * s + 1, b.y * s + 5, { lineBreak: false });
  }
  const rows: string[][] = [];
  if (index) {
    const held = booths.filter((b) => b.name);
    const byExhibitor = new Map<string, typeof held>();
    for (const b of held) byExhibitor.set(b.legal, [...(byExhibitor.get(b.legal) ?? []), b]);
    for (const list of byExhibitor.values())
      rows.push([`${list[0]!.name} — ${list[0]!.legal}`, list.map((b) => b.number).join(', '), list[0]!.area]);
    for (const b of held) rows.push([b.number, b.name, b.zone, b.area]);
  }
  const rowsPerPage = 60;
  const cellX = [40, 400, 1400, 2200];
  rows.forEach((row, i) => {
    if (i % rowsPerPage === 0) doc.addPage({ size: paper, margin: 0 });
    const y = 40 + (i % rowsPerPage) * 30;
    doc.fontSize(24);
    row.forEach((cell, c) => doc.text(cell, cellX[c]!, y, { lineBreak: false }));
  });
  doc.end();
  await done;
  return Buffer.concat(chunks).length;
}

/** The largest standard scale at which every area of the fair is cut into at most four sheets of `paper`. */
function tileScale(db: Db, paper: Paper): number {
  const areas = db.prepare('SELECT width_m AS w, depth_m AS d FROM area').all() as { w: number; d: number }[];
  const frame = printableFrame(paper);
  const sheets = (scale: number) =>
    Math.max(
      ...areas.map((a) => {
        const { rows, columns } = tileCounts(a.w, a.d, frame, pointsPerMetre(scale), mm(10));
        return rows * columns;
      }),
    );
  return [50, 100, 200, 500, 1000, 2000, 5000].find((scale) => sheets(scale) <= 4) ?? 5000;
}

/**
 * Sheets each layout takes with both lists (the organizer's copy), on A4, A3 and A0, for the demo fair
 * and 500 and 3,000 booths, beside the sheets its maps are drawn on: the difference is the sheets
 * that hold only the index. The exhibitor variant prints one exhibitor's sheet with the directory.
 */
async function sheetCounts(library: FairLibrary, report: BenchReport): Promise<void> {
  const fairs: [string, Db][] = [
    ['demo', library.db(createDemoFair(library, 'bench').id)],
    ['500', bigFair(library, 500).db],
    ['3000', bigFair(library, 3_000).db],
  ];
  for (const [fair, db] of fairs) {
    const exhibitor = db.prepare("SELECT exhibitor_id AS id FROM allocation WHERE status <> 'cancelled' ORDER BY rowid LIMIT 1").get() as {
      id: string;
    };
    for (const size of ['A4', 'A3', 'A0'] as const) {
      const paper: Paper = { size, orientation: 'landscape', marginMm: 10 };
      const layouts: [string, Partial<MapPrintOptions>][] = [
        ['fit', { layout: { mode: 'fit' } }],
        ['tile', { layout: { mode: 'tile', scale: tileScale(db, paper), overlapMm: 10 } satisfies MapLayout }],
        ['exhibitor', { variant: 'exhibitor', exhibitorId: exhibitor.id }],
      ];
      for (const [name, patch] of layouts) {
        const options: MapPrintOptions = { ...DEFAULT_MAP_OPTIONS, variant: 'organizer', language: 'vi', paper, ...patch };
        // The sheets a map is drawn on, read from the same run's drawing: the rest hold only the index.
        const mapPages = new Set<number>();
        const { pageCount } = await renderMapPdf(db, options, new Progress(), new Date(), (shape) => {
          if (shape.kind === 'frame') mapPages.add(shape.page);
        });
        const scale = patch.layout?.mode === 'tile' ? ` at 1:${patch.layout.scale}` : '';
        report.add({
          id: `print.sheets_${fair}_${name}_${size}`,
          value: pageCount,
          unit: 'sheets',
          baseline: mapPages.size,
          note: `${name}${scale} with both lists; baseline: the sheets its maps take (the rest hold only the index)`,
        });
      }
    }
  }
}

/** Printing: big maps through the whole pipeline (read, fit labels, draw, index), against raw pdfkit in the same run. */
export const printBench = {
  name: 'print',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-print-'));
    try {
      const library = new FairLibrary(dir);
      const options = (index: boolean): MapPrintOptions => ({
        ...DEFAULT_MAP_OPTIONS,
        paper: { size: 'A0', orientation: 'landscape', marginMm: 10 },
        language: 'vi',
        index: { byExhibitor: index, byBooth: index, groupByZone: false },
      });
      const a0: [number, number] = [mm(1189), mm(841)];
      for (const [n, index] of [
        [2_000, true],
        [10_000, false],
      ] as const) {
        const { db } = bigFair(library, n);
        let pages = 0;
        const ms = await timeMedian(3, async () => {
          pages = (await renderMapPdf(db, options(index), new Progress())).pageCount;
        });
        const raw = await timeMedian(3, () => rawPdfkit(db, a0, index));
        report.add({
          id: `print.map_${n}_booths${index ? '_with_index' : ''}`,
          value: ms,
          unit: 'ms',
          baseline: raw,
          note: `${pages} pages on A0; baseline: raw pdfkit, same booths and labels${index ? ' and index rows' : ''}`,
        });
      }
      // Sheets of A0 for a map with both indexes (organizer's), beside the sheets the same rows need at
      // 60 to an A0 sheet in one column (the raw baseline's index layout).
      for (const n of [500, 3_000]) {
        const { db } = bigFair(library, n);
        const { pageCount } = await renderMapPdf(db, { ...options(true), variant: 'organizer' }, new Progress());
        const held = (db.prepare("SELECT count(*) AS n FROM allocation WHERE status <> 'cancelled'").get() as { n: number }).n;
        const exhibitors = (
          db.prepare("SELECT count(DISTINCT exhibitor_id) AS n FROM allocation WHERE status <> 'cancelled'").get() as { n: number }
        ).n;
        const oneColumn = 1 + Math.ceil((n + exhibitors) / 60);
        report.add({
          id: `print.a0_sheets_${n}_booths_with_index`,
          value: pageCount,
          unit: 'sheets',
          baseline: oneColumn,
          note: `${n} booth rows and ${exhibitors} exhibitor rows (${held} booths held); baseline: map + index at 60 rows a sheet`,
        });
      }
      await sheetCounts(library, report);
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
