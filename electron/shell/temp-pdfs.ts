import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safePdfName } from '../security';

const PREFIX = 'fairfloor-print-';
/** A PDF handed to the viewer is kept this long after the run that made it, in case the viewer is still printing. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * PDFs handed to the system viewer for printing: written under the temp folder in one folder per
 * run, removed when FairFloor quits, and any left by a run that crashed are removed a day later.
 */
export class TempPdfs {
  readonly dir: string;

  constructor(
    private readonly tempRoot: string,
    runId: string,
  ) {
    this.dir = join(tempRoot, `${PREFIX}${runId}`);
  }

  write(fileName: string, bytes: Buffer): string {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, safePdfName(fileName));
    writeFileSync(path, bytes);
    return path;
  }

  /** This run's PDFs: called when the app quits. */
  removeOwn(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Other runs' folders older than a day (a crash skipped their clean-up). Returns how many went. */
  removeStale(now = Date.now()): number {
    let removed = 0;
    for (const name of readdirSync(this.tempRoot)) {
      const path = join(this.tempRoot, name);
      if (!name.startsWith(PREFIX) || path === this.dir) continue;
      try {
        if (now - statSync(path).mtimeMs < KEEP_MS) continue;
        rmSync(path, { recursive: true, force: true });
        removed++;
      } catch {
        // Gone already, or not ours to remove.
      }
    }
    return removed;
  }
}
