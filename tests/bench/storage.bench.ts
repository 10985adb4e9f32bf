import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { audit } from '../../electron/services/audit';
import { listSales } from '../../electron/services/sales/queries';
import { median, percentile, timeMedian, type BenchReport } from './report';

const WRITES = 2_000;
const BIG_FAIR = { name: 'Hội chợ lớn', venue: '', organizer: '', firstDay: '2026-01-01', lastDay: '2026-01-07', notes: '' };

function fillBigFair(db: Database.Database, booths: number, sales: number): void {
  db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Hall', 1000, 1000)").run();
  const booth = db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES (?, 'a', ?, ?, ?, 3, 3)");
  for (let i = 0; i < booths; i++) booth.run(`b${i}`, `N${i}`, (i % 100) * 3, Math.floor(i / 100) * 3);
  const sale = db.prepare(
    "INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES (?, ?, '2026-01-02', ?, 'cash', '2026-01-02T10:00:00Z')",
  );
  for (let i = 0; i < sales; i++) sale.run(`s${i}`, `b${i % booths}`, 10_000 + (i % 997) * 1000);
}

const EXPO_SALES = Number(process.env.STORAGE_BENCH_SALES ?? 1_000_000);

/** Booths, and sales spread over ten days each with the audit row the app writes beside it. */
function fillExpo(db: Database.Database, booths: number, sales: number): void {
  db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Hall', 1000, 1000)").run();
  const booth = db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES (?, 'a', ?, ?, ?, 3, 3)");
  for (let i = 0; i < booths; i++) booth.run(`b${i}`, `N${i}`, (i % 100) * 3, Math.floor(i / 100) * 3);
  const sale = db.prepare("INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES (?, ?, ?, ?, 'cash', ?)");
  const log = db.prepare(
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, 'Thu ngân', 'sale.record', 'sale', ?, ?)",
  );
  for (let i = 0; i < sales; i++) {
    const day = `2026-01-${String(1 + Math.floor((i * 10) / sales)).padStart(2, '0')}`;
    const at = `${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00.000Z`;
    const amount = 10_000 + (i % 997) * 1000;
    sale.run(`s${i}`, `b${i % booths}`, day, amount, at);
    log.run(at, `s${i}`, JSON.stringify({ boothNumber: `N${i % booths}`, amountDong: amount, method: 'cash' }));
  }
}

/** Opens a fair as the app does, several times: each open timed alone (its background backup waited for, untimed). */
async function openTimes(library: FairLibrary, fairId: string, runs: number, then?: (db: Database.Database) => void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await library.openFair(fairId);
    times.push(performance.now() - t0);
    then?.(library.db(fairId));
    await library.whenBackedUp();
    library.closeAll();
  }
  return times;
}

/** Baseline of an open: the file opened read-only and one query, nothing else. */
function rawOpenMs(path: string, runs = 5): Promise<number> {
  return timeMedian(runs, () => {
    const db = new Database(path, { readonly: true });
    db.prepare('SELECT * FROM fair').get();
    db.close();
  });
}

function durableWrites(db: Database.Database, n: number): number[] {
  const times: number[] = [];
  const write = db.transaction((i: number) => audit(db, 'bench', 'bench.write', 'fair', null, { i }));
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    write(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** Storage: what one committed change costs, and how long opening a fair takes. */
export const storageBench = {
  name: 'storage',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-'));
    try {
      const library = new FairLibrary(dir);
      const demo = createDemoFair(library, 'bench');

      // A fair's own connection: WAL + synchronous=FULL, so each commit reaches the disk.
      const fairDb = library.db(demo.id);
      const durable = durableWrites(fairDb, WRITES);
      // Baseline: the same insert with durability switched off (synchronous=OFF), in the same run.
      const loose = new Database(join(dir, 'loose.db'));
      loose.pragma('journal_mode = WAL');
      loose.pragma('synchronous = OFF');
      loose.exec(
        `CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, actor TEXT, action TEXT, entity TEXT, entity_id TEXT, details TEXT)`,
      );
      const fast = durableWrites(loose, WRITES);
      loose.close();
      report.add({
        id: 'storage.durable_write.p50',
        value: percentile(durable, 50),
        unit: 'ms',
        baseline: percentile(fast, 50),
        note: 'baseline: synchronous=OFF',
      });
      report.add({ id: 'storage.durable_write.p99', value: percentile(durable, 99), unit: 'ms', baseline: percentile(fast, 99) });

      // Opening a fair: file check, rotating backup, migration check, "last opened".
      library.closeAll();
      const openMs = median(await openTimes(library, demo.id, 15));
      const rawMs = await rawOpenMs(library.pathOf(demo.id), 15);
      report.add({ id: 'storage.open_demo_fair', value: openMs, unit: 'ms', baseline: rawMs, note: 'baseline: raw open + one query' });

      // A big fair: 10,000 booths and 100,000 sales (about 30 MB): the backup copy dominates.
      const big = library.create({ ...BIG_FAIR }, 'bench', (db) => fillBigFair(db, 10_000, 100_000));
      library.closeAll();
      const bigOpenMs = median(await openTimes(library, big.id, 5));
      const bigRawMs = await rawOpenMs(library.pathOf(big.id));
      report.add({
        id: 'storage.open_fair_10k_booths_100k_sales',
        value: bigOpenMs,
        unit: 'ms',
        baseline: bigRawMs,
        note: 'baseline: raw open + one query; the rotating backup follows the open',
      });
      library.closeAll();

      // A national expo at its end: 3,000 booths, 1,000,000 sales over ten days, each with its audit row,
      // opened as the app opens it (no ANALYZE beyond what opening does), then the day's list.
      const expo = library.create({ ...BIG_FAIR, lastDay: '2026-01-10' }, 'bench', (db) => fillExpo(db, 3_000, EXPO_SALES));
      library.closeAll();
      const dayList: number[] = [];
      const expoOpen = await openTimes(library, expo.id, 5, (db) => {
        const t1 = performance.now();
        listSales(db, { day: '2026-01-05', limit: 200 });
        dayList.push(performance.now() - t1);
      });
      const expoRaw = await rawOpenMs(library.pathOf(expo.id));
      report.add({
        id: `storage.open_fair_3k_booths_${EXPO_SALES / 1000}k_sales_with_audit`,
        value: median(expoOpen),
        unit: 'ms',
        baseline: expoRaw,
        note: 'baseline: raw open + one query; backup runs after the open',
      });
      report.add({
        id: `storage.day_list_after_open_${EXPO_SALES / 1000}k_sales`,
        value: median(dayList),
        unit: 'ms',
        note: 'first query on a freshly opened file',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
