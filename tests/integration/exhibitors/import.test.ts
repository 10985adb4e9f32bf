import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { listExhibitors } from '../../../electron/services/exhibitors/directory';
import { exportDirectory } from '../../../electron/services/exhibitors/export';
import { allocateBooth } from '../../../electron/services/exhibitors/allocations';
import { analyzeImport, runImport } from '../../../electron/services/exhibitors/import/import';
import { addExhibitor, makeFair, type TestFair } from './fixture';
import { makeCsv, makeXlsx, manyRows, VI_HEADERS } from './sheets';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

async function refusal(fn: () => Promise<unknown>): Promise<{ code: string; reason?: string; details: Record<string, unknown> }> {
  try {
    await fn();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const details = (error.details ?? {}) as Record<string, unknown>;
    return { code: error.code, reason: details.reason as string | undefined, details };
  }
  throw new Error('expected a refusal');
}

const count = () => listExhibitors(fair.db).length;

describe('import', () => {
  it('imports a real .xlsx with Vietnamese headers, a merged title row, formulas and leading zeros lost by Excel', async () => {
    const file = await makeXlsx(
      [
        VI_HEADERS,
        [
          'Hợp tác xã Nước mắm Cát Hải',
          'Nước mắm Cát Hải',
          'Phạm Văn Hùng',
          '0225 3812 345',
          'a@cathai.vn',
          'Hải Phòng',
          '0201234567',
          'Thực phẩm',
          '5 sao',
        ],
        [
          { formula: 'CONCATENATE("Công ty ","Gốm Chu Đậu")', result: 'Công ty Gốm Chu Đậu' },
          'Gốm Chu Đậu',
          '',
          912345678,
          '',
          'Hải Dương',
          801234567,
          'Thủ công',
          '★★★★',
        ],
      ],
      { title: 'DANH SÁCH ĐƠN VỊ THAM GIA HỘI CHỢ' },
    );
    const analysis = await analyzeImport(fair.db, file, 'don-vi.xlsx');
    expect(analysis).toMatchObject({ format: 'xlsx', headerRow: 2, totalRows: 2, errorCount: 0, newCount: 2, duplicates: 0 });
    expect(analysis.mapping).toMatchObject({ legalName: 0, shortName: 1, phone: 3, taxCode: 6, ocopStars: 8 });
    const result = await runImport(fair.db, 'tester', file, 'don-vi.xlsx', analysis.mapping, 'skip');
    expect(result).toEqual({ created: 2, updated: 0, skipped: 0 });
    const gom = listExhibitors(fair.db).find((e) => e.shortName === 'Gốm Chu Đậu')!;
    expect(gom).toMatchObject({ legalName: 'Công ty Gốm Chu Đậu', phone: '0912345678', taxCode: '0801234567', ocopStars: 4 });
  });

  it('reads CSV in UTF-8 with or without BOM, English headers, semicolons', async () => {
    const rows = [
      ['Company', 'Phone', 'Province', 'Tax code', 'OCOP stars'],
      ['Cơ sở Chè Xanh', '0912 000 111', 'Thái Nguyên', '4600123456-001', '3'],
    ];
    for (const [bom, delimiter] of [
      [true, ','],
      [false, ';'],
    ] as const) {
      const file = makeCsv(rows, bom, delimiter);
      const analysis = await analyzeImport(fair.db, file, 'list.csv');
      expect(analysis.preview[0]!.values).toMatchObject({ legalName: 'Cơ sở Chè Xanh', province: 'Thái Nguyên' });
      expect(analysis.errorCount).toBe(0);
    }
    await runImport(fair.db, 't', makeCsv(rows), 'list.csv', { legalName: 0, phone: 1, province: 2, taxCode: 3, ocopStars: 4 }, 'skip');
    expect(listExhibitors(fair.db)[0]!.province).toBe('Thái Nguyên');
  });

  it('lists bad rows (row, column, why) and imports nothing', async () => {
    const file = makeCsv([
      VI_HEADERS,
      ['Đúng', '', '', '0912345678', '', '', '0201111111', '', ''],
      ['', 'Thiếu tên', '', '', '', '', '', '', ''],
      ['Sai điện thoại', '', '', '12345', 'khong-phai-email', '', '02011', '', '7'],
      ['Trùng mã', '', '', '', '', '', '0201111111', '', ''],
    ]);
    const analysis = await analyzeImport(fair.db, file, 'x.csv');
    expect(analysis.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Tên đơn vị', 'Required'],
      [4, 'Số điện thoại', 'phone'],
      [4, 'Email', 'email'],
      [4, 'Mã số thuế', 'taxCode'],
      [4, 'Hạng OCOP', 'ocop'],
      [5, 'Mã số thuế', 'duplicateInFile'],
    ]);
    const refused = await refusal(() => runImport(fair.db, 't', file, 'x.csv', analysis.mapping, 'skip'));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.details.count).toBe(6);
    expect(count()).toBe(0);
  });

  it('finds duplicates by tax code or by name and phone; skip leaves them, update rewrites them', async () => {
    addExhibitor(fair.db, 'Công ty A', { taxCode: '0201234567', province: 'Cũ' });
    addExhibitor(fair.db, 'Hộ kinh doanh B', { phone: '0912345678', province: 'Cũ' });
    const file = makeCsv([
      ['Tên đơn vị', 'Điện thoại', 'Mã số thuế', 'Tỉnh'],
      ['Công ty A (tên mới)', '', '0201234567', 'Mới'],
      ['Hộ kinh doanh B', '0912.345.678', '', 'Mới'],
      ['Công ty C', '', '', 'Mới'],
    ]);
    const analysis = await analyzeImport(fair.db, file, 'x.csv');
    expect(analysis).toMatchObject({ duplicates: 2, newCount: 1 });
    expect(await runImport(fair.db, 't', file, 'x.csv', analysis.mapping, 'skip')).toEqual({ created: 1, updated: 0, skipped: 2 });
    expect(await runImport(fair.db, 't', file, 'x.csv', analysis.mapping, 'update')).toEqual({ created: 0, updated: 3, skipped: 0 });
    expect(listExhibitors(fair.db).map((e) => e.province)).toEqual(['Mới', 'Mới', 'Mới']);
  });

  it('refuses what is not a spreadsheet, empty files, old .xls, and more than 100,000 rows', async () => {
    expect((await refusal(() => analyzeImport(fair.db, Buffer.alloc(0), 'a.csv'))).reason).toBe('empty');
    expect((await refusal(() => analyzeImport(fair.db, Buffer.from('%PDF-1.7 ...'), 'a.pdf'))).reason).toBe('notSpreadsheet');
    expect((await refusal(() => analyzeImport(fair.db, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'a.xls'))).reason).toBe('oldExcel');
    expect((await refusal(() => analyzeImport(fair.db, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'a.xlsx'))).reason).toBe('damaged');
    expect((await refusal(() => analyzeImport(fair.db, Buffer.from([0xff, 0xfe, 0x41]), 'a.csv'))).reason).toBe('notUtf8');
    expect((await refusal(() => analyzeImport(fair.db, makeCsv([VI_HEADERS]), 'a.csv'))).reason).toBe('empty');
    const huge = 'Tên đơn vị\n' + Array.from({ length: 100_001 }, (_, i) => `Đơn vị ${i}`).join('\n');
    expect((await refusal(() => analyzeImport(fair.db, Buffer.from(huge), 'a.csv'))).reason).toBe('tooManyRows');
    expect(count()).toBe(0);
  });

  it('de-duplicates merged header names and still maps the first', async () => {
    const file = await makeXlsx(
      [
        ['Tên đơn vị', 'Liên hệ', '', 'Mã số thuế'],
        ['Công ty Một', 'Chị Lan', '0912345678', '0201234567'],
      ],
      { mergeHeader: [2, 3] },
    );
    const analysis = await analyzeImport(fair.db, file, 'a.xlsx');
    expect(analysis.headers).toEqual(['Tên đơn vị', 'Liên hệ', 'Liên hệ (2)', 'Mã số thuế']);
    expect(analysis.mapping).toEqual({ legalName: 0, contactPerson: 1, taxCode: 3 });
  });

  it('imports 10,000 rows from .xlsx in one go', async () => {
    const file = await makeXlsx([VI_HEADERS, ...manyRows(10_000)]);
    const analysis = await analyzeImport(fair.db, file, 'big.xlsx');
    expect(analysis.errorCount).toBe(0);
    expect(await runImport(fair.db, 't', file, 'big.xlsx', analysis.mapping, 'skip')).toEqual({ created: 10_000, updated: 0, skipped: 0 });
    expect(count()).toBe(10_000);
  });

  it('exports the directory to .xlsx and .csv that import back unchanged', async () => {
    addExhibitor(fair.db, 'Hợp tác xã Mật ong Thủy Nguyên', {
      taxCode: '0201234567',
      phone: '0225 381 2345',
      ocopProducts: [{ name: 'Mật ong hoa nhãn', stars: 4, certifiedYear: 2023 }],
      province: 'Hải Phòng',
    });
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await exportDirectory(fair.db, format);
      expect(file.fileName.endsWith(`.${format}`)).toBe(true);
      const analysis = await analyzeImport(fair.db, Buffer.from(file.base64, 'base64'), file.fileName);
      expect(analysis).toMatchObject({ totalRows: 1, errorCount: 0, duplicates: 1 });
      expect(analysis.preview[0]!.values).toMatchObject({
        legalName: 'Hợp tác xã Mật ong Thủy Nguyên',
        taxCode: '0201234567',
        ocopStars: '4',
      });
    }
  });

  it('writes the directory in the sheet’s language: Vietnamese headers and statuses, the screen’s words', async () => {
    const e = addExhibitor(fair.db, 'Hộ kinh doanh Nguyễn Văn Hải', { shortName: 'Bánh đa cua' });
    allocateBooth(fair.db, 'tester', { boothId: fair.booth.A1!, exhibitorId: e.id });
    const file = await exportDirectory(fair.db, 'csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const [header, row] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Tên gọi tắt');
    expect(header).toContain('Ngành hàng');
    expect(header).toContain('Còn phải thu (đồng)');
    expect(row).toContain('Giữ chỗ');
    expect(row).not.toMatch(/\bheld\b/);
  });
});
