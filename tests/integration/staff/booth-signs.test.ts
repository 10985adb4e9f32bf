import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/model/print';
import type { SaleBooth } from '../../../shared/model/sales';
import { readPdf } from '../print/pdf-reader';
import { resolve } from 'node:path';
import { jobs as printJobs } from '../../../electron/handlers/print';
import { WorkerRunner } from '../../../electron/services/jobs/worker-runner';
import { removeDir, staffHarness, type StaffHarness } from './harness';

let h: StaffHarness;
beforeEach(() => {
  h = staffHarness();
});
afterEach(() => {
  h.close();
  removeDir(h.dir);
});

const signs = { kind: 'boothSigns', options: { paper: { size: 'A4', orientation: 'portrait', marginMm: 12 }, language: 'vi' } };

async function printSigns(): Promise<Buffer> {
  const { jobId } = await h.call<{ jobId: string }>('startPrint', { fairId: h.fairId, request: signs });
  for (;;) {
    const job = await h.call<PrintJob>('getPrintJob', { jobId });
    if (job.state === 'done') return Buffer.from(job.file.base64, 'base64');
    if (job.state === 'failed') throw new Error(job.message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Renders pages to PNG with poppler and reads their QR codes, as a phone camera would. */
function qrCodesOf(pdf: Buffer, pages: number[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-signs-'));
  try {
    writeFileSync(join(dir, 'signs.pdf'), pdf);
    return pages.map((n) => {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), join(dir, 'signs.pdf'), join(dir, `p${n}`)]);
      const file = readdirSync(dir).find((f) => f.startsWith(`p${n}`) && f.endsWith('.png'))!;
      const png = PNG.sync.read(readFileSync(join(dir, file)));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('booth QR signs', () => {
  it('are refused while staff mode is off for the fair', async () => {
    const reply = await h.core.dispatch('startPrint', { fairId: h.fairId, request: signs });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('print one sign per booth, with its number and exhibitor, and a QR code opening the staff page on that booth', async () => {
    const { url } = await h.start();
    const pdf = await printSigns();
    const pages = await readPdf(pdf);
    const booths = (await h.call<SaleBooth[]>('listSaleBooths', { fairId: h.fairId })).filter((b) => b.forSale);
    expect(pages).toHaveLength(booths.length);
    pages.forEach((page, i) => {
      const booth = booths[i]!;
      expect(page.items.map((item) => item.str)).toContain(booth.number);
      if (booth.exhibitorName) expect(page.text).toContain(booth.exhibitorName.slice(0, 12));
      expect(page.text).toContain(`ghi doanh thu gian ${booth.number}`);
    });
    const sample = [1, Math.ceil(booths.length / 2), booths.length];
    expect(qrCodesOf(pdf, sample)).toEqual(sample.map((n) => `${url}#booth=${encodeURIComponent(booths[n - 1]!.number)}`));
  });

  it('are made in the worker thread, as map PDFs are, with the same QR codes', async () => {
    const { url } = await h.start();
    printJobs.workers = new WorkerRunner({ file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] });
    try {
      const pdf = await printSigns();
      const booths = (await h.call<SaleBooth[]>('listSaleBooths', { fairId: h.fairId })).filter((b) => b.forSale);
      expect(await readPdf(pdf)).toHaveLength(booths.length);
      const sample = [1, booths.length];
      expect(qrCodesOf(pdf, sample)).toEqual(sample.map((n) => `${url}#booth=${encodeURIComponent(booths[n - 1]!.number)}`));
    } finally {
      printJobs.workers = null;
    }
  });
});
