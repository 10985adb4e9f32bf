import ExcelJS from 'exceljs';

export type Cell = string | number | null | { formula: string; result: string | number };

/** A real .xlsx made with exceljs: optional title row merged across the columns above the headers. */
export async function makeXlsx(rows: Cell[][], options: { title?: string; mergeHeader?: [number, number] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  const width = Math.max(...rows.map((r) => r.length));
  if (options.title) {
    sheet.addRow([options.title]);
    sheet.mergeCells(1, 1, 1, width);
  }
  for (const row of rows) sheet.addRow(row);
  if (options.mergeHeader) {
    const headerRow = options.title ? 2 : 1;
    sheet.mergeCells(headerRow, options.mergeHeader[0], headerRow, options.mergeHeader[1]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function makeCsv(rows: (string | number)[][], bom = true, delimiter = ','): Buffer {
  const text = rows
    .map((r) => r.map((c) => (/[",;\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(delimiter))
    .join('\r\n');
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

export const VI_HEADERS = [
  'Tên đơn vị',
  'Tên ngắn',
  'Người liên hệ',
  'Số điện thoại',
  'Email',
  'Tỉnh/thành',
  'Mã số thuế',
  'Ngành hàng',
  'Hạng OCOP',
];

/** n plausible exhibitors with distinct tax codes and phones. */
export function manyRows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [
    `Hợp tác xã Nông sản số ${i + 1}`,
    `HTX ${i + 1}`,
    'Nguyễn Văn An',
    `09${String(10_000_000 + i).padStart(8, '0')}`,
    `lienhe${i}@example.vn`,
    i % 2 ? 'Hải Phòng' : 'Quảng Ninh',
    `03${String(10_000_000 + i).padStart(8, '0')}`,
    i % 3 ? 'Thực phẩm' : 'Thủ công mỹ nghệ',
    i % 4 === 0 ? '' : String(3 + (i % 3)),
  ]);
}
