import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fairDays } from '../../shared/dates';
import type { PaymentMethod } from '../../shared/model/common';
import type { Db } from '../../electron/db/open';
import { createDemoFair, DEMO_FAIR } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { buildDashboard } from '../../electron/services/reports/dashboard';
import { buildFairReport } from '../../electron/services/reports/fair-report';
import { readDayGrid } from '../../electron/services/sales/day-grid';
import { recordSale } from '../../electron/services/sales/entries';
import { listSaleBooths, listSales } from '../../electron/services/sales/queries';
import { percentile, timeMedian, type BenchReport } from './report';

const RECORDED = Number(process.env.SALES_BENCH_RECORDED ?? 100_000);
const BULK = Number(process.env.SALES_BENCH_BULK ?? 1_000_000);
const EXTRA_BOOTHS = 960;
const METHODS: PaymentMethod[] = ['cash', 'bank_transfer', 'qr'];

/** A fair of 1,000 booths (or `40 + extra`): the demo's 40 plus rows of 3 m booths, each with its exhibitor. */
export function growFair(db: Db, extra = EXTRA_BOOTHS): void {
  const area = (db.prepare('SELECT id FROM area ORDER BY sort_order LIMIT 1').get() as { id: string }).id;
  const zone = (db.prepare('SELECT id FROM zone LIMIT 1').get() as { id: string }).id;
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < extra; i++) {
      const booth = randomUUID();
      const exhibitor = randomUUID();
      db.prepare('INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, zone_id) VALUES (?, ?, ?, ?, ?, 3, 3, ?)').run(
        booth,
        area,
        `C${String(i + 1).padStart(4, '0')}`,
        (i % 30) * 3,
        Math.floor(i / 30) * 3,
        zone,
      );
      db.prepare('INSERT INTO exhibitor (id, legal_name, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        exhibitor,
        `Cơ sở ${i + 1}`,
        ['Thực phẩm', 'Thủ công', 'Đồ uống'][i % 3],
        at,
        at,
      );
      db.prepare("INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES (?, ?, ?, 'paid', ?, ?)").run(
        randomUUID(),
        booth,
        exhibitor,
        at,
        at,
      );
    }
  })();
}

