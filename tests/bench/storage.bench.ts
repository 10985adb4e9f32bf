import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { audit } from '../../electron/services/audit';
import { percentile, timeMedian, type BenchReport } from './report';

const WRITES = 2_000;

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
      loose.exec(`CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, actor TEXT, action TEXT, entity TEXT, entity_id TEXT, details TEXT)`);
      const fast = durableWrites(loose, WRITES);
      loose.close();
      report.add({ id: 'storage.durable_write.p50', value: percentile(durable, 50), unit: 'ms', baseline: percentile(fast, 50), note: 'baseline: synchronous=OFF' });
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
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
