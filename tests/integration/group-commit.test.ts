import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../electron/db/group-commit';

describe('group commit', () => {
  it('commits writes that arrive together in one transaction; a refused one leaves the others stored', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v INTEGER NOT NULL CHECK (v > 0))');
    const group = new GroupCommit();
    const inTransaction: boolean[] = [];
    const insert = (v: number, then: number) =>
      group.run(db, () => {
        inTransaction.push(db.inTransaction);
        db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
        db.prepare('INSERT INTO t (v) VALUES (?)').run(then);
        return v;
      });
    const results = await Promise.allSettled([insert(1, 10), insert(2, -20), insert(3, 30)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The refused write's first row went with its savepoint; the others' rows all stayed.
    expect(db.prepare('SELECT v FROM t ORDER BY v').all()).toEqual([{ v: 1 }, { v: 3 }, { v: 10 }, { v: 30 }]);
    expect(inTransaction).toEqual([true, true, true]);
    expect(db.inTransaction).toBe(false);
    db.close();
  });
});
