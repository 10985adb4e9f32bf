import { loadExcel } from '../lazy-modules';
import type { FileBytes } from '../../../shared/model/fair';
import type { Cell, ReportDoc, ReportTable } from '../../../shared/report/document';
import { toCsv } from '../csv';

/** Excel's limit on sheet names, and the characters it refuses in them. */
const sheetName = (t: ReportTable) => `${t.label}`.replace(/[\\/*?:[\]]/g, '').slice(0, 31);

/** The heading lines every sheet and the CSV start with: who reports, what, when. */
function heading(doc: ReportDoc): string[] {
  return [doc.header.parentBody, doc.header.issuingBody, `${doc.kind}: ${doc.title}`, doc.header.placeDate].filter(Boolean);
}

/**
 * The report's tables as a workbook: one print-ready sheet per "Biểu" (A4, fitted to the page
 * width, header row repeated on every page), numbers kept as numbers under "Đơn vị tính".
 */
export async function reportXlsx(doc: ReportDoc): Promise<FileBytes> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'FairFloor';
  const summary = workbook.addWorksheet(doc.kind.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  summary.columns = [{ width: 110 }];
  for (const line of heading(doc)) summary.addRow([line]).font = { bold: true };
  summary.addRow([]);
  for (const b of doc.body) {
    const row = summary.addRow([b.kind === 'bullet' ? `- ${b.text}` : b.text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (b.kind === 'heading' || b.kind === 'subheading') row.font = { bold: true };
  }
  summary.addRow([]);
  summary.addRow([doc.press]).alignment = { wrapText: true };

  for (const t of doc.tables) {
    const wide = t.columns.length > 5;
    const sheet = workbook.addWorksheet(sheetName(t), {
      pageSetup: {
        paperSize: 9,
        orientation: wide ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: '&C&P/&N' },
    });
    const totalWidth = wide ? 150 : 100;
    sheet.columns = t.columns.map((c) => ({ width: Math.max(6, Math.round(c.width * totalWidth)) }));
    const span = (text: string, bold: boolean, italic = false, align: 'center' | 'right' = 'center') => {
      const row = sheet.addRow([text]);
      sheet.mergeCells(row.number, 1, row.number, t.columns.length);
      row.font = { bold, italic };
      row.alignment = { horizontal: align };
    };
    span(`${t.label}. ${t.title}`, true);
    span(doc.header.issuingBody ? `(${doc.title})` : '', false, true);
    if (t.unit) span(t.unit, false, true, 'right');
    const header = sheet.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const headerRow = header.number;
    for (const r of t.rows) sheet.addRow(r);
    if (t.total) sheet.addRow(t.total).font = { bold: true };
    const last = sheet.rowCount;
    for (let n = headerRow; n <= last; n++) {
      sheet.getRow(n).eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
        if (n > headerRow) {
          const c = t.columns[col - 1];
          cell.alignment = { horizontal: c?.align ?? 'left', vertical: 'top', wrapText: true };
          // Whole đồng grouped: Excel shows 1.500.000 or 1,500,000 by the reader's locale.
          if (typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? '#,##0' : '#,##0.0';
        }
      });
    }
    sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
    sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${doc.fileBase}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
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
