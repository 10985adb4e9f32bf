import type { Db } from './open';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** More than this many writes waiting start a second commit rather than one long lock. */
const MAX_BATCH = 256;

/**
 * Group commit: writes that arrive together (twenty staff phones flushing their outboxes) share
 * one transaction, so one fsync (`synchronous = FULL`) makes all of them durable instead of one
 * fsync each. Every write runs in its own savepoint: one refused write leaves the others alone.
 * A promise resolves only after the commit that holds its write.
 */
export class GroupCommit {
  private readonly queues = new Map<Db, Job[]>();

  run<T>(db: Db, work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let queue = this.queues.get(db);
      if (!queue) {
        queue = [];
        this.queues.set(db, queue);
        // After the I/O callbacks of this turn: every request that arrived meanwhile joins the batch.
        setImmediate(() => this.flush(db));
      }
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(db: Db): void {
    const queue = this.queues.get(db) ?? [];
    this.queues.delete(db);
    for (let i = 0; i < queue.length; i += MAX_BATCH) this.commit(db, queue.slice(i, i + MAX_BATCH));
  }

  private commit(db: Db, jobs: Job[]): void {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const job of jobs) {
          try {
            outcomes.push({ ok: true, value: db.transaction(job.work)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed: nothing of the batch was stored.
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
