import type { FileBytes } from '../../../shared/model/fair';
import type { Cell, ReportDoc, ReportTable } from '../../../shared/report/document';
import { toCsv } from '../csv';
import { writeXlsx, type XlsxRow, type XlsxSheet, type XlsxStyle } from './xlsx-writer';

/** Excel's limit on sheet names, and the characters it refuses in them. */
const sheetName = (t: ReportTable) => `${t.label}`.replace(/[\\/*?:[\]]/g, '').slice(0, 31);

/** The heading lines every sheet and the CSV start with: who reports, what, when. */
function heading(doc: ReportDoc): string[] {
  return [doc.header.parentBody, doc.header.issuingBody, `${doc.kind}: ${doc.title}`, doc.header.placeDate].filter(Boolean);
}

const SHEET_MARGINS = { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** The report's text (what the .docx says in prose) as one column of rows. */
function summarySheet(doc: ReportDoc): XlsxSheet {
  const bold = { bold: true };
  const wrapped = { wrap: true, vertical: 'top' as const };
  const rows: XlsxRow[] = heading(doc).map((line) => ({ cells: [line], style: bold }));
  rows.push({ cells: [] });
  for (const b of doc.body) {
    const title = b.kind === 'heading' || b.kind === 'subheading';
    rows.push({ cells: [b.kind === 'bullet' ? `- ${b.text}` : b.text], style: title ? { ...wrapped, ...bold } : wrapped });
  }
  rows.push({ cells: [] }, { cells: [doc.press], style: { wrap: true } });
  return { name: doc.kind.slice(0, 31), columns: [110], rows, margins: SHEET_MARGINS };
}

/** One "Biểu": its title, the report it belongs to, its unit, then a bordered table whose header row prints on every page. */
function tableSheet(doc: ReportDoc, t: ReportTable): XlsxSheet {
  const wide = t.columns.length > 5;
  const totalWidth = wide ? 150 : 100;
  const rows: XlsxRow[] = [];
  const spans: number[] = [];
  const span = (text: string, style: XlsxStyle) => {
    rows.push({ cells: [text], style });
    spans.push(rows.length);
  };
  span(`${t.label}. ${t.title}`, { bold: true, horizontal: 'center' });
  span(doc.header.issuingBody ? `(${doc.title})` : '', { italic: true, horizontal: 'center' });
  if (t.unit) span(t.unit, { italic: true, horizontal: 'right' });
  rows.push({
    cells: t.columns.map((c) => c.header),
    style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true },
  });
  const headerRow = rows.length;
  // One style per column and weight, shared by every cell: whole đồng grouped (Excel shows 1.500.000 or 1,500,000 by the reader's locale).
  const cellStyles = (bold: boolean, numFmt?: XlsxStyle['numFmt']) =>
    t.columns.map((c): XlsxStyle => ({
      bold,
      horizontal: c.align,
      vertical: 'top',
      wrap: true,
      border: true,
      ...(numFmt ? { numFmt } : {}),
    }));
  const looks = [false, true].map((bold) => ({
    text: cellStyles(bold),
    whole: cellStyles(bold, '#,##0'),
    decimal: cellStyles(bold, '#,##0.0'),
  }));
  const styled = (cells: Cell[], isBold: boolean): XlsxRow => {
    const look = looks[isBold ? 1 : 0]!;
    return {
      cells,
      style: cells.map((v, i) => (typeof v === 'number' ? (Number.isInteger(v) ? look.whole[i]! : look.decimal[i]!) : look.text[i]!)),
    };
  };
  const bold = new Set(t.boldRows ?? []);
  t.rows.forEach((r, i) => rows.push(styled(r, bold.has(i))));
  if (t.total) rows.push(styled(t.total, true));
  return {
    name: sheetName(t),
    columns: t.columns.map((c) => Math.max(6, Math.round(c.width * totalWidth))),
    rows,
    spans,
    landscape: wide,
    margins: SHEET_MARGINS,
    headerRow,
    footer: '&C&P/&N',
  };
}

/**
 * The report's tables as a workbook: one print-ready sheet per "Biểu" (A4, fitted to the page
 * width, header row repeated on every page), numbers kept as numbers under "Đơn vị tính".
 */
export async function reportXlsx(doc: ReportDoc): Promise<FileBytes> {
  const bytes = await writeXlsx([summarySheet(doc), ...doc.tables.map((t) => tableSheet(doc, t))], 'FairFloor');
  return {
    fileName: `${doc.fileBase}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/** The same tables one after another, for any program that reads CSV. */
export function reportCsv(doc: ReportDoc): FileBytes {
  const rows: Cell[][] = heading(doc).map((l) => [l]);
  rows.push([]);
  for (const t of doc.tables) {
    rows.push(
      [`${t.label}. ${t.title}`],
      ...(t.unit ? [[t.unit]] : []),
      t.columns.map((c) => c.header),
      ...t.rows,
    );
    if (t.total) rows.push(t.total);
    rows.push([]);
  }
  return { fileName: `${doc.fileBase}.csv`, mimeType: 'text/csv', base64: toCsv(rows).toString('base64') };
}
