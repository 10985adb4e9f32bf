import type PDFDocument from 'pdfkit';
import { loadPdfKit } from '../lazy-modules';
import type { Language } from '../../../shared/model/fair';
import type { ReportPrintOptions } from '../../../shared/model/print';
import { composeReport } from '../../../shared/report/compose';
import { cellText, type Align, type ReportDoc, type ReportTable } from '../../../shared/report/document';
import type { Db } from '../../db/open';
import { buildFairReport, type PreviousEdition } from '../reports/fair-report';
import { fontBytes, SERIF_FACES, type SerifFace } from './fonts';
import { wrap, type Measure } from './fit-label';
import type { PdfResult } from './map-pdf';
import type { Progress } from './progress';
import type { Weight } from './typeset';

type Doc = InstanceType<typeof PDFDocument>;

/** Decree 30/2020/NĐ-CP: A4 portrait; margins top 20, bottom 20, left 30, right 15 mm. */
const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const WIDTH = A4[0] - MARGINS.left - MARGINS.right;
const BOTTOM = A4[1] - MARGINS.bottom;
/** Points, as the .docx: body 14, header lines 12–13, tables 12, the exhibitor list 10. Tinos has Times's metrics. */
const SIZE = { body: 14, header: 12.5, table: 11.5, small: 10 };
const LINE_GAP = 1.5;
/** Room for a table's title and unit lines; tables of up to this many rows are never split. */
const TABLE_TITLE_PT = 40;
const SHORT_TABLE_ROWS = 12;

interface Style {
  face?: SerifFace;
  size?: number;
  align?: Align | 'justify';
  indent?: number;
  gap?: number;
}

class Writer {
  y = MARGINS.top;
  constructor(readonly doc: Doc) {}

