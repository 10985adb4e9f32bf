import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { replyBody } from '../../../electron/api/json-bytes';
import type { Db } from '../../../electron/db/open';
import { readPlan, readPlanShared } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import { PlanChanges } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { fairWithPlan, useTempLibrary } from '../../helpers/temp-library';

// The plan a view opens is read again only when the file changed: any change, by this connection
// or another, must be seen by the next view that opens it.
const temp = useTempLibrary();
let db: Db;
let fairId: string;
const booths = Array.from({ length: 30 }, (_, i) => defaults.booth(`b${i}`, 'hall', `A${i + 1}`, { xM: 3 * i, yM: 2 }));

beforeEach(() => {
  db = fairWithPlan(temp.library, defaults.area('hall', 'Nhà A', 200, 50, 0), booths);
  fairId = temp.library.list().fairs[0]!.id;
});

const moveFirst = (to: number) => {
  const from = readPlan(db).booths.find((b) => b.id === 'b0')!;
  applyPlanChanges(db, 't', PlanChanges.parse({ updated: { booths: [{ from, to: { ...from, yM: to } }] }, action: 'move' }));
};

describe('the plan as views open it', () => {
  it('is read once while the file is unchanged, and sent as exactly its JSON', () => {
    const first = readPlanShared(db);
    expect(readPlanShared(db)).toBe(first);
    expect(first).toEqual(readPlan(db));
    const reply = { ok: true as const, value: first };
    expect(replyBody(reply).toString()).toBe(JSON.stringify(reply));
  });

  it('is read afresh after a change made through this connection', () => {
    const first = readPlanShared(db);
    moveFirst(9);
    const next = readPlanShared(db);
    expect(next).not.toBe(first);
    expect(next.booths.find((b) => b.id === 'b0')!.yM).toBe(9);
    expect(replyBody({ ok: true, value: next }).toString()).toContain('"yM":9');
  });

  it('is read afresh after a change made by another connection to the file (another process, a worker)', () => {
    readPlanShared(db);
    const other = new Database(temp.library.pathOf(fairId));
    try {
      other.prepare("UPDATE booth SET notes = 'góc' WHERE id = 'b3'").run();
    } finally {
      other.close();
    }
    expect(readPlanShared(db).booths.find((b) => b.id === 'b3')!.notes).toBe('góc');
  });

  it('sees a change undone: a move and its reverse read as the file holds them', () => {
    readPlanShared(db);
    moveFirst(7);
    expect(readPlanShared(db).booths.find((b) => b.id === 'b0')!.yM).toBe(7);
    moveFirst(2);
    expect(readPlanShared(db).booths.find((b) => b.id === 'b0')!.yM).toBe(2);
  });
});
