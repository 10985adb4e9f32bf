import { resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { jobs } from '../../electron/handlers/print';
import { WorkerRunner } from '../../electron/services/jobs/worker-runner';

/**
 * The app's job worker, from its source through the same TypeScript loader as the bench (the app
 * runs the built file), set for each test; `ran()` lists the tasks it was given, so a test can check
 * that work happened there and not on the main thread.
 */
export function useJobWorker(): { ran: () => string[] } {
  let ran: string[] = [];
  beforeEach(() => {
    ran = [];
    const workers = new WorkerRunner({ file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] });
    const run = workers.run.bind(workers);
    workers.run = (task, input, onProgress) => (ran.push(task), run(task, input, onProgress));
    jobs.workers = workers;
  });
  afterEach(() => {
    jobs.workers = null;
  });
  return { ran: () => ran };
}
