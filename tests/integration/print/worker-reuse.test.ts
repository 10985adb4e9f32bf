import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import type { PdfTaskInput } from '../../../electron/services/jobs/job-worker';
import { WorkerRunner } from '../../../electron/services/jobs/worker-runner';
import type { FairLibrary } from '../../../electron/services/library';
import { PrintJobs } from '../../../electron/services/print/jobs';
import type { PrintJob } from '../../../shared/model/print';
import { allText, readPdf } from './pdf-reader';
import { bigFair, mapOptions, settleJob, tempLibrary } from './fixtures';

/** The app's runner, counting the threads it starts (the worker's source through the tests' TypeScript loader). */
class CountingRunner extends WorkerRunner {
  readonly threads: Worker[] = [];
  constructor() {
    super({ file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] });
  }
  protected override spawn(): Worker {
    const worker = super.spawn();
    this.threads.push(worker);
    return worker;
  }
}

const ended = (worker: Worker) => new Promise<number>((done) => worker.once('exit', done));

describe('the job worker kept between jobs', () => {
  let library: FairLibrary;
  let dispose: () => void;
  let runner: CountingRunner;
  beforeEach(() => {
    ({ library, dispose } = tempLibrary());
    runner = new CountingRunner();
  });
  afterEach(() => {
    runner.close();
    dispose();
  });

  async function map(jobs: PrintJobs, db: ReturnType<FairLibrary['db']>): Promise<{ job: PrintJob; seen: PrintJob[] }> {
    const seen: PrintJob[] = [];
    const job = await settleJob(jobs, jobs.start(db, { kind: 'map', options: mapOptions() }), seen);
    return { job, seen };
  }

  it('makes the next PDF (a heat map) on the thread the last one finished on, counting its own progress, with the same pages', async () => {
    const db = library.db(createDemoFair(library, 'test').id);
    const input: PdfTaskInput = {
      file: db.name,
      request: {
        kind: 'heatMap',
        options: {
          paper: { size: 'A4', orientation: 'landscape', marginMm: 10 },
          language: 'vi',
          areaId: null,
          day: null,
          metric: 'revenue',
        },
      },
      now: new Date().toISOString(),
      previous: null,
    };
    const make = async () => {
      let total = 0;
      const pdf = await runner.run<{ bytes: Uint8Array }>('pdf', input, (_done, t) => (total = t)).result;
      return { text: allText(await readPdf(Buffer.from(pdf.bytes))), total };
    };
    const first = await make();
    const second = await make();
    expect(runner.threads).toHaveLength(1);
    const numbers = (db.prepare('SELECT number FROM booth').all() as { number: string }[]).map((b) => b.number);
    for (const { text } of [first, second]) for (const number of numbers) expect(text).toContain(number);
    // The second job counts its own booths from zero, not on top of the first job's.
    expect(first.total).toBeGreaterThanOrEqual(numbers.length);
    expect(second.total).toBe(first.total);
  });

  it('starts a thread of its own for a job asked while another runs, and keeps only one waiting', async () => {
    const db = library.db(createDemoFair(library, 'test').id);
    const jobs = new PrintJobs();
    jobs.workers = runner;
    const [a, b] = [jobs.start(db, { kind: 'map', options: mapOptions() }), jobs.start(db, { kind: 'map', options: mapOptions() })];
    expect((await settleJob(jobs, a)).state).toBe('done');
    expect((await settleJob(jobs, b)).state).toBe('done');
    expect(runner.threads).toHaveLength(2);
    // One of the two was ended when it finished; the other waits for the next job.
    await expect.poll(() => runner.threads.filter((t) => t.threadId === -1).length, { timeout: 30_000 }).toBe(1);
    expect((await map(jobs, db)).job.state).toBe('done');
    expect(runner.threads).toHaveLength(2);
  });

  it('never hands a cancelled job’s thread to the next job', async () => {
    const { db } = bigFair(library, 3_000);
    const jobs = new PrintJobs();
    jobs.workers = runner;
    const running = jobs.start(db, { kind: 'map', options: mapOptions() });
    await expect
      .poll(
        () => {
          const j = jobs.get(running);
          return j.state === 'running' ? j.total : 0;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    const cancelledThread = ended(runner.threads[0]!);
    expect(jobs.cancel(running)).toBe(true);
    await cancelledThread;
    const demo = library.db(createDemoFair(library, 'test').id);
    expect((await map(jobs, demo)).job.state).toBe('done');
    expect(runner.threads).toHaveLength(2);
  });

  it('warms a thread ahead of the first job, which then runs on it; closing ends the waiting thread', async () => {
    await runner.warm();
    expect(runner.threads).toHaveLength(1);
    const db = library.db(createDemoFair(library, 'test').id);
    const jobs = new PrintJobs();
    jobs.workers = runner;
    expect((await map(jobs, db)).job.state).toBe('done');
    expect(runner.threads).toHaveLength(1);
    const exit = ended(runner.threads[0]!);
    runner.close();
    await exit;
  });
});
