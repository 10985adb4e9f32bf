import { Worker } from 'node:worker_threads';
import { ApiError, type ErrorCode } from '../../../shared/api/errors';

/** Where the job worker's code is: the built file beside the app, or the source file run through a loader (tests). */
export interface WorkerEntry {
  file: string | URL;
  execArgv?: string[];
}

/** What a job worker says while it works. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string; cancelled: boolean; refusal?: { code: ErrorCode; details?: unknown } };

/** What the app asks a job worker: start a named task, or stop it. */
export type WorkerRequest = { type: 'start'; task: string; input: unknown } | { type: 'cancel' };

export interface RunningJob<T> {
  result: Promise<T>;
  cancel(): void;
}

/** A refusal made in the worker (a damaged file, a row problem) reaches the person as the same typed error. */
const failure = (message: string, refusal?: { code: ErrorCode; details?: unknown }): Error =>
  refusal ? new ApiError(refusal.code, message, refusal.details) : new Error(message);

/** A job stopped because the person cancelled it. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled');
  }
}

/**
 * Runs heavy work (PDFs, exports) in a worker thread, one thread per job, so the main event loop
 * keeps answering requests — a sale from a staff phone is never queued behind a 10,000-booth
 * map. The task names a function the worker entry knows; input and result are plain data.
 */
export class WorkerRunner {
  constructor(private readonly entry: WorkerEntry) {}

  run<T>(task: string, input: unknown, onProgress?: (done: number, total: number) => void): RunningJob<T> {
    const worker = new Worker(this.entry.file, { execArgv: this.entry.execArgv });
    let settled = false;
    const result = new Promise<T>((resolve, reject) => {
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
        void worker.terminate();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress?.(m.done, m.total);
        else if (m.type === 'done') finish(() => resolve(m.result as T));
        else finish(() => reject(m.cancelled ? new JobCancelled() : failure(m.message, m.refusal)));
      });
      worker.on('error', (error) => finish(() => reject(error)));
      worker.on('exit', (code) => finish(() => reject(new Error(`The job stopped unexpectedly (exit code ${code}).`))));
    });
    worker.postMessage({ type: 'start', task, input } satisfies WorkerRequest);
    return {
      result,
      cancel: () => {
        if (!settled) worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      },
    };
  }
}
