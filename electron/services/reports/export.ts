import ExcelJS from 'exceljs';
import { formatDay, formatDayRange, formatTimestamp } from '../../../shared/dates';
import type { FileBytes, Language } from '../../../shared/model/fair';
import type { FairReport } from '../../../shared/model/report';
import { toCsv } from '../csv';
import { reportLabels } from './export-labels';

type Cell = string | number;
/** A titled block of rows: the one layout both the spreadsheet and the CSV are written from. */
interface Block {
  title: string;
  header?: Cell[];
  rows: Cell[][];
  /** Row added under the block with the sum, so a reader checks the total at a glance. */
  total?: Cell[];
}

function reportBlocks(report: FairReport, language: Language): Block[] {
  const l = reportLabels(language);
  const sum = (rows: { revenue: number }[]) => rows.reduce((n, r) => n + r.revenue, 0);
  return [
    {
      title: l.title,
      rows: [
        [l.fair, report.fair.name],
        [l.dates, formatDayRange(report.fair.firstDay, report.fair.lastDay, language)],
        [l.venue, report.fair.venue],
        [l.organizer, report.fair.organizer],
        [l.generatedAt, formatTimestamp(report.generatedAt, language)],
      ],
    },
    {
      title: l.summary,
      rows: [
        [l.booths, report.booths.total],
        [l.sellable, report.booths.sellable],
        [l.allocated, report.booths.allocated],
        [l.exhibitors, report.exhibitors.participating],
        [l.revenue, report.revenue.total],
        [l.entries, report.revenue.entries],
        [l.voided, report.revenue.voidedEntries],
        [l.visitors, report.visitors.total],
      ],
    },
    {
      title: l.byDay,
      header: [l.day, l.amount, l.entries, l.visitors],
      rows: report.byDay.map((d) => [formatDay(d.day, language), d.revenue, d.entries, d.visitors]),
      total: [l.total, sum(report.byDay), report.revenue.entries, report.visitors.total],
    },
    {
      title: l.byZone,
      header: [l.zone, l.booths, l.amount],
      rows: report.byZone.map((z) => [z.name || l.noZone, z.booths, z.revenue]),
      total: [l.total, report.booths.total, sum(report.byZone)],
    },
    {
      title: l.byCategory,
      header: [l.category, l.exhibitors, l.amount],
      rows: report.byCategory.map((c) => [c.category || l.noCategory, c.exhibitors, c.revenue]),
      total: [l.total, '', sum(report.byCategory)],
    },
    {
      title: l.byMethod,
      header: [l.method, l.entries, l.amount],
      rows: report.byMethod.map((m) => [l.methods[m.method], m.entries, m.revenue]),
      total: [l.total, report.revenue.entries, sum(report.byMethod)],
    },
    {
      title: l.top,
      header: [l.rank, l.legalName, l.name, l.boothNumbers, l.amount],
      rows: report.topExhibitors.map((e, i) => [i + 1, e.legalName, e.name, e.boothNumbers.join(', '), e.revenue]),
    },
  ];
}

function fileName(report: FairReport, language: Language, ext: string): string {
  return `${reportLabels(language).file}-${report.fair.firstDay}.${ext}`;
}

export async function fairReportXlsx(report: FairReport, language: Language): Promise<FileBytes> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FairFloor';
  const sheet = workbook.addWorksheet(reportLabels(language).sheet);
  sheet.columns = [{ width: 34 }, { width: 40 }, { width: 22 }, { width: 18 }, { width: 18 }];
  for (const block of reportBlocks(report, language)) {
    sheet.addRow([block.title]).font = { bold: true, size: 12 };
    if (block.header) sheet.addRow(block.header).font = { bold: true };
    for (const row of block.rows) sheet.addRow(row);
    if (block.total) sheet.addRow(block.total).font = { bold: true };
    sheet.addRow([]);
  }
  // Whole đồng, grouped: Excel shows 1.500.000 or 1,500,000 by the reader's locale.
  sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'number' && (cell.numFmt = '#,##0')));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: fileName(report, language, 'xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}

export function fairReportCsv(report: FairReport, language: Language): FileBytes {
  const rows: Cell[][] = [];
  for (const block of reportBlocks(report, language)) {
    rows.push([block.title]);
    if (block.header) rows.push(block.header);
    rows.push(...block.rows);
    if (block.total) rows.push(block.total);
    rows.push([]);
  }
  return { fileName: fileName(report, language, 'csv'), mimeType: 'text/csv', base64: toCsv(rows).toString('base64') };
}
