import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommit, syncFileOffThread } from '../../electron/db/group-commit';

/** A disk flush the test decides when to finish. */
function heldFlushes() {
  const calls: { path: string; finish: (error?: Error) => void }[] = [];
  const sync = (path: string) =>
    new Promise<void>((resolve, reject) => calls.push({ path, finish: (error) => (error ? reject(error) : resolve()) }));
  return { calls, sync };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A WAL database flushed at each commit, as a fair file is opened. */
  function fairLike() {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-group-'));
    dirs.push(dir);
    const path = join(dir, 'fair.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (v INTEGER NOT NULL CHECK (v > 0))');
    return { db, path };
  }

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

  it('answers a write only once the write-ahead log holding it is flushed to disk, off the main thread', async () => {
    const { db, path } = fairLike();
    const flushes = heldFlushes();
    const group = new GroupCommit(flushes.sync);
    let answered = false;
    const write = group
      .run(db, () => db.prepare('INSERT INTO t (v) VALUES (1)').run().changes)
      .then((n) => {
        answered = true;
        return n;
      });
    await expect.poll(() => flushes.calls.length).toBe(1);
    expect(flushes.calls[0]!.path).toBe(`${path}-wal`);
    // Committed (another connection reads it) and the connection is back to flushing at each commit ...
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // ... but nobody is told before the flush is done.
    await turn();
    await turn();
    expect(answered).toBe(false);
    flushes.calls[0]!.finish();
    await expect(write).resolves.toBe(1);
    reader.close();
    db.close();
  });

  it('one flush at a time: batches committed while it runs wait for the next one, which covers them all', async () => {
    const { db } = fairLike();
    const flushes = heldFlushes();
    const group = new GroupCommit(flushes.sync);
    const insert = (v: number) => group.run(db, () => db.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid);
    const first = insert(1);
    await expect.poll(() => flushes.calls.length).toBe(1);
    const second = insert(2);
    const third = insert(3);
    let laterAnswered = false;
    void Promise.all([second, third]).then(() => (laterAnswered = true));
    // Both are committed while the first flush runs, yet no second flush starts before it ends.
    await expect.poll(() => (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(3);
    expect(flushes.calls).toHaveLength(1);
    flushes.calls[0]!.finish();
    await first;
    // The first flush started before they were committed: it does not answer them.
    await turn();
    expect(laterAnswered).toBe(false);
    await expect.poll(() => flushes.calls.length).toBe(2);
    flushes.calls[1]!.finish();
    await expect(Promise.all([second, third])).resolves.toEqual([2, 3]);
    db.close();
  });

  it('a flush the disk refuses refuses the writes it was to make durable', async () => {
    const { db } = fairLike();
    const flushes = heldFlushes();
    const group = new GroupCommit(flushes.sync);
    const write = group.run(db, () => db.prepare('INSERT INTO t (v) VALUES (1)').run());
    await expect.poll(() => flushes.calls.length).toBe(1);
    flushes.calls[0]!.finish(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(write).rejects.toThrow(/EIO/);
    db.close();
  });

  it('flushes the real log file, and a log already folded into the database has nothing left to flush', async () => {
    const { db, path } = fairLike();
    const group = new GroupCommit();
    await expect(group.run(db, () => db.prepare('INSERT INTO t (v) VALUES (7)').run().changes)).resolves.toBe(1);
    db.close();
    // Closing the last connection checkpoints and removes the log.
    await expect(syncFileOffThread(`${path}-wal`)).resolves.toBeUndefined();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT v FROM t').all()).toEqual([{ v: 7 }]);
    reopened.close();
  });
});
