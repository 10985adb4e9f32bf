import { loadExcel } from '../lazy-modules';
import type { FileBytes } from '../../../shared/model/fair';
import type { Db } from '../../db/open';
import { toCsv } from '../csv';
import { safeFileName } from '../../../shared/file-name';
import type { MoneyTotals } from '../../../shared/model/ledger';
import { listExhibitors } from './directory';
import { ledgerTotals } from './ledger';

/** Vietnamese headers the import recognises, so an exported file imports back unchanged. */
const COLUMNS = [
  ['legalName', 'Tên đơn vị', 40],
  ['shortName', 'Tên gọi tắt', 20],
  ['contactPerson', 'Người liên hệ', 22],
  ['phone', 'Điện thoại', 15],
  ['email', 'Email', 26],
  ['address', 'Địa chỉ', 36],
  ['province', 'Tỉnh/thành', 14],
  ['taxCode', 'Mã số thuế', 16],
  ['category', 'Ngành hàng', 18],
  ['ocopStars', 'Hạng OCOP', 10],
  ['notes', 'Ghi chú', 30],
] as const;
/** The money columns, each summed from the ledger (`ledgerTotals`), so the sheet reconciles with the screen. */
const MONEY = [
  ['invoicedDong', 'Phải thu (đồng)'],
  ['paidDong', 'Đã thu (đồng)'],
  ['refundedDong', 'Đã hoàn trả (đồng)'],
  ['creditDong', 'Tiền gửi lại (đồng)'],
  ['retainedDong', 'Tiền cọc giữ lại (đồng)'],
  ['receivableDong', 'Còn phải thu (đồng)'],
] as const satisfies readonly (readonly [keyof MoneyTotals, string])[];
const EXTRA = [['Gian hàng', 14] as const, ['Trạng thái', 24] as const, ...MONEY.map(([, header]) => [header, 16] as const)];

function table(db: Db): (string | number)[][] {
  const money = ledgerTotals(db).byExhibitor;
  return listExhibitors(db).map((e) => [
    ...COLUMNS.map(([key]) => (key === 'ocopStars' ? (e.ocopStars ?? '') : e[key])),
    e.boothNumbers.join(', '),
    e.statuses.join(', '),
    ...MONEY.map(([key]) => money.get(e.id)?.[key] ?? 0),
  ]);
}

const fileName = (db: Db, ext: string) => {
  const fair = (db.prepare('SELECT name FROM fair LIMIT 1').get() as { name: string } | undefined)?.name ?? 'fair';
  return safeFileName(`${fair} - đơn vị tham gia`, ext);
};

export async function exportDirectory(db: Db, format: 'xlsx' | 'csv'): Promise<FileBytes> {
  const headers = [...COLUMNS.map(([, h]) => h), ...EXTRA.map(([h]) => h)];
  const rows = table(db);
  if (format === 'csv') {
    return { fileName: fileName(db, '.csv'), mimeType: 'text/csv', base64: toCsv([headers, ...rows]).toString('base64') };
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('Đơn vị tham gia', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...COLUMNS.map(([, header, width]) => ({ header, width })), ...EXTRA.map(([header, width]) => ({ header, width }))];
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
