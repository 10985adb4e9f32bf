// The job worker thread's entry: runs one task the app sends, reporting progress, then exits.
// Built to dist/server/job-worker.mjs and dist/electron/job-worker.cjs; plain Node, no Electron.
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import type { PrintRequest } from '../../../shared/model/print';
import type { PreviousEdition } from '../reports/fair-report';
import { renderPdf } from '../print/jobs';
import { PrintCancelled, Progress } from '../print/progress';
import type { WorkerMessage, WorkerRequest } from './worker-runner';

/** A PDF of a fair file, read through its own read-only connection (the app's stays free for sales). */
export interface PdfTaskInput {
  file: string;
  request: PrintRequest;
  now: string;
  previous: PreviousEdition | null;
}

const port = parentPort;
if (!port) throw new Error('job-worker runs only as a worker thread');
const send = (m: WorkerMessage) => port.postMessage(m);
const progress = new Progress();
let timer: ReturnType<typeof setInterval> | undefined;

const TASKS: Record<string, (input: never) => Promise<unknown>> = {
  async pdf(input: PdfTaskInput) {
    const db = new Database(input.file, { readonly: true, fileMustExist: true });
    try {
      const result = await renderPdf(db, input.request, progress, new Date(input.now), { previous: input.previous });
      return { bytes: result.bytes, pageCount: result.pageCount };
    } finally {
      db.close();
    }
  },
};

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'cancel') {
    progress.cancelled = true;
    return;
  }
  const task = TASKS[m.task];
  if (!task) return send({ type: 'failed', message: `Unknown job "${m.task}"`, cancelled: false });
  timer = setInterval(() => send({ type: 'progress', done: progress.done, total: progress.total }), 100);
  task(m.input as never).then(
    (result) => {
      clearInterval(timer);
      send({ type: 'progress', done: progress.total, total: progress.total });
      send({ type: 'done', result });
    },
    (error: unknown) => {
      clearInterval(timer);
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error), cancelled: error instanceof PrintCancelled });
    },
  );
});
