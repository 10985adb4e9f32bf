import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { audit } from '../../electron/services/audit';
import { percentile, timeMedian, type BenchReport } from './report';

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
      const openMs = await timeMedian(15, async () => {
        await library.openFair(demo.id);
        library.closeAll();
      });
      const rawMs = await timeMedian(15, () => {
        const db = new Database(library.pathOf(demo.id), { readonly: true });
        db.prepare('SELECT * FROM fair').get();
        db.close();
      });
      report.add({ id: 'storage.open_demo_fair', value: openMs, unit: 'ms', baseline: rawMs, note: 'baseline: raw open + one query' });

      // A big fair: 10,000 booths and 100,000 sales (about 30 MB): the backup copy dominates.
      const big = library.create({ ...BIG_FAIR }, 'bench', (db) => fillBigFair(db, 10_000, 100_000));
      library.closeAll();
      const bigOpenMs = await timeMedian(5, async () => {
        await library.openFair(big.id);
        library.closeAll();
      });
      const bigRawMs = await timeMedian(5, () => {
        const db = new Database(library.pathOf(big.id), { readonly: true });
        db.prepare('SELECT * FROM fair').get();
        db.close();
      });
      report.add({
        id: 'storage.open_fair_10k_booths_100k_sales',
        value: bigOpenMs,
        unit: 'ms',
        baseline: bigRawMs,
        note: 'includes the rotating backup copy',
      });
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
