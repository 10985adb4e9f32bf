import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { fairReportCsv, fairReportXlsx } from '../../../electron/services/reports/export';
import { useDemoFair } from './helpers';

describe('fair report export', () => {
  const fair = useDemoFair();

  it('writes a spreadsheet that reads back with the same figures', async () => {
    const report = buildFairReport(fair.db());
    const file = await fairReportXlsx(report, 'vi');
    expect(file.fileName).toBe('bao-cao-hoi-cho-2025-07-05.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Báo cáo hội chợ')!;
    const all: unknown[][] = [];
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      all.push(values);
      if (typeof values[0] === 'string') rows.set(values[0], values.slice(1));
    });
    expect(rows.get('Tên hội chợ')).toEqual([report.fair.name]);
    expect(rows.get('Tổng doanh thu (đồng)')).toEqual([report.revenue.total]);
    expect(rows.get('Lượt khách tham quan')).toEqual([20_500]);
    expect(rows.get('06/07/2025')).toEqual([report.byDay[1]!.revenue, report.byDay[1]!.entries, report.byDay[1]!.visitors]);
    const food = report.byZone.find((z) => z.name === 'Ẩm thực')!;
    expect(all).toContainEqual(['Ẩm thực', food.booths, food.revenue]);
  });

  it('writes a UTF-8 CSV with the same figures', () => {
    const report = buildFairReport(fair.db());
    const file = fairReportCsv(report, 'en');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows.find((r) => r[0] === 'Total revenue (VND)')?.[1]).toBe(String(report.revenue.total));
    expect(rows.find((r) => r[0] === 'Fair')?.[1]).toBe('Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025');
    const cash = rows.find((r) => r[0] === 'Cash')!;
    expect(Number(cash[2])).toBe(report.byMethod.find((m) => m.method === 'cash')!.revenue);
  });
});
