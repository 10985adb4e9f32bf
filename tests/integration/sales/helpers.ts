import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import { FairLibrary } from '../../../electron/services/library';
import type { Db } from '../../../electron/db/open';

/** A fresh library with the demo fair in a temp folder, for each test. */
export function useDemoFair(): { db: () => Db; fairId: () => string; library: () => FairLibrary; dir: () => string } {
  let dir = '';
  let library: FairLibrary;
  let fairId = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairfloor-sales-'));
    library = new FairLibrary(dir);
    fairId = createDemoFair(library, 'seed').id;
  });
  afterEach(() => {
    library.closeAll();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db: () => library.db(fairId), fairId: () => fairId, library: () => library, dir: () => dir };
}

export const rawTotal = (db: Db, where = '1') =>
  (db.prepare(`SELECT coalesce(sum(amount_dong), 0) AS n FROM sale WHERE voided_at IS NULL AND ${where}`).get() as { n: number }).n;
