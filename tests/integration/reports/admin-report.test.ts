import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportsHandlers } from '../../../electron/handlers/reports';
import { ledgerTotals } from '../../../electron/services/exhibitors/ledger';
import { buildDashboard } from '../../../electron/services/reports/dashboard';
import { formatNumber } from '../../../shared/money';
import { changePercent, dongProse } from '../../../shared/report/words';
import { allText, readPdf } from '../print/pdf-reader';
import { useDemoFair } from '../sales/helpers';
import { bytesOf, docxParagraphs, docxTables, handlerContext } from './report-helpers';

const HEADINGS = [
  'I. MỤC ĐÍCH, CĂN CỨ, THỜI GIAN VÀ ĐỊA ĐIỂM',
  'II. QUY MÔ HỘI CHỢ',
  'III. KẾT QUẢ TỔ CHỨC HỘI CHỢ',
  'IV. ĐÁNH GIÁ CHUNG',
  'V. ĐỀ XUẤT, KIẾN NGHỊ',
];

describe('the Department report of the demo fair', () => {
  const fair = useDemoFair();
  const call = async (format: 'docx' | 'pdf' | 'xlsx' | 'csv') =>
    reportsHandlers.exportFairReport({ fairId: fair.fairId(), format, language: 'vi', day: null }, handlerContext(fair.library()));

  it('reads back from the .docx with the national header, sections, totals and every exhibitor', async () => {
    const ctx = handlerContext(fair.library());
    const screen = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: null }, ctx);
    const dashboard = buildDashboard(fair.db());
    expect(screen.revenue.total).toBe(dashboard.total.revenue);

    const file = await call('docx');
    expect(file.fileName).toBe('bao-cao-ket-qua-hoi-cho-2025-07-05.docx');
    const paragraphs = await docxParagraphs(file);
    const text = paragraphs.join('\n');
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'SỞ CÔNG THƯƠNG',
    ]) {
      expect(paragraphs).toContain(line);
    }
    expect(text).toMatch(/Số: +\/BC-SCT/);
    expect(paragraphs).toContain('Hải Phòng, ngày 08 tháng 7 năm 2025');
    for (const h of HEADINGS) expect(paragraphs).toContain(h);
    expect(text).toContain('1/34 tỉnh, thành');
    expect(text).toContain(`ước đạt ${dongProse(screen.revenue.total, 'vi')} (${formatNumber(screen.revenue.total, 'vi')} đồng)`);
    expect(dongProse(screen.revenue.total, 'vi')).toMatch(/^\d+(,\d{1,2})? (tỷ|triệu) đồng$/);
    for (const b of screen.ocop.byStars) expect(text).toContain(`${b.products} sản phẩm ${b.stars} sao`);
    expect(screen.ocop.products).toBeGreaterThan(0);
    expect(paragraphs).toContain('Nơi nhận:');
    expect(paragraphs).toContain('GIÁM ĐỐC');

    // Booth fees as the payment ledger sums them, in the text and in their own table.
    const money = ledgerTotals(fair.db()).fair;
    expect(money.invoicedDong).toBeGreaterThan(0);
    expect(screen.money).toEqual(money);
    expect(text).toContain(`còn phải thu ${formatNumber(money.receivableDong, 'vi')} đồng`);
    expect(paragraphs).toContain('Biểu 7. Thu tiền thuê gian hàng');

    // The appendix: Biểu 8 lists all 37 units, STT 1…37, its total row to the đồng.
    expect(paragraphs).toContain('Biểu 8. Danh sách đơn vị tham gia');
    const tables = await docxTables(file);
    const list = tables.find((t) => t[0]?.[1] === 'Tên đơn vị')!;
    const body = list.slice(1, -1);
    expect(body).toHaveLength(37);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 37 }, (_v, i) => String(i + 1)));
    expect(body.map((r) => r[1])).toContain('Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long');
    expect(list.at(-1)![1]).toBe('Tổng cộng');
    expect(list.at(-1)![6]).toBe(formatNumber(dashboard.total.revenue, 'vi'));
    const rowSum = body.reduce((n, r) => n + Number(r[6]!.replace(/\./g, '')), 0);
    expect(rowSum).toBe(dashboard.total.revenue);
    const fees = tables.find((t) => t[0]?.[2] === 'Số tiền (đồng)')!;
    expect(fees.slice(1).map((r) => r[1])).toEqual(['Phải thu', 'Đã thu', 'Đã hoàn trả', 'Tiền gửi lại của đơn vị', 'Còn phải thu']);
    expect(fees.slice(1).map((r) => Number(r[2]!.replace(/\./g, '')))).toEqual([
      money.invoicedDong,
      money.paidDong,
      money.refundedDong,
      money.creditDong,
      money.receivableDong,
    ]);

    // Page numbers from page 2: the first page's header is empty, the others carry PAGE.
    const zip = await JSZip.loadAsync(bytesOf(file));
    const headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async('string')));
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:titlePg');
  });

  it('says the same in the PDF and the .xlsx, to the đồng', async () => {
    const screen = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: null }, handlerContext(fair.library()));
    const pages = await readPdf(bytesOf(await call('pdf')));
    const text = allText(pages);
    expect(pages[0]!.width).toBeCloseTo(595.28, 0);
    for (const needle of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hải Phòng, ngày 08 tháng 7 năm 2025',
      '1/34 tỉnh, thành',
      ...HEADINGS,
      formatNumber(screen.revenue.total, 'vi'),
      'Biểu 8. Danh sách đơn vị tham gia',
      'Châu Long',
      `Còn phải thu ${formatNumber(screen.money.receivableDong, 'vi')}`,
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(needle);
    }
    // No number on page 1; "2" at the top of page 2.
    expect(pages[0]!.items.some((i) => i.str === '1' && i.top < 40)).toBe(false);
    expect(pages[1]!.items.some((i) => i.str === '2' && i.top < 40)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(await call('xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Biểu 8')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const units = rows.filter((r) => typeof r[0] === 'number');
    expect(units).toHaveLength(37);
    expect(rows.find((r) => r[1] === 'Tổng cộng')?.[6]).toBe(screen.revenue.total);
    expect(units.reduce((n, r) => n + (r[6] as number), 0)).toBe(screen.revenue.total);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });
});

