import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FairReport } from '../../shared/model/report';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { buildFairReport } from '../../electron/services/reports/fair-report';
import { history } from '../../electron/services/exhibitors/payments';

describe('fair report of the demo fair', () => {
  let dir: string;
  let library: FairLibrary;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairfloor-report-'));
    library = new FairLibrary(dir);
  });
  afterEach(() => {
    library.closeAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('agrees with the raw entries in every dimension and excludes the voided sale', () => {
    const { id } = createDemoFair(library, 'test');
    const db = library.db(id);
    const report = FairReport.parse(buildFairReport(db));
    const raw = db.prepare('SELECT sum(amount_dong) AS total, count(*) AS n FROM sale WHERE voided_at IS NULL').get() as {
      total: number;
      n: number;
    };

    expect(report.booths).toMatchObject({ total: 40, sellable: 40, allocated: 40 });
    expect(report.exhibitors).toMatchObject({ total: 37, participating: 37 });
    expect(report.revenue.total).toBe(raw.total);
    expect(report.revenue.entries).toBe(raw.n);
    expect(report.revenue.voidedEntries).toBe(1);
    const sum = (rows: { revenue: number }[]) => rows.reduce((n, r) => n + r.revenue, 0);
    expect(sum(report.byDay)).toBe(raw.total);
    expect(sum(report.byZone)).toBe(raw.total);
    expect(sum(report.byCategory)).toBe(raw.total);
    expect(sum(report.byMethod)).toBe(raw.total);
    expect(report.byDay.map((d) => d.day)).toEqual(['2025-07-05', '2025-07-06', '2025-07-07']);
    expect(report.visitors.total).toBe(8_600 + 9_800 + 5_900);
    expect(report.byZone.map((z) => z.booths).sort()).toEqual([11, 12, 17]);
    expect(report.topExhibitors).toHaveLength(10);
    expect(report.topExhibitors[0]!.revenue).toBeGreaterThanOrEqual(report.topExhibitors[9]!.revenue);
    const twoBooths = report.topExhibitors.find((e) => e.boothNumbers.length === 2);
    if (twoBooths) expect(twoBooths.boothNumbers[0]! < twoBooths.boothNumbers[1]!).toBe(true);
  });

  it('gives every demo booking the history the allocation screens show', () => {
    const { id } = createDemoFair(library, 'Lan');
    const db = library.db(id);
    const bookings = db.prepare('SELECT booth_id AS boothId, exhibitor_id AS exhibitorId, status FROM allocation').all() as {
      boothId: string;
      exhibitorId: string;
      status: string;
    }[];
    expect(bookings).toHaveLength(40);
    for (const b of bookings) {
      const actions = history(db, { boothId: b.boothId }).map((h) => h.action);
      expect(actions).toEqual(b.status === 'paid' ? ['payment.record', 'allocation.create'] : ['allocation.create']);
      expect(history(db, { exhibitorId: b.exhibitorId }).length).toBeGreaterThan(0);
    }
  });
});
