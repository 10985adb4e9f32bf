import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FAIR_EXTENSION } from './library-copy';

const BACKUPS_KEPT = 10;

/** A time as part of a file name. */
export const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

export interface BackupSource {
  /** Whether the fair is still open in this process (a fair closed or deleted meanwhile is left alone). */
  isOpen: (fairId: string) => boolean;
  /** Writes a consistent copy of the fair to `destination`. */
  snapshot: (fairId: string, destination: string) => Promise<void>;
}

/** Rotating backups of each fair: one per opening, the last 10 kept, under `backups/<fairId>/`. */
export class BackupRotation {
  /** Backups run one after another, each after the request that asked for it has been answered. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly source: BackupSource,
    private readonly now: () => Date,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Resolves once every backup asked for so far is written (or has failed harmlessly). */
  whenDone(): Promise<void> {
    return this.chain;
  }

  /**
   * A consistent snapshot of the fair through SQLite's online backup, copied a hundred pages at a
   * time between other work (a sale recorded meanwhile waits for one step, not the whole file).
   */
  schedule(fairId: string): void {
    this.chain = this.chain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => (this.source.isOpen(fairId) ? this.write(fairId) : undefined))
      .catch(() => {
        // The fair was deleted or closed meanwhile: no backup this time; the fair itself is untouched.
      });
  }

  private async write(fairId: string): Promise<void> {
    const dir = join(this.dir, fairId);
    mkdirSync(dir, { recursive: true });
    await this.source.snapshot(fairId, join(dir, `${stamp(this.now())}${FAIR_EXTENSION}`));
    const kept = this.list(fairId);
    for (const old of kept.slice(0, Math.max(0, kept.length - BACKUPS_KEPT))) rmSync(join(dir, old), { force: true });
  }

  /** A fair's backups, oldest first. */
  list(fairId: string): string[] {
    const dir = join(this.dir, fairId);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(FAIR_EXTENSION))
          .sort()
      : [];
  }
}