  page(): void {
    this.doc.addPage({ size: A4, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.y = MARGINS.top;
  }

  height(text: string, width: number, s: Style): number {
    this.doc.font(s.face ?? 'serif').fontSize(s.size ?? SIZE.body);
    return this.doc.heightOfString(text.normalize('NFC'), { width, lineGap: LINE_GAP, indent: s.indent ?? 0 });
  }

  /** Writes a paragraph at (x, y) within width; moves to a new page first when it would not fit. */
  text(text: string, s: Style = {}, x = MARGINS.left, width = WIDTH): number {
    const h = this.height(text, width, s);
    if (this.y + Math.min(h, 3 * (s.size ?? SIZE.body)) > BOTTOM) this.page();
    this.doc
      .font(s.face ?? 'serif')
      .fontSize(s.size ?? SIZE.body)
      .fillColor('#000000');
    this.doc.text(text.normalize('NFC'), x, this.y, { width, align: s.align ?? 'left', lineGap: LINE_GAP, indent: s.indent ?? 0 });
    this.y = Math.max(this.y + h, this.doc.y) + (s.gap ?? 0);
    return h;
  }

  /** A centred rule under a line of text, as wide as the text (the motto and issuing body rules). */
  rule(cx: number, width: number, y: number): void {
    this.doc
      .moveTo(cx - width / 2, y)
      .lineTo(cx + width / 2, y)
      .lineWidth(0.6)
      .stroke('#000000');
  }

  textWidth(text: string, face: SerifFace, size: number): number {
    return this.doc.font(face).fontSize(size).widthOfString(text.normalize('NFC'));
  }
}

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

/**
 * Serif widths for wrapping table cells ourselves: pdfkit's own wrapper measured every cell twice
 * per row and took half a minute on a 2,500-unit list. pdfkit shapes each word once per document
 * and keeps it, so measuring here and drawing later share that work.
 */
class SerifMeasure implements Measure {
  constructor(private readonly doc: Doc) {}

  width(text: string, size: number, weight: Weight = 'regular'): number {
    return this.doc
      .font(weight === 'bold' ? 'serifBold' : 'serif')
      .fontSize(size)
      .widthOfString(text);
  }

  lineHeight(size: number): number {
    return this.doc.font('serif').fontSize(size).currentLineHeight(true) + LINE_GAP;
  }
}

async function table(w: Writer, t: ReportTable, language: Language, progress: Progress): Promise<void> {
  const size = t.columns.length > 5 ? SIZE.small : SIZE.table;
  const pad = 3;
  const widths = t.columns.map((c) => c.width * WIDTH);
  const xs = widths.map((_v, i) => MARGINS.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const doc = w.doc;
  const measure = new SerifMeasure(doc);
  const lineH = measure.lineHeight(size);
  /** Each cell's lines, wrapped to its column (a word wider than the column is broken). */
  const layout = (cells: string[], weight: Weight) =>
    cells.map((c, i) =>
      c
        .normalize('NFC')
        .split(/\r?\n/)
        .flatMap((part) => wrap(measure, part, size, widths[i]! - 2 * pad, weight) ?? [part]),
    );
  const heightOf = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * lineH + 2 * pad;
  const drawRow = (lines: string[][], weight: Weight, header: boolean) => {
    const h = heightOf(lines);
    const face: SerifFace = weight === 'bold' ? 'serifBold' : 'serif';
    lines.forEach((cell, i) => {
      doc.rect(xs[i]!, w.y, widths[i]!, h).lineWidth(0.5).stroke('#000000');
      const align = header ? 'center' : t.columns[i]!.align;
      const inner = widths[i]! - 2 * pad;
      cell.forEach((text, n) => {
        const free = align === 'left' ? 0 : inner - measure.width(text, size, weight);
        doc.font(face).fontSize(size).fillColor('#000000');
        doc.text(text, xs[i]! + pad + (align === 'center' ? free / 2 : free), w.y + pad + n * lineH, { lineBreak: false });
      });
    });
    w.y += h;
  };
  const headers = layout(
    t.columns.map((c) => c.header),
    'bold',
  );
  const rows = [
    ...t.rows.map((r, i) => ({ cells: r, bold: !!t.boldRows?.includes(i) })),
    ...(t.total ? [{ cells: t.total, bold: true }] : []),
  ];
  const rowLines = (r: (typeof rows)[number]) =>
    layout(
      r.cells.map((c) => cellText(c, language)),
      r.bold ? 'bold' : 'regular',
    );
  // The title and header never end a page alone: a short table stays whole, a long one keeps its first rows.
  const kept = rows.length <= SHORT_TABLE_ROWS ? rows : rows.slice(0, 3);
  const keptHeight = kept.reduce((h, r) => h + heightOf(rowLines(r)), 0);
  if (w.y + TABLE_TITLE_PT + heightOf(headers) + keptHeight > BOTTOM) w.page();
  w.text(`${t.label}. ${t.title}`, { face: 'serifBold', align: 'center', gap: 1 });
  if (t.unit) w.text(t.unit, { face: 'serifItalic', size: SIZE.table, align: 'right', gap: 2 });
  drawRow(headers, 'bold', true);
  for (const [i, r] of rows.entries()) {
    const weight: Weight = r.bold ? 'bold' : 'regular';
    const lines = rowLines(r);
    if (w.y + heightOf(lines) > BOTTOM) {
      w.page();
      drawRow(headers, 'bold', true);
    }
    drawRow(lines, weight, false);
    if (i % 200 === 199) await progress.step(200);
  }
  w.y += 12;
}

/** pdfkit's embedded font keeps each word it has shaped; only that cache is reached into. */
interface ShapingFont {
  layoutCache?: Record<string, unknown>;
}
const shapedWords = new Map<SerifFace, Record<string, unknown>>();
/** Beyond this many words a face's cache starts again, so a long-running app does not grow without end. */
const SHAPED_WORDS_LIMIT = 200_000;

/**
 * Shaping a word (OpenType substitution and positioning) is most of a report PDF's cost, and
 * pdfkit does it again in every document. The same face from the same bytes shapes a word the same
 * way, with the same glyph ids, so the shaped words are kept across documents.
 */
function shareShapedWords(doc: Doc, face: SerifFace): void {
  doc.font(face);
  const font = (doc as unknown as { _font: ShapingFont })._font;
  if (!font.layoutCache) return;
  let words = shapedWords.get(face);
  if (!words || Object.keys(words).length > SHAPED_WORDS_LIMIT) {
    words = Object.create(null) as Record<string, unknown>;
    shapedWords.set(face, words);
  }
  font.layoutCache = words;
}

/** The report as a PDF in the Decree 30 layout, written from the same blocks as the .docx. */
export async function reportPdfBytes(d: ReportDoc, language: Language, progress: Progress): Promise<PdfResult> {
  const PDFKit = await loadPdfKit();
  const doc = new PDFKit({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    lang: language,
    info: { Title: d.title.normalize('NFC'), Creator: 'FairFloor', Producer: 'FairFloor' },
  });
  for (const face of SERIF_FACES) {
    doc.registerFont(face, fontBytes(face));
    shareShapedWords(doc, face);
  }
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
  for (const t of d.tables) await table(w, t, language, progress);
  // Page numbers from page 2, centred in the top margin (Decree 30).
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font('serif').fontSize(SIZE.header).fillColor('#000000');
    doc.text(String(i + 1), MARGINS.left, 10 * MM, { width: WIDTH, align: 'center', lineBreak: false });
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
  return reportPdfBytes(composeReport(report, options.language), options.language, progress);
}
