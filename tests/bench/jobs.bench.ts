import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fairDays } from '../../shared/dates';
import { createAppCore } from '../../electron/app-core';
import { jobs as printJobs } from '../../electron/handlers/print';
import { startHttpServer } from '../../electron/server/http';
import { WorkerRunner } from '../../electron/services/jobs/worker-runner';
import { FairLibrary } from '../../electron/services/library';
import { DEFAULT_MAP_OPTIONS } from '../../shared/model/print';
import { bigFair } from '../integration/print/fixtures';
import { makeXlsx, manyRows, VI_HEADERS } from '../integration/exhibitors/sheets';
import { callFresh } from './http-call';
import { percentile, type BenchReport } from './report';

const BOOTHS = Number(process.env.JOBS_BENCH_BOOTHS ?? 10_000);
const QUIET_SALES = 100;
const IMPORT_ROWS = 10_000;

/**
 * Sales recorded through the HTTP transport, as a staff phone does, while a big map PDF is made:
 * in a worker thread (the app) and on the main thread (before), beside the same sales with nothing
 * else running, in one run.
 */
export const jobsBench = {
  name: 'jobs',
  async run(report: BenchReport) {
    const dataDir = mkdtempSync(join(tmpdir(), 'fairfloor-jobs-bench-'));
    const library = new FairLibrary(dataDir);
    const { db } = bigFair(library, BOOTHS);
    const fairId = (db.prepare('SELECT id FROM fair LIMIT 1').get() as { id: string }).id;
    const { firstDay, lastDay } = db.prepare('SELECT first_day AS firstDay, last_day AS lastDay FROM fair').get() as {
      firstDay: string;
      lastDay: string;
    };
    const booths = (
      db
        .prepare("SELECT b.number FROM booth b JOIN allocation a ON a.booth_id = b.id WHERE a.status <> 'cancelled' ORDER BY b.number")
        .all() as { number: string }[]
    ).map((b) => b.number);
    library.closeAll();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ language: 'vi', userName: 'Người đo' }));
    const core = createAppCore({ dataDir, mode: 'browser', version: 'bench', seedDemo: false });
    const server = await startHttpServer({ dispatch: core.dispatch, staticDir: resolve('dist/renderer') });
    const call = (method: string, input: unknown) => callFresh(server, method, input);
    const days = fairDays(firstDay, lastDay);
    let n = 0;
    const sale = async () => {
      const i = n++;
      const t0 = performance.now();
      await call('recordSale', {
        fairId,
        boothNumber: booths[i % booths.length]!,
        day: days[i % days.length]!,
        amountDong: 1_000 * (1 + (i % 5_000)),
        method: 'cash',
        note: '',
        confirmLarge: false,
      });
      return performance.now() - t0;
    };
    /** Sales one after another until the map PDF (and the other work given) is done; the time of both too. */
    const whilePrinting = async (alongside?: () => Promise<unknown>) => {
      const t0 = performance.now();
      let otherDone = !alongside;
      const other = alongside?.().then(() => (otherDone = true));
      const { jobId } = (await call('startPrint', {
        fairId,
        request: { kind: 'map', options: { ...DEFAULT_MAP_OPTIONS, language: 'vi' } },
      })) as {
        jobId: string;
      };
      const times: number[] = [];
      for (;;) {
        times.push(await sale());
        const job = (await call('getPrintJob', { jobId })) as { state: string; message?: string };
        if (job.state === 'failed') throw new Error(job.message);
        if (job.state === 'done' && otherDone) {
          await other;
          return { times, jobMs: performance.now() - t0 };
        }
      }
    };
    try {
      for (let i = 0; i < 10; i++) await sale(); // warm up the connection and statements
      const quiet: number[] = [];
      for (let i = 0; i < QUIET_SALES; i++) quiet.push(await sale());
      printJobs.workers = null;
      const onMain = await whilePrinting();
      printJobs.workers = new WorkerRunner({ file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] });
      const inWorker = await whilePrinting();
      // The same, with a 10,000-row exhibitor workbook imported meanwhile (read in the worker, landed in one transaction).
      const workbook = { fileName: 'don-vi.xlsx', base64: (await makeXlsx([VI_HEADERS, ...manyRows(IMPORT_ROWS)])).toString('base64') };
      const { mapping } = (await call('analyzeExhibitorImport', { fairId, file: workbook })) as { mapping: unknown };
      let imported = 0;
      const withImport = await whilePrinting(async () => {
        const result = (await call('importExhibitors', { fairId, file: workbook, mapping, onDuplicate: 'skip' })) as { created: number };
        imported = result.created;
      });
      if (imported !== IMPORT_ROWS) throw new Error(`the import landed ${imported} of ${IMPORT_ROWS} rows`);
      const note = `baseline: the same sale with nothing else running (${QUIET_SALES} sales)`;
      for (const p of [50, 99]) {
        const q = percentile(quiet, p);
        report.add({
          id: `jobs.sale_during_map_pdf.worker.p${p}`,
          value: percentile(inWorker.times, p),
          unit: 'ms',
          baseline: q,
          note: `${inWorker.times.length} sales during a ${BOOTHS}-booth map PDF (${Math.round(inWorker.jobMs)} ms); ${note}`,
        });
        report.add({
          id: `jobs.sale_during_map_pdf.main_thread.p${p}`,
          value: percentile(onMain.times, p),
          unit: 'ms',
          baseline: q,
          note: `${onMain.times.length} sales during the same PDF made on the main thread (${Math.round(onMain.jobMs)} ms); ${note}`,
        });
      }
      report.add({
        id: 'jobs.sale_during_map_pdf_and_import.worker.p99',
        value: percentile(withImport.times, 99),
        unit: 'ms',
        baseline: percentile(quiet, 99),
        note: `${withImport.times.length} sales while a ${BOOTHS}-booth map PDF and a ${IMPORT_ROWS}-row .xlsx import run (${Math.round(withImport.jobMs)} ms); max ${Math.round(Math.max(...withImport.times))} ms; ${note}; target ≤ 100 ms`,
      });
      report.add({
        id: 'jobs.sale_during_map_pdf.worker.max',
        value: Math.max(...inWorker.times),
        unit: 'ms',
        baseline: Math.max(...quiet),
        note: 'baseline: the quiet run’s slowest sale',
      });
      report.add({
        id: 'jobs.sale_during_map_pdf.main_thread.max',
        value: Math.max(...onMain.times),
        unit: 'ms',
        baseline: Math.max(...quiet),
        note: 'baseline: the quiet run’s slowest sale',
      });
    } finally {
      printJobs.workers = null;
      await server.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
