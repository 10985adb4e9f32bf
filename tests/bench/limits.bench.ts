import { ApiError } from '../../shared/api/errors';
import { readSheet } from '../../electron/services/exhibitors/import/read-sheet';
import { PrintJobs } from '../../electron/services/print/jobs';
import { fairWith, mapOptions, tempLibrary } from '../integration/print/fixtures';
import { EXCEL_ROWS, fullSheet } from '../helpers/full-sheet';
import { timeMedian, type BenchReport } from './report';

const MB = 1024 * 1024;

/** Runs `fn`, which must be refused; returns its duration and the process's peak RSS growth meanwhile. */
async function refusal(fn: () => unknown): Promise<{ ms: number; peakMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  let refused = false;
  try {
    await fn();
  } catch (error) {
    refused = ApiError.is(error);
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!refused) throw new Error('expected a refusal');
  return { ms, peakMb: (peak - before) / MB };
}

/**
 * Limits that keep the app alive: the figures asked of them (a print too big refused in < 1 s, the
 * 1,048,576-row sheet refused in < 3 s under 300 MB), each beside work of the same kind that is allowed.
 */
export const limitsBench = {
  name: 'limits',
  async run(report: BenchReport) {
    const lib = tempLibrary();
    try {
      const { db } = fairWith(lib.library, { name: 'Bãi xe', width: 10_000, depth: 10_000 }, [{ number: 'A1', x: 10, y: 10 }]);
      const tiled = (scale: number) => ({
        kind: 'map' as const,
        options: mapOptions({
          paper: { size: 'A4', orientation: 'portrait', marginMm: 10 },
          layout: { mode: 'tile', scale, overlapMm: 10 },
          index: { byExhibitor: false, byBooth: false, groupByZone: false },
        }),
      });
      const jobs = new PrintJobs();
      const refused = await refusal(() => jobs.start(db, tiled(10)));
      // Baseline: asking for the same area at 1:100,000, one sheet: accepted and queued.
      const accepted = await timeMedian(5, () => jobs.start(db, tiled(100_000)));
      report.add({
        id: 'limits.print_10km_at_1to10_on_A4_refused',
        value: refused.ms,
        unit: 'ms',
        baseline: accepted,
        note: `target < 1000 ms; RSS +${refused.peakMb.toFixed(0)} MB; baseline: the same area at 1:100,000 accepted`,
      });
    } finally {
      lib.dispose();
    }

    const full = await fullSheet();
    const sheet = await refusal(() => readSheet(full, 'don-vi.xlsx'));
    const allowedRows = 5_000;
    const small = await fullSheet(allowedRows);
    const read = await timeMedian(3, () => readSheet(small, 'don-vi.xlsx'));
    report.add({
      id: 'limits.sheet_1048576_rows_refused',
      value: sheet.ms,
      unit: 'ms',
      baseline: read,
      note: `target < 3000 ms; ${(full.length / MB).toFixed(1)} MB file, ${EXCEL_ROWS} rows; baseline: a ${allowedRows}-row sheet read whole`,
    });
    report.add({
      id: 'limits.sheet_1048576_rows_refused_peak_rss',
      value: sheet.peakMb,
      unit: 'MB',
      baseline: 300,
      note: 'target < 300 MB (the baseline is the target)',
    });
  },
};
