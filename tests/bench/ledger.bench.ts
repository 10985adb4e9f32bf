import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAmount } from '../../shared/amount';
import { allocateBooth } from '../../electron/services/exhibitors/allocations';
import { createExhibitor } from '../../electron/services/exhibitors/directory';
import { recordPayment } from '../../electron/services/exhibitors/payments';
import { FairLibrary } from '../../electron/services/library';
import { median, type BenchReport } from './report';

const TYPED = ['1,5tr', '2tr5', '500k', '800 nghìn', '2 triệu', '1.500.000', '1 500 000', '2.000.000đ', 'abc', '1,2 tỷ'];

/** Booth money: reading a typed amount, and a payment written durably beside a raw insert. */
export const ledgerBench = {
  name: 'ledger',
  async run(report: BenchReport) {
    const reads = 200_000;
    const perRead = (fn: (text: string) => unknown) => {
      const start = performance.now();
      for (let i = 0; i < reads; i++) fn(TYPED[i % TYPED.length]!);
      return ((performance.now() - start) * 1000) / reads;
    };
    perRead(parseAmount); // warm-up
    const readUs = median([perRead(parseAmount), perRead(parseAmount), perRead(parseAmount)]);
    // The reader it replaced in the exhibitor screens: strip every non-digit (and read `1,5tr` as 15).
    const stripUs = median([0, 1, 2].map(() => perRead((t) => Number(t.replace(/[^\d]/g, '')))));
    report.add({
      id: 'ledger.read_amount',
      value: readUs,
      unit: 'µs',
      baseline: stripUs,
      note: 'target ≤ 5 µs; baseline: the old digit-stripping (wrong, but the cost of reading at all)',
    });

    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-ledger-'));
    const library = new FairLibrary(dir);
    try {
      const fair = library.create(
        { name: 'Bench', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' },
        'bench',
        (db) => {
          db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 60, 20)").run();
          db.prepare(
            "INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, price_dong) VALUES ('b', 'a', 'A1', 0, 0, 3, 3, 100000000000)",
          ).run();
        },
      );
      const db = library.db(fair.id);
      const e = createExhibitor(db, 'bench', { legalName: 'HTX Bench' });
      const a = allocateBooth(db, 'bench', { boothId: 'b', exhibitorId: e.id, status: 'confirmed' });
      const raw = db.prepare(
        `INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at)
         VALUES (?, 'payment', ?, ?, 1000, '2026-07-05', 'cash', 'bench', ?)`,
      );
      const rawInsert = db.transaction(() => raw.run(randomUUID(), a.id, e.id, new Date().toISOString()));
      const service: number[] = [];
      const baseline: number[] = [];
      // Interleaved, so both share the same disk, the same file and the same neighbours on the machine.
      for (let i = 0; i < 400; i++) {
        let t = performance.now();
        recordPayment(db, 'bench', a.id, { amountDong: 1_000, paidOn: '2026-07-05', method: 'cash' });
        service.push(performance.now() - t);
        t = performance.now();
        rawInsert();
        baseline.push(performance.now() - t);
      }
      report.add({
        id: 'ledger.record_payment_durable',
        value: median(service),
        unit: 'ms',
        baseline: median(baseline),
        note: 'target ≤ 2× ; write lock, checks, receipt number, audit row, synchronous=FULL; baseline: raw INSERT in its own transaction',
      });
    } finally {
      library.closeAll();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
