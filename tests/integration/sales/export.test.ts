import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { reportCsv, reportXlsx } from '../../../electron/services/reports/export';
import { composeReport } from '../../../shared/report/compose';
import { useDemoFair } from './helpers';

describe('fair report export', () => {
  const fair = useDemoFair();

  it('writes a spreadsheet that reads back with the same figures', async () => {
    const report = buildFairReport(fair.db());
    const file = await reportXlsx(composeReport(report, 'vi'));
    expect(file.fileName).toBe('bao-cao-ket-qua-hoi-cho-2025-07-05.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const byDay = rowsOf('Biểu 2');
    expect(byDay).toContainEqual([2, '06/07/2025', report.byDay[1]!.revenue, report.byDay[1]!.entries, report.byDay[1]!.visitors]);
    // The total row's first cell is empty (bordered, no value).
    expect(byDay.find((r) => r[1] === 'Tổng cộng')).toEqual([undefined, 'Tổng cộng', report.revenue.total, report.revenue.entries, 24_300]);
    const food = report.byZone.find((z) => z.name === 'Ẩm thực')!;
    expect(
      rowsOf('Biểu 3')
        .find((r) => r[1] === 'Ẩm thực')
        ?.slice(2),
    ).toEqual([food.booths, food.revenue]);
    expect(
      rowsOf('Biểu 1')
        .find((r) => r[1] === 'Doanh thu bán hàng trực tiếp')
        ?.slice(2),
    ).toEqual(['đồng', report.revenue.total]);
  });

  it('writes a UTF-8 CSV with the same figures', () => {
    const report = buildFairReport(fair.db());
    const file = reportCsv(composeReport(report, 'en'));
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows.find((r) => r[1] === 'Direct sales')?.[3]).toBe(String(report.revenue.total));
    expect(rows.find((r) => r[1] === 'Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long')).toBeTruthy();
    expect(rows.filter((r) => r[0] === 'Total').length + rows.filter((r) => r[1] === 'Total').length).toBeGreaterThan(3);
  });
});
