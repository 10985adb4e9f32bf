import { loadExcel } from '../lazy-modules';
import type { FileBytes } from '../../../shared/model/fair';
import type { Db } from '../../db/open';
import { toCsv } from '../csv';
import { safeFileName } from '../../../shared/file-name';
import type { MoneyTotals } from '../../../shared/model/ledger';
import { listExhibitors } from './directory';
import { ledgerTotals } from './ledger';
import { translator } from '../../../shared/i18n';

/** The columns and their widths; the headers are the catalogue's, in Vietnamese so an exported file imports back unchanged. */
const COLUMNS = [
  ['legalName', 40],
  ['shortName', 20],
  ['contactPerson', 22],
  ['phone', 15],
  ['email', 26],
  ['address', 36],
  ['province', 14],
  ['taxCode', 16],
  ['category', 18],
  ['ocopStars', 10],
  ['notes', 30],
] as const;
/** The money columns, each summed from the ledger (`ledgerTotals`), so the sheet reconciles with the screen. */
const MONEY = [
  'invoicedDong',
  'paidDong',
  'refundedDong',
  'creditDong',
  'retainedDong',
  'receivableDong',
] as const satisfies readonly (keyof MoneyTotals)[];
const EXTRA = [['booths', 14] as const, ['status', 24] as const, ...MONEY.map((key) => [key, 16] as const)];

/** The directory sheet is written in Vietnamese: its headers are the ones the import recognises. */
const SHEET_LANGUAGE = 'vi';

function table(db: Db): (string | number)[][] {
  const money = ledgerTotals(db).byExhibitor;
  const word = translator(SHEET_LANGUAGE, 'vocabulary');
  return listExhibitors(db).map((e) => [
    ...COLUMNS.map(([key]) => (key === 'ocopStars' ? (e.ocopStars ?? '') : e[key])),
    e.boothNumbers.join(', '),
    e.statuses.map((s) => word(`statuses.${s}`)).join(', '),
    ...MONEY.map((key) => money.get(e.id)?.[key] ?? 0),
  ]);
}

const fileName = (db: Db, ext: string) => {
  const fair = (db.prepare('SELECT name FROM fair LIMIT 1').get() as { name: string } | undefined)?.name ?? 'fair';
  return safeFileName(translator(SHEET_LANGUAGE, 'sheets')('directory.fileName', { fair }), ext);
};

export async function exportDirectory(db: Db, format: 'xlsx' | 'csv'): Promise<FileBytes> {
  const t = translator(SHEET_LANGUAGE, 'sheets');
  const header = (key: (typeof COLUMNS)[number][0] | (typeof EXTRA)[number][0]) => t(`directory.${key}`);
  const headers = [...COLUMNS.map(([key]) => header(key)), ...EXTRA.map(([key]) => header(key))];
  const rows = table(db);
  if (format === 'csv') {
    return { fileName: fileName(db, '.csv'), mimeType: 'text/csv', base64: toCsv([headers, ...rows]).toString('base64') };
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(t('directory.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...COLUMNS, ...EXTRA].map(([key, width]) => ({ header: header(key), width }));
  sheet.getRow(1).font = { bold: true };
  // Tax codes and phones are text: as numbers, Excel would drop their leading zero.
  for (const col of [4, 8]) sheet.getColumn(col).numFmt = '@';
  for (let col = headers.length - MONEY.length + 1; col <= headers.length; col++) sheet.getColumn(col).numFmt = '#,##0';
  sheet.addRows(rows);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: fileName(db, '.xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(buffer).toString('base64'),
  };
}