describe('comparison with the previous edition', () => {
  const fair = useDemoFair();

  it('duplicates the demo as next year, records sales, and states the change in numbers and per cent', async () => {
    const library = fair.library();
    const ctx = handlerContext(library);
    const before = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: null }, ctx);
    const next = await library.duplicate(
      fair.fairId(),
      {
        ...before.fair,
        name: 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2026',
        firstDay: '2026-07-04',
        lastDay: '2026-07-06',
        notes: '',
      },
      'Lan',
    );
    const db = library.db(next.id);
    // Next year: 30 of the booths are taken, each sells 50 triệu đồng on the first day.
    const booths = db.prepare("SELECT id FROM booth WHERE kind <> 'non_sellable' ORDER BY number LIMIT 30").all() as { id: string }[];
    const exhibitors = db.prepare('SELECT id FROM exhibitor ORDER BY legal_name LIMIT 30').all() as { id: string }[];
    const at = '2026-07-04T03:00:00.000Z';
    booths.forEach((b, i) => {
      db.prepare(
        "INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES (?, ?, ?, 'paid', 0, ?, ?)",
      ).run(`al${i}`, b.id, exhibitors[i]!.id, at, at);
      db.prepare(
        "INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES (?, ?, ?, '2026-07-04', 50000000, 'cash', ?)",
      ).run(`s${i}`, b.id, exhibitors[i]!.id, at);
    });

    const settings = await reportsHandlers.getReportSettings({ fairId: next.id }, ctx);
    expect(settings).toMatchObject({ previousFairId: fair.fairId(), previousFairName: before.fair.name });
    const report = await reportsHandlers.getFairReport({ fairId: next.id, day: null }, ctx);
    expect(report.comparison?.previous.revenue).toBe(before.revenue.total);
    expect(report.revenue.total).toBe(1_500_000_000);
    expect(report.agreements.list).toEqual([]);

    const text = (
      await docxParagraphs(await reportsHandlers.exportFairReport({ fairId: next.id, format: 'docx', language: 'vi', day: null }, ctx))
    ).join('\n');
    expect(text).toContain(`So với ${before.fair.name}:`);
    const pct = (Math.round(((1_500_000_000 - before.revenue.total) / before.revenue.total) * 1000) / 10).toLocaleString('vi-VN');
    expect(text).toContain(`Doanh thu tăng ${dongProse(1_500_000_000 - before.revenue.total, 'vi')} (+${pct}%)`);
    // The demo has 40 booths: 10 fewer is a quarter.
    expect(before.booths.allocated).toBe(40);
    expect(text).toContain('Số gian hàng giảm 10 gian (-25%) (40 → 30).');
    expect(text).toContain(`Số đơn vị tham gia giảm ${before.exhibitors.participating - 30} đơn vị`);

    // A previous edition can be cleared by hand; the report then says there is none.
    await reportsHandlers.setPreviousEdition({ fairId: next.id, previousFairId: null, expectedUpdatedAt: settings.updatedAt }, ctx);
    expect((await reportsHandlers.getFairReport({ fairId: next.id, day: null }, ctx)).comparison).toBeNull();
    // A stale form is refused.
    await expect(async () =>
      reportsHandlers.setPreviousEdition({ fairId: next.id, previousFairId: fair.fairId(), expectedUpdatedAt: settings.updatedAt }, ctx),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reports one fair day on its own', async () => {
    const ctx = handlerContext(fair.library());
    const whole = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: null }, ctx);
    const day = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: '2025-07-06' }, ctx);
    const sixth = whole.byDay.find((d) => d.day === '2025-07-06')!;
    expect(day.revenue.total).toBe(sixth.revenue);
    expect(day.visitors.total).toBe(sixth.visitors);
    expect(day.byDay).toHaveLength(1);
    expect(day.exhibitorList.reduce((n, e) => n + e.revenue, 0)).toBe(sixth.revenue);
    const text = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: fair.fairId(), format: 'docx', language: 'vi', day: '2025-07-06' }, ctx),
      )
    ).join('\n');
    expect(text).toContain('Kết quả ngày 06/07/2025 của Hội chợ');

    // A day is compared with the fair day before it: revenue and visitors, in numbers and per cent.
    const fifth = whole.byDay.find((d) => d.day === '2025-07-05')!;
    expect(day.comparison).toMatchObject({ kind: 'day', firstDay: '2025-07-05' });
    expect(day.comparison!.previous.revenue).toBe(fifth.revenue);
    expect(day.comparison!.previous.visitors).toBe(fifth.visitors);
    expect(day.comparison!.current.revenue).toBe(sixth.revenue);
    expect(text).toContain('5. So sánh với ngày trước');
    expect(text).toContain('So với ngày 05/07/2025:');
    const up = sixth.revenue > fifth.revenue ? 'tăng' : 'giảm';
    const pct = changePercent(sixth.revenue, fifth.revenue, 'vi')!;
    expect(text).toContain(`Doanh thu ${up} ${dongProse(Math.abs(sixth.revenue - fifth.revenue), 'vi')} (${pct})`);
    expect(text).toContain(
      `Lượt khách ${sixth.visitors > fifth.visitors ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(sixth.visitors - fifth.visitors), 'vi')} lượt`,
    );
    expect(text).not.toContain('Số gian hàng bằng');
    // The first day has none before it, and says so.
    const first = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: '2025-07-05' }, ctx);
    expect(first.comparison).toBeNull();
    const firstText = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: fair.fairId(), format: 'docx', language: 'vi', day: '2025-07-05' }, ctx),
      )
    ).join('\n');
    expect(firstText).toContain('Ngày đầu tiên của hội chợ, chưa có ngày trước để so sánh.');
  });
});
