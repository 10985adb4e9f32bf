import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Db } from '../../electron/db/open';
import { FairLibrary } from '../../electron/services/library';
import { applyPlanChanges } from '../../electron/services/planChanges';
import { PlanChanges, type Area, type Booth } from '../../shared/model/plan';

/** A library in a fresh temp folder for each test, closed and removed afterwards. */
export function useTempLibrary(): { readonly library: FairLibrary; readonly dir: string } {
  const state = {} as { library: FairLibrary; dir: string };
  const fresh = () => {
    state.dir = mkdtempSync(join(tmpdir(), 'fairfloor-test-'));
    state.library = new FairLibrary(state.dir);
  };
  fresh();
  afterEach(() => {
    state.library.closeAll();
    rmSync(state.dir, { recursive: true, force: true });
    fresh();
  });
  return {
    get library() {
      return state.library;
    },
    get dir() {
      return state.dir;
    },
  };
}

export const SAMPLE_FAIR = {
  name: 'Hội chợ OCOP Quảng Ninh 2026',
  venue: 'Cung Quy hoạch, Hội chợ và Triển lãm tỉnh',
  organizer: 'Sở Công Thương Quảng Ninh',
  firstDay: '2026-04-10',
  lastDay: '2026-04-15',
  notes: '',
};

/** A new fair in `library` whose plan holds one area and its booths, saved through the plan service. */
export function fairWithPlan(library: FairLibrary, area: Area, booths: Booth[]): Db {
  const fair = library.create({ ...SAMPLE_FAIR, name: 'Hội chợ thử' }, 't');
  const db = library.db(fair.id);
  applyPlanChanges(db, 't', PlanChanges.parse({ added: { areas: [area], booths } }));
  return db;
}
