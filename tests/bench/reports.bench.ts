import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Db } from '../../electron/db/open';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { reportPdfBytes } from '../../electron/services/print/report-pdf';
import { Progress } from '../../electron/services/print/progress';
import { reportCsv, reportXlsx } from '../../electron/services/reports/export';
import { buildFairReport } from '../../electron/services/reports/fair-report';
import { reportDocx } from '../../electron/services/reports/report-docx';
import { composeReport } from '../../shared/report/compose';
import type { BenchSuite } from './suites';
import { median, timeMedian, type BenchReport } from './report';
import type { PdfTaskInput } from '../../electron/services/jobs/job-worker';
import { WorkerRunner } from '../../electron/services/jobs/worker-runner';

const BOOTHS = 3_000;
const EXHIBITORS = 2_500;
const SALES = Number(process.env.REPORT_BENCH_SALES ?? 1_000_000);
export const DAYS = ['2026-09-10', '2026-09-11', '2026-09-12', '2026-09-13', '2026-09-14'];
const PROVINCES = ['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa', 'Đà Nẵng'];
const FORMS = ['Công ty TNHH', 'Hợp tác xã', 'Hộ kinh doanh', 'Cơ sở'];

/** A national expo: 3,000 booths, 2,500 exhibitors (500 hold two booths), a million sales; direct SQL in one transaction. */
export function fillBigFair(db: Db): void {
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('hall', 'Nhà triển lãm', 400, 400)").run();
    db.prepare("INSERT INTO zone (id, name, color) VALUES ('z', 'Sản phẩm OCOP', '#2f9e44')").run();
    const booth = db.prepare(
      "INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, zone_id) VALUES (?, 'hall', ?, ?, ?, 3, 3, 'z')",
    );
    for (let i = 0; i < BOOTHS; i++) booth.run(`b${i}`, `A${String(i + 1).padStart(4, '0')}`, (i % 100) * 3, Math.floor(i / 100) * 3);
    const exhibitor = db.prepare(
      `INSERT INTO exhibitor (id, legal_name, address, province, category, unit_type, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const product = db.prepare('INSERT INTO ocop_product (id, exhibitor_id, name, stars, certified_year) VALUES (?, ?, ?, ?, 2024)');
    const allocation = db.prepare(
      "INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES (?, ?, ?, 'paid', 3000000, ?, ?)",
    );
    for (let i = 0; i < EXHIBITORS; i++) {
      const form = FORMS[i % FORMS.length]!;
      exhibitor.run(
        `e${i}`,
        `${form} Sản phẩm số ${i + 1}`,
        `Số ${i + 1} đường Lê Lợi, phường Hồng Bàng`,
        PROVINCES[i % PROVINCES.length],
        'Thực phẩm',
        ['company', 'cooperative', 'household', 'facility'][i % 4],
        at,
        at,
      );
      if (i % 3 === 0) product.run(`p${i}`, `e${i}`, `Đặc sản ${i + 1}`, 3 + (i % 3));
      allocation.run(`a${i}`, `b${i}`, `e${i}`, at, at);
      if (i < BOOTHS - EXHIBITORS) allocation.run(`a2-${i}`, `b${EXHIBITORS + i}`, `e${i}`, at, at);
    }
    const sale = db.prepare(
      "INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES (?, ?, ?, ?, ?, 'cash', ?)",
    );
    for (let i = 0; i < SALES; i++) {
      const b = i % BOOTHS;
      const e = b < EXHIBITORS ? b : b - EXHIBITORS;
      sale.run(`s${i}`, `b${b}`, `e${e}`, DAYS[i % DAYS.length], 50_000 + (i % 37) * 1_000, at);
    }
    const agreement = db.prepare(
      "INSERT INTO trade_agreement (id, kind, parties, value_dong, signed_on, created_at, updated_at) VALUES (?, 'contract', ?, 500000000, '2026-09-11', ?, ?)",
    );
    for (let i = 0; i < 40; i++) agreement.run(`g${i}`, `Bên A số ${i} – Bên B số ${i}`, at, at);
    const visitors = db.prepare("INSERT INTO visitor_count (day, gate, count) VALUES (?, '', 40000)");
    for (const d of DAYS) visitors.run(d);
  })();
}

const FORMATS = {
  screen: async (db: Db) => composeReport(buildFairReport(db), 'vi'),
  xlsx: async (db: Db) => reportXlsx(composeReport(buildFairReport(db), 'vi')),
  csv: async (db: Db) => reportCsv(composeReport(buildFairReport(db), 'vi')),
  pdf: async (db: Db) => reportPdfBytes(composeReport(buildFairReport(db), 'vi'), 'vi', new Progress()),
  // The PDF as exported by default: the appendix ends with the revenue heat map (3,000 booths on one sheet).
  pdf_with_map: async (db: Db) => reportPdfBytes(composeReport(buildFairReport(db), 'vi'), 'vi', new Progress(), { db, day: null }),
  docx: async (db: Db) => reportDocx(composeReport(buildFairReport(db), 'vi'), 'vi'),
};

/**
 * The report PDF as the app makes it, in the job worker: the first of a session on a fresh thread
 * (every PDF, before threads were kept) beside the next one on the kept thread, and one on a thread
 * warmed ahead (as the app does after launch). The demo fair, so the thread's start is what shows.
 */
async function firstPdfInWorker(report: BenchReport, demo: Db): Promise<void> {
  const entry = { file: resolve('electron/services/jobs/job-worker.ts'), execArgv: ['--import', 'tsx'] };
  const input: PdfTaskInput = {
    file: demo.name,
    request: { kind: 'report', options: { paper: { size: 'A4', orientation: 'portrait', marginMm: 20 }, language: 'vi' } },
    now: new Date().toISOString(),
    previous: null,
  };
  const timed = async (runner: WorkerRunner) => {
    const t0 = performance.now();
    await runner.run('pdf', input).result;
    return performance.now() - t0;
  };
  const fresh = new WorkerRunner(entry);
  const first = await timed(fresh);
  const next = median([await timed(fresh), await timed(fresh), await timed(fresh)]);
  fresh.close();
  const warmed = new WorkerRunner(entry);
  // The app warms its thread seconds after launch, long before the first print.
  await warmed.warm();
  const afterWarm = await timed(warmed);
  warmed.close();
  const note = 'the demo fair report PDF through the job worker; baseline: the next PDF on the kept thread';
  report.add({ id: 'reports.pdf_in_worker.fresh_thread', value: first, unit: 'ms', baseline: next, note });
  report.add({ id: 'reports.pdf_in_worker.warmed_thread', value: afterWarm, unit: 'ms', baseline: next, note });
}

export const reportsBench: BenchSuite = {
  name: 'reports',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-report-'));
    const library = new FairLibrary(dir);
    try {
      const demo = library.db(createDemoFair(library, 'bench').id);
      const big = library.create(
        {
          name: 'Hội chợ Triển lãm quốc gia 2026',
          venue: 'Hà Nội',
          organizer: 'Bộ Công Thương',
          firstDay: DAYS[0]!,
          lastDay: DAYS.at(-1)!,
          notes: '',
        },
        'bench',
      );
      const db = library.db(big.id);
      const fill = performance.now();
      fillBigFair(db);
      console.log(
        `  filled ${BOOTHS} booths, ${EXHIBITORS} exhibitors, ${SALES} sales in ${((performance.now() - fill) / 1000).toFixed(1)} s`,
      );
      await firstPdfInWorker(report, demo);
      for (const [format, make] of Object.entries(FORMATS)) {
        const value = await timeMedian(3, () => make(db));
        const baseline = await timeMedian(3, () => make(demo));
        report.add({
          id: `reports.${format}.big_fair`,
          value,
          unit: 'ms',
          baseline,
          note: `${BOOTHS} booths, ${EXHIBITORS} exhibitors, ${SALES} sales (budget 1000 ms); baseline: the demo fair (40 booths, 37 exhibitors)`,
        });
      }
    } finally {
      library.closeAll();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
