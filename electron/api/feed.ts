import { ALL_TOPICS, type ChangeTopic, type FairChange } from '../../shared/api/feed';
import type { Db } from '../db/open';

export type FeedListener = (change: FairChange) => void;

/**
 * The change feed: every committed write bumps its fair's revision and is announced to every
 * subscriber (each desktop window, each browser-mode stream, later each staff device). It knows
 * nothing of screens: subscribers decide what to refetch from the topics.
 */
export class ChangeFeed {
  private readonly listeners = new Set<FeedListener>();
  private readonly revisions = new Map<string, number>();

  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The fair's revision: how many writes this process has announced for it. */
  revision(fairId: string | null): number {
    return fairId ? (this.revisions.get(fairId) ?? 0) : 0;
  }

  announce(fairId: string | null, method: string, topics: readonly ChangeTopic[]): FairChange {
    const revision = fairId ? this.revision(fairId) + 1 : 0;
    if (fairId) this.revisions.set(fairId, revision);
    const change: FairChange = { fairId, revision, topics: [...topics], method };
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken subscriber (a closed window, a dropped stream) must not stop the others.
        console.error('[fairfloor] change feed listener failed:', error);
      }
    }
    return change;
  }
}

/**
 * Notices writes that another program made to an open fair file (a second FairFloor on the same
 * folder, a copy restored over it): SQLite's `data_version` changes only for other connections'
 * commits, so reading it is a cheap check. Runs only while someone listens.
 */
export function watchExternalWrites(
  feed: ChangeFeed,
  openFairs: () => Iterable<[string, Db]>,
  intervalMs = 500,
): { check: () => void; stop: () => void } {
  // Keyed by connection: a fair closed and opened again starts afresh.
  const seen = new WeakMap<Db, number>();
  const check = () => {
    if (feed.subscribers === 0) return;
    for (const [fairId, db] of openFairs()) {
      let version: number;
      try {
        if (!db.open) continue;
        version = db.pragma('data_version', { simple: true }) as number;
      } catch {
        continue;
      }
      const before = seen.get(db);
      seen.set(db, version);
      if (before !== undefined && before !== version) feed.announce(fairId, 'external', ALL_TOPICS);
    }
  };
  const timer = setInterval(check, intervalMs);
  timer.unref?.();
  return { check, stop: () => clearInterval(timer) };
}