/** Baseline: the bare row, inserted raw in its own transaction, in a file with the same pragmas and no indexes. */
function bareTable(path: string): (i: number) => void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE sale (id TEXT PRIMARY KEY, booth_id TEXT NOT NULL, exhibitor_id TEXT, day TEXT NOT NULL, amount_dong INTEGER NOT NULL,
    method TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL)`);
  return rawInsert(db, () => ({ booth: 'b', exhibitor: 'e' }));
}

/** A raw INSERT in its own transaction; `owner` picks the booth and exhibitor of row i. */
function rawInsert(db: Db, owner: (i: number) => { booth: string; exhibitor: string }): (i: number) => void {
  const stmt = db.prepare(
    'INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction((i: number) => {
    const o = owner(i);
    stmt.run(randomUUID(), o.booth, o.exhibitor, DEMO_FAIR.firstDay, 1000 + i, 'cash', 'bench', new Date().toISOString());
  });
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Sales: recording one entry durably (service vs raw insert), and every aggregate over a million entries. */
export const salesBench = {
  name: 'sales',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-sales-'));
    try {
      const library = new FairLibrary(dir);
      const fair = createDemoFair(library, 'bench');
      const db = library.db(fair.id);
      growFair(db);
      const booths = listSaleBooths(db).map((b) => b.number);
      const days = fairDays(DEMO_FAIR.firstDay, DEMO_FAIR.lastDay);

      // Two baselines, interleaved with the service so all share the same disk and neighbours: a raw INSERT
      // into a fair file of the same schema (its indexes and running-total trigger), and a bare table.
      const twin = createDemoFair(library, 'bench');
      const twinDb = library.db(twin.id);
      const owners = twinDb
        .prepare("SELECT booth_id AS booth, exhibitor_id AS exhibitor FROM allocation WHERE status <> 'cancelled'")
        .all() as {
        booth: string;
        exhibitor: string;
      }[];
      const sameSchema = rawInsert(twinDb, (i) => owners[i % owners.length]!);
      const bare = bareTable(join(dir, 'bare.db'));
      const service: number[] = [];
      const baseline: number[] = [];
      const bareline: number[] = [];
      for (let i = 0; i < RECORDED; i++) {
        const input = {
          fairId: fair.id,
          boothNumber: booths[i % booths.length]!,
          day: days[i % days.length]!,
          // Distinct amounts: the same booth, day and amount within minutes is asked about as a likely double entry.
          amountDong: 1_000 + i,
          method: METHODS[i % 3]!,
          note: '',
          confirmLarge: false,
        };
        service.push(time(() => recordSale(db, input, 'bench')));
        baseline.push(time(() => sameSchema(i)));
        bareline.push(time(() => bare(i)));
      }
      const note = `${RECORDED} entries, each its own durable transaction (WAL, synchronous=FULL)`;
      for (const p of [50, 99]) {
        const value = percentile(service, p);
        report.add({
          id: `sales.record.p${p}`,
          value,
          unit: 'ms',
          baseline: percentile(baseline, p),
          note: `${note}; baseline: raw INSERT, same schema`,
        });
        report.add({
          id: `sales.record.p${p}_vs_bare_table`,
          value,
          unit: 'ms',
          baseline: percentile(bareline, p),
          note: 'baseline: raw INSERT into a bare table',
        });
      }

      // A million entries in one transaction of raw inserts; the triggers keep the running totals as they go.
      const existing = (db.prepare('SELECT count(*) AS n FROM sale').get() as { n: number }).n;
      const ids = db
        .prepare(
          "SELECT b.id AS booth, a.exhibitor_id AS exhibitor FROM booth b JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled'",
        )
        .all() as { booth: string; exhibitor: string }[];
      const insert = db.prepare(
        'INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const at = new Date().toISOString();
      const bulkMs = time(() =>
        db.transaction(() => {
          for (let i = existing; i < BULK; i++) {
            const owner = ids[(i * 7919) % ids.length]!;
            insert.run(
              randomUUID(),
              owner.booth,
              owner.exhibitor,
              days[i % days.length]!,
              1_000 * (1 + ((i * 31) % 9_000)),
              METHODS[i % 3]!,
              'bench',
              at,
            );
          }
        })(),
      );
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('ANALYZE');
      const count = (db.prepare('SELECT count(*) AS n FROM sale').get() as { n: number }).n;
      console.log(`(${count.toLocaleString('en')} entries over ${ids.length} booths generated in ${(bulkMs / 1000).toFixed(1)} s)`);

      const aggregates: [string, () => unknown][] = [
        ['sales.dashboard_all_dimensions', () => buildDashboard(db)],
        ['sales.fair_report', () => buildFairReport(db)],
        ['sales.day_grid', () => readDayGrid(db)],
        ['sales.day_entries_page', () => listSales(db, { day: days[1]!, limit: 500 })],
        ['sales.booth_entries', () => listSales(db, { boothId: ids[0]!.booth, limit: 500 })],
        ['sales.booth_directory', () => listSaleBooths(db)],
      ];
      // What one aggregate would cost by scanning every entry: the reason for the running totals.
      const scanMs = await timeMedian(3, () =>
        db.prepare('SELECT day, sum(amount_dong) FROM sale WHERE voided_at IS NULL GROUP BY day').all(),
      );
      for (const [id, fn] of aggregates) {
        fn();
        report.add({
          id,
          value: await timeMedian(7, fn),
          unit: 'ms',
          baseline: scanMs,
          note: `${count} entries; target ≤ 200 ms; baseline: one full-scan GROUP BY`,
        });
      }
      const check =
        buildDashboard(db).total.revenue ===
        (db.prepare('SELECT sum(amount_dong) AS n FROM sale WHERE voided_at IS NULL').get() as { n: number }).n;
      console.log(`(running totals agree with a full recount: ${check})`);
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
