import { loadPdfKit } from '../lazy-modules';
import type { Language } from '../../../shared/model/fair';
import type { ReportPrintOptions } from '../../../shared/model/print';
import { composeReport } from '../../../shared/report/compose';
import type { ReportDoc } from '../../../shared/report/document';
import type { Db } from '../../db/open';
import { buildFairReport, type PreviousEdition } from '../reports/fair-report';
import { registerFaces, SERIF_FACES } from './fonts';
import type { PdfResult } from './map-pdf';
import { pdfContext, type Doc } from './document';
import { readFairHeading } from './data';
import { drawHeatPages } from './heat-pdf';
import type { Progress } from './progress';
import { ReportTables } from './report-pdf-table';
import { BOTTOM, MARGINS, MM, SIZE, WIDTH, Writer } from './report-pdf-writer';

function header(w: Writer, d: ReportDoc): void {
  const leftW = WIDTH * 0.45;
  const rightX = MARGINS.left + leftW;
  const rightW = WIDTH - leftW;
  const top = w.y;
  const h = d.header;
  // Left column: parent body, issuing body (bold) with its rule, the number.
  w.text(h.parentBody, { size: SIZE.header, align: 'center' }, MARGINS.left, leftW);
  w.text(h.issuingBody, { size: SIZE.header, face: 'serifBold', align: 'center' }, MARGINS.left, leftW);
  w.rule(MARGINS.left + leftW / 2, Math.min(leftW * 0.4, 70), w.y + 2);
  w.y += 8;
  w.text(h.number, { size: SIZE.header, align: 'center' }, MARGINS.left, leftW);
  const leftBottom = w.y;
  // Right column: the national title, the motto with its rule as wide as the motto, the place and date.
  w.y = top;
  w.text(h.nation, { size: SIZE.header - 0.5, face: 'serifBold', align: 'center' }, rightX, rightW);
  w.text(h.motto, { size: SIZE.header + 0.5, face: 'serifBold', align: 'center' }, rightX, rightW);
  w.rule(rightX + rightW / 2, w.textWidth(h.motto, 'serifBold', SIZE.header + 0.5), w.y + 2);
  w.y += 8;
  w.text(h.placeDate, { size: SIZE.header + 0.5, face: 'serifItalic', align: 'center' }, rightX, rightW);
  w.y = Math.max(w.y, leftBottom) + 18;
}

function titleBlock(w: Writer, d: ReportDoc): void {
  w.text(d.kind, { face: 'serifBold', size: SIZE.body + 1, align: 'center' });
  w.text(d.title, { face: 'serifBold', size: SIZE.body, align: 'center' }, MARGINS.left + 30, WIDTH - 60);
  w.rule(MARGINS.left + WIDTH / 2, 80, w.y + 3);
  w.y += 16;
}

function body(w: Writer, d: ReportDoc): void {
  const indent = 10 * MM;
  for (const b of d.body) {
    if (b.kind === 'heading') w.text(b.text, { face: 'serifBold', gap: 3 });
    else if (b.kind === 'subheading') w.text(b.text, { face: 'serifBold', indent, gap: 2 });
    else if (b.kind === 'bullet') w.text(`- ${b.text}`, { align: 'justify', indent, gap: 3 });
    else w.text(b.text, { align: 'justify', indent, gap: 3, face: b.italic ? 'serifItalic' : 'serif' });
  }
  w.text(d.closing, { align: 'justify', indent, gap: 10 });
}

function signature(w: Writer, d: ReportDoc): void {
  const half = WIDTH / 2;
  const needed = 30 + d.recipients.length * 12 + 110;
  if (w.y + needed > BOTTOM) w.page();
  const top = w.y;
  w.text(d.recipientsLabel, { face: 'serifBoldItalic', size: SIZE.table + 1 }, MARGINS.left, half);
  for (const r of d.recipients) w.text(r, { size: SIZE.table }, MARGINS.left, half);
  const leftBottom = w.y;
  w.y = top;
  const x = MARGINS.left + half;
  if (d.signer.authority) w.text(d.signer.authority, { face: 'serifBold', align: 'center' }, x, half);
  w.text(d.signer.title, { face: 'serifBold', align: 'center' }, x, half);
  w.y += 70;
  w.text(d.signer.name, { face: 'serifBold', align: 'center' }, x, half);
  w.y = Math.max(w.y, leftBottom) + 10;
}

/** The revenue heat map the appendix ends with: the fair's file, and the day reported (null: the whole fair). */
export interface HeatAppendix {
  db: Db;
  day: string | null;
  now?: Date;
}

/** Map sheets in the appendix: A4 landscape, with room above the frame for the report's page number. */
const HEAT_PAPER = { size: 'A4', orientation: 'landscape', marginMm: 16 } as const;

/** The heat map's pages after the tables, drawn as the heat map PDF draws them (same colours, legend and scale). */
async function heatPages(doc: Doc, d: ReportDoc, language: Language, heat: HeatAppendix, progress: Progress): Promise<void> {
  const ctx = pdfContext(doc, { paper: HEAT_PAPER, language, fair: readFairHeading(heat.db), now: heat.now ?? new Date() }, () => {
    throw new Error('The report numbers and ends its own document.');
  });
  await drawHeatPages(
    ctx,
    heat.db,
    { areaId: null, day: heat.day, metric: 'revenue' },
    progress,
    `${d.appendixTitle}: ${ctx.t('heatAppendix')}`,
  );
}

/** The report as a PDF in the Decree 30 layout, written from the same blocks as the .docx; the heat map closes the appendix when asked. */
export async function reportPdfBytes(
  d: ReportDoc,
  language: Language,
  progress: Progress,
  heat: HeatAppendix | null = null,
): Promise<PdfResult> {
  const PDFKit = await loadPdfKit();
  const doc = new PDFKit({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    lang: language,
    info: { Title: d.title.normalize('NFC'), Creator: 'FairFloor', Producer: 'FairFloor' },
  });
  registerFaces(doc, SERIF_FACES);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  progress.total = d.tables.reduce((n, t) => n + t.rows.length, 0) + 1;
  const w = new Writer(doc);
  w.page();
  header(w, d);
  titleBlock(w, d);
  body(w, d);
  signature(w, d);
  await progress.step(1);
  w.page();
  w.text(d.appendixTitle, { face: 'serifBold', align: 'center' });
  w.text(d.appendixNote, { face: 'serifItalic', align: 'center', gap: 8 });
  const tables = new ReportTables(w, language);
  for (const t of d.tables) await tables.draw(t, progress);
  if (heat) await heatPages(doc, d, language, heat, progress);
  // Page numbers from page 2, centred in the top margin (Decree 30).
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    const n = String(i + 1);
    w.line(n, 'serif', SIZE.header, (doc.page.width - w.width(n, 'serif', SIZE.header)) / 2, 10 * MM);
    w.batch.flush();
  }
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), pageCount: range.count };
}

/** The report PDF of a fair, for the print dialog (whole fair; the comparison when the caller read the previous edition). */
export async function renderReportPdf(
  db: Db,
  options: ReportPrintOptions,
  progress: Progress,
  now: Date = new Date(),
  previous: PreviousEdition | null = null,
): Promise<PdfResult> {
  const report = buildFairReport(db, { now, previous });
  return reportPdfBytes(
    composeReport(report, options.language),
    options.language,
    progress,
    options.heatMap !== false ? { db, day: null, now } : null,
  );
}
