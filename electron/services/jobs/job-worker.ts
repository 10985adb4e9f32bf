// The job worker thread's entry: runs the tasks the app sends, one at a time, reporting progress.
// Built to dist/server/job-worker.mjs and dist/electron/job-worker.cjs; plain Node, no Electron.
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import type { PrintRequest } from '../../../shared/model/print';
import type { PreviousEdition } from '../reports/fair-report';
import { renderPdf } from '../print/jobs';
import { PrintCancelled, Progress } from '../print/progress';
import type { WorkerMessage, WorkerRequest } from './worker-runner';
import { exportDirectory } from '../exhibitors/export';
import { reportFile } from '../reports/report-file';
import type { ReportDoc } from '../../../shared/report/document';
import type { Language } from '../../../shared/model/fair';
import type { ColumnMapping } from '../../../shared/model/exhibitor-import';
import { ApiError } from '../../../shared/api/errors';
import { readImport } from '../exhibitors/import/import';
import { readStatement } from '../transfers/statement';
import type { StatementMapping } from '../../../shared/model/transfers';
import { loadExcel, loadPdfKit } from '../lazy-modules';
import { FACES, registerFaces, SERIF_FACES } from '../print/fonts';

/** A PDF of a fair file, read through its own read-only connection (the app's stays free for sales). */
export interface PdfTaskInput {
  file: string;
  request: PrintRequest;
  now: string;
  previous: PreviousEdition | null;
  /** Booth signs: the staff page's address of each booth, by number. */
  staffUrls?: Record<string, string>;
}

/** An export of a fair file's data (the exhibitor directory), read through its own read-only connection. */
export interface ExportTaskInput {
  file: string;
  format: 'xlsx' | 'csv';
}

/** The fair report, already composed, written as a file. */
export interface ReportFileTaskInput {
  doc: ReportDoc;
  format: 'xlsx' | 'csv' | 'docx';
  language: Language;
}

/** An exhibitor list read and checked row by row; the app lands the rows in one transaction. */
export interface ImportTaskInput {
  bytes: Uint8Array;
  fileName: string;
  mapping?: ColumnMapping;
}

/** A bank statement read into its lines; the app matches them against the fair's balances. */
export interface StatementTaskInput {
  bytes: Uint8Array;
  fileName: string;
  mapping?: StatementMapping;
}

const readOnly = <T>(file: string, use: (db: Database.Database) => Promise<T>): Promise<T> => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return use(db).finally(() => db.close());
};

const port = parentPort;
if (!port) throw new Error('job-worker runs only as a worker thread');
const send = (m: WorkerMessage) => port.postMessage(m);
/** The job under way: the thread runs one at a time and is kept for the next. */
let progress = new Progress();
let timer: ReturnType<typeof setInterval> | undefined;

/** Loads what jobs use and parses every font once, so the first PDF the person asks for starts warm. */
async function warm(): Promise<void> {
  const [PDFKit] = await Promise.all([loadPdfKit(), loadExcel()]);
  const doc = new PDFKit({ autoFirstPage: false });
  registerFaces(doc, [...FACES, ...SERIF_FACES]);
  doc.end();
}

const TASKS: Record<string, (input: never) => Promise<unknown>> = {
  pdf: (input: PdfTaskInput) =>
    readOnly(input.file, async (db) => {
      const urls = input.staffUrls;
      const staffUrl = urls ? (n: string) => urls[n] ?? '' : undefined;
      const result = await renderPdf(db, input.request, progress, new Date(input.now), { previous: input.previous, staffUrl });
      return { bytes: result.bytes, pageCount: result.pageCount };
    }),
  exhibitorsExport: (input: ExportTaskInput) => readOnly(input.file, (db) => exportDirectory(db, input.format)),
  reportFile: ({ doc, format, language }: ReportFileTaskInput) => reportFile(doc, format, language),
  exhibitorImport: ({ bytes, fileName, mapping }: ImportTaskInput) => readImport(bytes, fileName, mapping),
  bankStatement: ({ bytes, fileName, mapping }: StatementTaskInput) =>
    readStatement(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, mapping),
};

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'cancel') {
    progress.cancelled = true;
    return;
  }
  if (m.type === 'warm') {
    // Warming is a head start, never a failure: the job that follows loads whatever is missing.
    void warm()
      .catch(() => {})
      .then(() => send({ type: 'warmed' }));
    return;
  }
  const task = TASKS[m.task];
  if (!task) return send({ type: 'failed', message: `Unknown job "${m.task}"`, cancelled: false });
  progress = new Progress();
  timer = setInterval(() => send({ type: 'progress', done: progress.done, total: progress.total }), 100);
  task(m.input as never).then(
    (result) => {
      clearInterval(timer);
      send({ type: 'progress', done: progress.total, total: progress.total });
      send({ type: 'done', result });
    },
    (error: unknown) => {
      clearInterval(timer);
      send({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        cancelled: error instanceof PrintCancelled,
        refusal: ApiError.is(error) ? { code: error.code, details: error.details } : undefined,
      });
    },
  );
});
