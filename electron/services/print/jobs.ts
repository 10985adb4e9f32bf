import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { todayInVietnam } from '../../../shared/dates';
import type { PrintJob, PrintRequest } from '../../../shared/model/print';
import type { Db } from '../../db/open';
import { renderMapPdf, type PdfResult } from './map-pdf';
import { checkSheetCount } from './paper';
import { PrintCancelled, Progress } from './progress';
import { renderReportPdf } from './report-pdf';
import type { PreviousEdition } from '../reports/fair-report';
import { renderBoothSignsPdf } from './booth-signs';
import { renderHeatMapPdf } from './heat-pdf';
import { JobCancelled, type WorkerRunner } from '../jobs/worker-runner';
import type { PdfTaskInput } from '../jobs/job-worker';
import { translator } from '../../../shared/i18n';

/** A finished file waits this long for the dialog to fetch it, then is dropped from memory. */
const KEEP_DONE_MS = 10 * 60_000;

interface Job {
  progress: Progress;
  state: PrintJob;
  fileName: string;
  cancel(): void;
}

/** What a PDF may need beyond the fair file: the staff page's address for booth signs. */
export interface PrintExtras {
  staffUrl?: (boothNumber: string) => string;
  /** The previous edition's figures, for the report's comparison. */
  previous?: PreviousEdition | null;
}

export function renderPdf(
  db: Db,
  request: PrintRequest,
  progress: Progress,
  now = new Date(),
  extras: PrintExtras = {},
): Promise<PdfResult> {
  if (request.kind === 'boothSigns') {
    if (!extras.staffUrl) throw new ApiError('VALIDATION', 'Switch staff mode on before printing booth signs.', { reason: 'staffModeOff' });
    return renderBoothSignsPdf(db, request.options, extras.staffUrl, progress, now);
  }
  if (request.kind === 'heatMap') return renderHeatMapPdf(db, request.options, progress, now);
  return request.kind === 'map'
    ? renderMapPdf(db, request.options, progress, now)
    : renderReportPdf(db, request.options, progress, now, extras.previous ?? null);
}

/** A file name a person recognises: what it is, and the day it was made. */
function fileNameFor(request: PrintRequest, now: Date): string {
  // Dated by the day in Vietnam: a PDF made at 06:30 in Hải Phòng is not yesterday's.
  const day = todayInVietnam(now);
  const t = translator(request.options.language, 'printed');
  if (request.kind === 'report') return `${t('files.report', { day })}.pdf`;
  if (request.kind === 'boothSigns') return `${t('files.boothSigns', { day })}.pdf`;
  if (request.kind === 'heatMap') return `${t('files.heatMap', { which: request.options.day ?? t('files.wholeFair'), day })}.pdf`;
  return `${t('files.map', { variant: t(`files.variants.${request.options.variant}`), day })}.pdf`;
}

/** PDFs being made in the background; the dialog polls one by id to show progress, then takes the file. */
export class PrintJobs {
  private readonly jobs = new Map<string, Job>();
  /** Test hook: awaited at every step of every job started while it is set (see Progress). */
  pace: (() => Promise<void>) | undefined;

  /** Where PDFs are made off the main thread (the app sets it); unset, they are made in this thread. */
  workers: WorkerRunner | null = null;

  start(db: Db, request: PrintRequest, now = new Date(), extras: PrintExtras = {}): string {
    checkSheetCount(db, request);
    if (request.kind === 'boothSigns' && !extras.staffUrl)
      throw new ApiError('VALIDATION', 'Switch staff mode on before printing booth signs.', { reason: 'staffModeOff' });
    const jobId = randomUUID();
    const progress = new Progress(this.pace);
    const job: Job = {
      progress,
      state: { state: 'running', jobId, done: 0, total: 0 },
      fileName: fileNameFor(request, now),
      cancel: () => (progress.cancelled = true),
    };
    this.jobs.set(jobId, job);
    let made: Promise<{ bytes: Uint8Array; pageCount: number }>;
    if (this.workers && !this.pace) {
      const input: PdfTaskInput = {
        file: db.name,
        request,
        now: now.toISOString(),
        previous: extras.previous ?? null,
        // Booth signs: each booth's staff-page address, worked out here (the worker gets data, not functions).
        staffUrls: request.kind === 'boothSigns' && extras.staffUrl ? staffUrlsOf(db, extras.staffUrl) : undefined,
      };
      const running = this.workers.run<{ bytes: Uint8Array; pageCount: number }>('pdf', input, (done, total) => {
        progress.done = done;
        progress.total = total;
      });
      job.cancel = running.cancel;
      made = running.result;
    } else made = renderPdf(db, request, progress, now, extras);
    made.then(
      (result) => {
        job.state = {
          state: 'done',
          jobId,
          pageCount: result.pageCount,
          file: {
            fileName: job.fileName,
            mimeType: 'application/pdf',
            base64: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength).toString('base64'),
          },
        };
        setTimeout(() => this.jobs.delete(jobId), KEEP_DONE_MS).unref();
      },
      (error: unknown) => {
        if (error instanceof PrintCancelled || error instanceof JobCancelled) {
          this.jobs.delete(jobId);
          return;
        }
        job.state = { state: 'failed', jobId, message: error instanceof Error ? error.message : String(error) };
        setTimeout(() => this.jobs.delete(jobId), KEEP_DONE_MS).unref();
      },
    );
    return jobId;
  }

  /**
   * Runs a named worker task (an export) off the main thread when workers are set, else `here`:
   * a sale is never queued behind a 10,000-row workbook.
   */
  offThread<T>(task: string, input: unknown, here: () => Promise<T>): Promise<T> {
    return this.workers ? this.workers.run<T>(task, input).result : here();
  }

  get(jobId: string): PrintJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', 'This print job is no longer available. Make the PDF again.', { reason: 'printJobGone' });
    if (job.state.state === 'running') return { ...job.state, done: job.progress.done, total: job.progress.total };
    return job.state;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.state.state !== 'running') return false;
    job.cancel();
    return true;
  }
}

/** Every booth's staff-page address, by number. */
function staffUrlsOf(db: Db, staffUrl: (boothNumber: string) => string): Record<string, string> {
  const numbers = db.prepare('SELECT number FROM booth').pluck().all() as string[];
  return Object.fromEntries(numbers.map((n) => [n, staffUrl(n)]));
}
