import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import { WorkerRunner } from '../../../electron/services/jobs/worker-runner';
import { PrintJobs } from '../../../electron/services/print/jobs';
import type { PrintJob } from '../../../shared/model/print';
import { exportDirectory } from '../../../electron/services/exhibitors/export';
import type { ExportTaskInput } from '../../../electron/services/jobs/job-worker';
import type { FileBytes } from '../../../shared/model/fair';
import { allText, readPdf } from './pdf-reader';
import { bigFair, mapOptions, settleJob } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

/** The worker's source, run through the same TypeScript loader as the bench (the app runs the built file). */
const runner = () => new WorkerRunner({ file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] });

const settle = settleJob;

describe('PDFs made in a worker thread', () => {
  const temp = useTempLibrary();

  it('makes the map from the fair file on its own connection, reporting progress, and hands over the same PDF', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const jobs = new PrintJobs();
    jobs.workers = runner();
    const seen: PrintJob[] = [];
    const job = await settle(jobs, jobs.start(temp.library.db(id), { kind: 'map', options: mapOptions() }), seen);
    if (job.state !== 'done') throw new Error(`job ${job.state}: ${'message' in job ? job.message : ''}`);
    const pages = await readPdf(Buffer.from(job.file.base64, 'base64'));
    expect(pages).toHaveLength(job.pageCount);
    const text = allText(pages);
    for (const { number } of temp.library.db(id).prepare('SELECT number FROM booth').all() as { number: string }[])
      expect(text).toContain(number);
    expect(seen.some((s) => s.state === 'running')).toBe(true);
  });

  it('stops a cancelled job and reports a failure in the worker as the job’s failure', async () => {
    const { db } = bigFair(temp.library, 3_000);
    const jobs = new PrintJobs();
    jobs.workers = runner();
    const running = jobs.start(db, { kind: 'map', options: mapOptions() });
    // Cancel once the worker has started drawing (it reports a total).
    await expect
      .poll(
        () => {
          const j = jobs.get(running);
          return j.state === 'running' ? j.total : 0;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    expect(jobs.cancel(running)).toBe(true);
    await expect
      .poll(
        () => {
          try {
            jobs.get(running);
            return 'there';
          } catch {
            return 'gone';
          }
        },
        { timeout: 60_000 },
      )
      .toBe('gone');

    const missing = jobs.start(db, { kind: 'map', options: mapOptions({ areaId: 'no-such-area' }) });
    expect(await settle(jobs, missing)).toMatchObject({ state: 'failed', message: 'This area is no longer on the plan.' });
  });

  it('writes the exhibitor directory in the worker from the fair file: the same CSV, and a workbook', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const jobs = new PrintJobs();
    jobs.workers = runner();
    const here = await exportDirectory(db, 'csv');
    const csv = await jobs.offThread<FileBytes>('exhibitorsExport', { file: db.name, format: 'csv' } satisfies ExportTaskInput, () => {
      throw new Error('made on the main thread');
    });
    expect(csv).toEqual(here);
    const xlsx = await jobs.offThread<FileBytes>('exhibitorsExport', { file: db.name, format: 'xlsx' } satisfies ExportTaskInput, () => {
      throw new Error('made on the main thread');
    });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
