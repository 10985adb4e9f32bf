import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { copyFairRows, verifySchema } from '../db/fair-file';
import { requireFairTotalsWithinBound } from './fair-totals';
import { createFairDb, type Db, hardenForUntrustedFile, inspectFairFile, migrate } from '../db/open';

export const FAIR_EXTENSION = '.fairfloor';

/**
 * The library's working files (imports, exports, duplicates, creations in progress). Each name carries
 * the process id, so that a restart removes what a crash left behind and spares what a live process uses.
 */
export class TempFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  path(label: string, extension = FAIR_EXTENSION): string {
    return join(this.dir, `${process.pid}-${randomUUID()}-${label}${extension}`);
  }

  /** Removes a working file with the journal files SQLite may have left beside it. */
  remove(path: string): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  }

  /** Copies left behind by a crash during an import, export, duplicate or create: only those of live processes stay. */
  removeStale(): void {
    for (const name of readdirSync(this.dir)) {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      if (pid && pid !== process.pid && processAlive(pid)) continue;
      rmSync(join(this.dir, name), { force: true, recursive: true });
    }
  }
}

/** Whether a process of this machine still runs (a permission error means it does, as someone else's). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LandOptions {
  /** Tables whose rows stay behind (a duplicate leaves last year's money and sales). */
  skip?: readonly string[];
  /** The id the new fair takes, given the id the file carries. */
  id: (fileId: string) => string;
  /** Where a fair of that id lives in the library. */
  pathOf: (id: string) => string;
}

/**
 * Builds a new fair file with FairFloor's own migrations and copies into it the rows of `sourcePath`,
 * whose schema must be exactly ours for its version: nothing of the source's own schema ever runs.
 * The fair enters the library under the id `options.id` picks, only once whole; `finish` runs in the
 * same transaction as that id. Returns the id.
 */
export function landCopy(temp: TempFiles, sourcePath: string, options: LandOptions, finish: (db: Db, id: string) => void): string {
  const { version } = inspectFairFile(sourcePath, { deep: true });
  const outPath = temp.path('landing');
  try {
    let id: string;
    const db = createFairDb(outPath, version);
    try {
      hardenForUntrustedFile(db);
      db.prepare('ATTACH DATABASE ? AS incoming').run(sourcePath);
      verifySchema(db, 'incoming', version);
      copyFairRows(db, 'incoming', version, options.skip);
      db.exec('DETACH DATABASE incoming');
      migrate(db);
      requireFairTotalsWithinBound(db);
      const rows = db.prepare('SELECT id FROM fair').all() as { id: string }[];
      if (rows.length !== 1)
        throw new ApiError('FILE_INVALID', 'This fair file holds no fair, or more than one.', { reason: 'noFairInFile' });
      id = options.id(rows[0]!.id);
      db.transaction(() => {
        db.prepare('UPDATE fair SET id = ?').run(id);
        finish(db, id);
      }).immediate();
    } catch (error) {
      if (ApiError.is(error)) throw error;
      throw new ApiError('FILE_INVALID', 'This fair file is damaged or unreadable.', { reason: 'fileDamaged' });
    } finally {
      db.close();
    }
    renameSync(outPath, options.pathOf(id));
    return id;
  } finally {
    temp.remove(outPath);
  }
}
