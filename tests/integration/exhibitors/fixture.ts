import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../../electron/db/open';
import { FairLibrary } from '../../../electron/services/library';
import { createExhibitor } from '../../../electron/services/exhibitors/directory';

export interface TestFair {
  dir: string;
  library: FairLibrary;
  fairId: string;
  db: Db;
  /** Booth ids by number: A1..A6 standard 3×3 at 3 000 000 ₫, Z1 zero-dong, S1 non-sellable. */
  booth: Record<string, string>;
  zoneId: string;
  close: () => void;
}

/** A small fair with six ordinary booths, one zero-dong booth and a stage slot, in a temp folder. */
export function makeFair(): TestFair {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-exh-'));
  const library = new FairLibrary(dir);
  const booth: Record<string, string> = {};
  const zoneId = 'zone-ocop';
  const summary = library.create(
    { name: 'Hội chợ thử', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' },
    'tester',
    (db) => {
      db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('area-1', 'Sân', 60, 20)").run();
      db.prepare("INSERT INTO zone (id, name, color) VALUES (?, 'OCOP', '#2f9e44')").run(zoneId);
      const insert = db.prepare(
        `INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, kind, zone_id, price_dong) VALUES (?, 'area-1', ?, ?, 1, 3, 3, ?, ?, ?)`,
      );
      const add = (number: string, i: number, kind = 'standard', price = 3_000_000) => {
        booth[number] = `booth-${number}`;
        insert.run(booth[number], number, i * 3, kind, zoneId, price);
      };
      for (let i = 1; i <= 6; i++) add(`A${i}`, i);
      add('Z1', 8, 'zero_dong');
      add('S1', 10, 'non_sellable');
    },
  );
  return {
    dir,
    library,
    fairId: summary.id,
    db: library.db(summary.id),
    booth,
    zoneId,
    close: () => {
      library.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function addExhibitor(db: Db, legalName: string, extra: Record<string, unknown> = {}) {
  return createExhibitor(db, 'tester', { legalName, ...extra });
}
