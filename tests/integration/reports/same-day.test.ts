import { describe, expect, it } from 'vitest';
import { reportsHandlers } from '../../../electron/handlers/reports';
import { formatNumber } from '../../../shared/money';
import { changePercent, dongProse } from '../../../shared/report/words';
import { useDemoFair } from '../sales/helpers';
import { docxParagraphs, handlerContext } from './report-helpers';

describe('a one-day report beside the same day of the previous edition', () => {
  const fair = useDemoFair();

  /** Next year's fair, duplicated from the demo (which it then compares with), four days long. */
  async function nextEdition() {
    const library = fair.library();
    const ctx = handlerContext(library);
    const demo = await reportsHandlers.getFairReport({ fairId: fair.fairId(), day: null }, ctx);
    const next = await library.duplicate(
      fair.fairId(),
      { ...demo.fair, name: 'Hội chợ Hải Phòng 2026', firstDay: '2026-07-04', lastDay: '2026-07-07', notes: '' },
      'Lan',
    );
    const db = library.db(next.id);
    const booth = db.prepare("SELECT id FROM booth WHERE kind <> 'non_sellable' ORDER BY number LIMIT 1").get() as { id: string };
    const exhibitor = db.prepare('SELECT id FROM exhibitor ORDER BY legal_name LIMIT 1').get() as { id: string };
    const at = '2026-07-05T03:00:00.000Z';
    db.prepare(
      "INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES ('al1', ?, ?, 'paid', 0, ?, ?)",
    ).run(booth.id, exhibitor.id, at, at);
    // Day 2 of 2026 (05/07/2026): 900 triệu đồng and 12,000 visitors.
    db.prepare(
      "INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES ('s1', ?, ?, '2026-07-05', 900000000, 'cash', ?)",
    ).run(booth.id, exhibitor.id, at);
    db.prepare("INSERT INTO visitor_count (day, gate, count) VALUES ('2026-07-05', '', 12000)").run();
    return { ctx, demo, next };
  }

  it('compares day 2 with day 2 of last year, in numbers and per cent, in Vietnamese and English', async () => {
    const { ctx, demo, next } = await nextEdition();
    const lastYear = demo.byDay[1]!;
    expect(lastYear.day).toBe('2025-07-06');

    const report = await reportsHandlers.getFairReport({ fairId: next.id, day: '2026-07-05' }, ctx);
    expect(report.sameDayLastEdition).toMatchObject({ name: demo.fair.name, day: '2025-07-06', dayNumber: 2 });
    expect(report.sameDayLastEdition!.previous.revenue).toBe(lastYear.revenue);
    expect(report.sameDayLastEdition!.previous.visitors).toBe(lastYear.visitors);
    expect(report.sameDayLastEdition!.current.revenue).toBe(900_000_000);
    // The day before is still compared beside it.
    expect(report.comparison).toMatchObject({ kind: 'day', firstDay: '2026-07-04' });

    const text = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: next.id, format: 'docx', language: 'vi', day: '2026-07-05' }, ctx),
      )
    ).join('\n');
    expect(text).toContain('5. So sánh với ngày trước');
    expect(text).toContain('6. So sánh với cùng ngày của kỳ trước');
    expect(text).toContain(`So với ngày thứ 2 (06/07/2025) của ${demo.fair.name}:`);
    const delta = 900_000_000 - lastYear.revenue;
    const word = delta > 0 ? 'tăng' : 'giảm';
    expect(text).toContain(
      `Doanh thu ${word} ${dongProse(Math.abs(delta), 'vi')} (${changePercent(900_000_000, lastYear.revenue, 'vi')}) (${dongProse(lastYear.revenue, 'vi')} → ${dongProse(900_000_000, 'vi')}).`,
    );
    expect(text).toContain(`(${formatNumber(lastYear.visitors, 'vi')} → ${formatNumber(12_000, 'vi')})`);

    const english = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: next.id, format: 'docx', language: 'en', day: '2026-07-05' }, ctx),
      )
    ).join('\n');
    expect(english).toContain('6. Comparison with the same day of the previous edition');
    expect(english).toContain(`Compared with day 2 (Jul 6, 2025) of ${demo.fair.name}:`);

    // The whole fair is compared with the whole previous edition, not day by day.
    const whole = await reportsHandlers.getFairReport({ fairId: next.id, day: null }, ctx);
    expect(whole.sameDayLastEdition).toBeNull();
    expect(whole.comparison?.kind).toBe('edition');
  });

  it('says there is none for a first edition, and for a day the previous edition did not have', async () => {
    const { ctx, next } = await nextEdition();
    const first = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: fair.fairId(), format: 'docx', language: 'vi', day: '2025-07-06' }, ctx),
      )
    ).join('\n');
    expect(first).toContain('6. So sánh với cùng ngày của kỳ trước');
    expect(first).toContain('Chưa có số liệu ngày thứ 2 của kỳ trước để so sánh.');

    // Last year had three days; this year's fourth has no match.
    const fourth = await reportsHandlers.getFairReport({ fairId: next.id, day: '2026-07-07' }, ctx);
    expect(fourth.sameDayLastEdition).toBeNull();
    const text = (
      await docxParagraphs(
        await reportsHandlers.exportFairReport({ fairId: next.id, format: 'docx', language: 'en', day: '2026-07-07' }, ctx),
      )
    ).join('\n');
    expect(text).toContain('No figures for day 4 of a previous edition to compare with.');
  });
});
