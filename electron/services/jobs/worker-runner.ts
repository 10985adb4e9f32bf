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
  | { type: 'failed'; message: string; cancelled: boolean; refusal?: { code: ErrorCode; details?: unknown } }
  | { type: 'warmed' };

/** What the app asks a job worker: start a named task, stop it, or get ready for the first one. */
export type WorkerRequest = { type: 'start'; task: string; input: unknown } | { type: 'cancel' } | { type: 'warm' };

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

/** How long a finished worker waits for the next job before it ends, freeing its memory. */
const IDLE_MS = 5 * 60_000;
/** The worker is warmed this long after launch: after the first screen, before the first print. */
export const WARM_JOBS_AFTER_MS = 8_000;

/**
 * Runs heavy work (PDFs, exports) in a worker thread, so the main event loop keeps answering
 * requests — a sale from a staff phone is never queued behind a 10,000-booth map. The task names a
 * function the worker entry knows; input and result are plain data.
 *
 * A worker that finished a job is kept for the next one: loading pdfkit and exceljs, parsing the
 * fonts and warming the code cost a fresh thread seconds on this hardware, more than most PDFs.
 * Jobs at the same time get threads of their own; a failed or cancelled job's thread is ended.
 */
export class WorkerRunner {
  private spare: { worker: Worker; timer: ReturnType<typeof setTimeout>; onExit: () => void } | null = null;
  private closed = false;

  constructor(private readonly entry: WorkerEntry) {}

  run<T>(task: string, input: unknown, onProgress?: (done: number, total: number) => void): RunningJob<T> {
    const worker = this.take() ?? this.spawn();
    let settled = false;
    const result = new Promise<T>((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress?.(m.done, m.total);
        else if (m.type === 'done') finish(() => resolve(m.result as T), true);
        else if (m.type === 'failed') finish(() => reject(m.cancelled ? new JobCancelled() : failure(m.message, m.refusal)), false);
      };
      const onError = (error: Error) => finish(() => reject(error), false);
      const onExit = (code: number) => finish(() => reject(new Error(`The job stopped unexpectedly (exit code ${code}).`)), false);
      const finish = (fn: () => void, reusable: boolean) => {
        if (settled) return;
        settled = true;
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (reusable) this.park(worker);
        else void worker.terminate();
        fn();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    worker.postMessage({ type: 'start', task, input } satisfies WorkerRequest);
    return {
      result,
      cancel: () => {
        if (!settled) worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      },
    };
  }

  /**
   * Starts a worker ahead of the first job and has it load what jobs use, so the first PDF is not
   * the slow one; settles when the thread is ready (or at once when one already waits).
   */
  warm(): Promise<void> {
    if (this.spare || this.closed) return Promise.resolve();
    const worker = this.spawn();
    const ready = new Promise<void>((resolve) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type !== 'warmed') return;
        worker.off('message', onMessage);
        // Warm, it waits like any kept worker: without holding the process open.
        if (this.spare?.worker === worker) worker.unref();
        resolve();
      };
      worker.on('message', onMessage).once('exit', () => resolve());
    });
    worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
    this.park(worker);
    // Held open while it warms, so whoever awaits the warm-up sees it settle.
    worker.ref();
    return ready;
  }

  /** Warms a worker once the app has started and drawn its first screen, on a thread of its own. */
  warmAfter(ms: number): void {
    setTimeout(() => void this.warm(), ms).unref();
  }

  /** Ends the waiting worker; running jobs finish on their own threads. */
  close(): void {
    this.closed = true;
    void this.take()?.terminate();
  }

  protected spawn(): Worker {
    return new Worker(this.entry.file, { execArgv: this.entry.execArgv });
  }

  /** The waiting worker, taken off the shelf. */
  private take(): Worker | null {
    const spare = this.spare;
    if (!spare) return null;
    this.spare = null;
    clearTimeout(spare.timer);
    spare.worker.off('exit', spare.onExit).off('error', spare.onExit);
    spare.worker.ref();
    return spare.worker;
  }

  /** Keeps a worker for the next job: it holds neither the process open nor its memory past IDLE_MS. */
  private park(worker: Worker): void {
    if (this.spare || this.closed) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const onExit = () => {
      if (this.spare?.worker === worker) this.take();
    };
    const timer = setTimeout(() => {
      if (this.spare?.worker !== worker) return;
      this.take();
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    worker.on('exit', onExit).on('error', onExit);
    this.spare = { worker, timer, onExit };
  }
}
