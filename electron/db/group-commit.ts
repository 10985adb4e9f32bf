import { open } from 'node:fs/promises';
import type { Db } from './open';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** One connection's writes: those waiting for the next commit, and commits waiting for the disk. */
interface Lane {
  queue: Job[];
  scheduled: boolean;
  /** Committed batches whose callers are told only once the write-ahead log is on disk. */
  committed: ((error: unknown) => void)[];
  syncing: boolean;
}

/** Makes a file's written bytes durable (fdatasync), off the main thread. */
export type SyncFile = (path: string) => Promise<void>;

/** More than this many writes waiting start a second commit rather than one long lock. */
const MAX_BATCH = 256;
/** SQLite's `synchronous` levels: FULL and EXTRA flush the log at every commit. */
const SYNC_NORMAL = 1;
const SYNC_FULL = 2;

/** fdatasync on libuv's thread pool. A log already folded into the fair file and removed (the fair was closed) has nothing left to flush. */
export const syncFileOffThread: SyncFile = async (path) => {
  let file;
  try {
    file = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await file.datasync();
  } finally {
    await file.close();
  }
};

/**
 * Group commit: writes that arrive together (twenty staff phones flushing their outboxes) share
 * one transaction, each in its own savepoint (one refused write leaves the others alone).
 *
 * Durability is that of `synchronous = FULL` — nobody hears "done" before the write-ahead log
 * holding the write is on disk — but the disk flush no longer holds the main thread: the batch
 * commits with `synchronous = NORMAL` (in WAL mode: the log is written, not flushed), the log is
 * then flushed with fdatasync on the thread pool, and only then are the batch's promises settled.
 * Meanwhile the main thread answers other calls and commits the next batch; one flush covers every
 * batch committed before it started. A power cut before the flush loses only writes nobody was
 * told of (a phone resends them: its entry id makes the resend land once).
 */
export class GroupCommit {
  private readonly lanes = new WeakMap<Db, Lane>();

  constructor(private readonly syncFile: SyncFile = syncFileOffThread) {}

  run<T>(db: Db, work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let lane = this.lanes.get(db);
      if (!lane) this.lanes.set(db, (lane = { queue: [], scheduled: false, committed: [], syncing: false }));
      lane.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (lane.scheduled) return;
      lane.scheduled = true;
      // After the I/O callbacks of this turn: every request that arrived meanwhile joins the batch.
      setImmediate(() => this.commitWaiting(db, lane));
    });
  }

  private commitWaiting(db: Db, lane: Lane): void {
    lane.scheduled = false;
    const queue = lane.queue.splice(0);
    for (let i = 0; i < queue.length; i += MAX_BATCH) this.commit(db, lane, queue.slice(i, i + MAX_BATCH));
  }

  private commit(db: Db, lane: Lane, jobs: Job[]): void {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const level = flushedAtCommit(db);
    try {
      if (level !== null) db.pragma(`synchronous = ${SYNC_NORMAL}`);
      db.transaction(() => {
        for (const job of jobs) {
          try {
            outcomes.push({ ok: true, value: db.transaction(job.work)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed: nothing of the batch was stored.
      for (const job of jobs) job.reject(error);
      return;
    } finally {
      if (level !== null) db.pragma(`synchronous = ${level}`);
    }
    const settle = (failure: unknown) =>
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (failure) job.reject(failure);
        else if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    if (level === null) return settle(null);
    lane.committed.push(settle);
    this.flushLog(db, lane);
  }

  /** One flush at a time; batches committed while it runs wait for the next, which covers them all. */
  private flushLog(db: Db, lane: Lane): void {
    if (lane.syncing || !lane.committed.length) return;
    const settles = lane.committed.splice(0);
    lane.syncing = true;
    this.syncFile(`${db.name}-wal`).then(
      () => this.flushed(db, lane, settles, null),
      (error: unknown) => this.flushed(db, lane, settles, error ?? new Error('The disk refused the write')),
    );
  }

  private flushed(db: Db, lane: Lane, settles: ((error: unknown) => void)[], error: unknown): void {
    lane.syncing = false;
    for (const settle of settles) settle(error);
    this.flushLog(db, lane);
  }
}

/** The connection's `synchronous` level when it flushes the write-ahead log at each commit; null when that flush is not ours to move. */
function flushedAtCommit(db: Db): number | null {
  if (db.memory || db.readonly) return null;
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
  const level = Number(db.pragma('synchronous', { simple: true }));
  return level >= SYNC_FULL ? level : null;
}
