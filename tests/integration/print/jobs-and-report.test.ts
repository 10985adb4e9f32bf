import { describe, expect, it } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import { readPrintChoices } from '../../../electron/services/print/data';
import { PrintJobs } from '../../../electron/services/print/jobs';
import { mm } from '../../../electron/services/print/paper';
import { Progress } from '../../../electron/services/print/progress';
import { renderReportPdf } from '../../../electron/services/print/report-pdf';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { formatNumber } from '../../../shared/money';
import { allText, readPdf } from './pdf-reader';
import { mapOptions, settleJob } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

const settle = settleJob;

describe('print jobs and the fair report PDF', () => {
  const temp = useTempLibrary();

  it('makes a PDF in the background and hands over a named file with its page count', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const jobs = new PrintJobs();
    const jobId = jobs.start(temp.library.db(id), { kind: 'map', options: mapOptions() });
    const job = await settle(jobs, jobId);
    if (job.state !== 'done') throw new Error(`job ${job.state}`);
    expect(job.file.fileName).toMatch(/^so-do-gian-hang-khach-tham-quan-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(job.file.mimeType).toBe('application/pdf');
    expect(await readPdf(Buffer.from(job.file.base64, 'base64'))).toHaveLength(job.pageCount);
  });

  it('stops a cancelled job and reports a missing area as a failure, not a crash', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const jobs = new PrintJobs();
    const running = jobs.start(temp.library.db(id), { kind: 'map', options: mapOptions({ variant: 'exhibitor' }) });
    expect(jobs.cancel(running)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(() => jobs.get(running)).toThrow(/no longer available/);

    const missing = jobs.start(temp.library.db(id), { kind: 'map', options: mapOptions({ areaId: 'no-such-area' }) });
    const failed = await settle(jobs, missing);
    expect(failed).toMatchObject({ state: 'failed', message: 'This area is no longer on the plan.' });
  });

  it('counts progress up to its total', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const { renderMapPdf } = await import('../../../electron/services/print/map-pdf');
    const progress = new Progress();
    await renderMapPdf(temp.library.db(id), mapOptions(), progress);
    expect(progress.total).toBeGreaterThan(40);
    expect(progress.done).toBe(progress.total);
  });

  it('offers the areas and the exhibitors holding booths', () => {
    const { id } = createDemoFair(temp.library, 'test');
    const choices = readPrintChoices(temp.library.db(id));
    expect(choices.areas.map((a) => [a.name, a.booths])).toEqual([
      ['Vỉa hè Trần Phú', 28],
      ['Vườn hoa Kim Đồng', 12],
    ]);
    expect(choices.exhibitors).toHaveLength(37);
    expect(choices.exhibitors.find((e) => e.name === 'Châu Long')?.booths).toEqual(['A01', 'A02']);
  });

  it('prints the fair report with the same figures as the screen, in Vietnamese or English', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const report = buildFairReport(db);
    const paper = { size: 'A4' as const, orientation: 'portrait' as const, marginMm: 12 };
    const vi = await readPdf((await renderReportPdf(db, { paper, language: 'vi' }, new Progress())).bytes);
    expect([vi[0]!.width, vi[0]!.height].map(Math.round)).toEqual([Math.round(mm(210)), Math.round(mm(297))]);
    const text = allText(vi).replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO Kết quả tổ chức Hội chợ');
    // The Decree 30 report writes bare grouped numbers under "Đơn vị tính: đồng".
    for (const day of report.byDay) expect(text).toContain(formatNumber(day.revenue, 'vi'));
    for (const zone of report.byZone) expect(text).toContain(zone.name);
    for (const e of report.topExhibitors) expect(text).toContain(e.legalName);
    expect(text).not.toContain('₫');
    const en = allText(await readPdf((await renderReportPdf(db, { paper, language: 'en' }, new Progress())).bytes));
    expect(en).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(en).toContain('Sales and visitors by day');
    expect(en).toContain('Sản phẩm OCOP');
  });
});
