import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { safeFileName } from '../../shared/file-name';
import type { BrokenFair, Fair, FairInput, FairSummary, FileBytes } from '../../shared/model/fair';
import { createFairDb, type Db, inspectFairFile, openFairDb, releaseFairFile, optimizeOnClose } from '../db/open';
import { inlineFiles, type Uploads } from '../api/uploads';
import { audit } from './audit';
import { BackupRotation, stamp } from './library-backups';
import { FAIR_EXTENSION, type LandOptions, landCopy, TempFiles } from './library-copy';
import { startNextEdition } from './reports/settings';

export { FAIR_EXTENSION };
/**
 * What belongs to one edition of a fair and stays behind when its layout is reused:
 * bookings, money, sales, visitors, history. Children before parents (foreign keys).
 */
export const TABLES_NOT_DUPLICATED = [
  'sale',
  'sale_total',
  'payment',
  'allocation',
  'visitor_count',
  'audit_log',
  'waitlist_entry',
  'bank_transfer',
  // Last year's contracts and MoUs are last year's results.
  'trade_agreement',
];
/** Fair ids are file names: nothing that could climb out of the library folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

interface FairRow {
  id: string;
  name: string;
  venue: string;
  organizer: string;
  first_day: string;
  last_day: string;
  notes: string;
  created_at: string;
  updated_at: string;
  last_opened_at: string | null;
}

const toFair = (r: FairRow): Fair => ({
  id: r.id,
  name: r.name,
  venue: r.venue,
  organizer: r.organizer,
  firstDay: r.first_day,
  lastDay: r.last_day,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The library folder: one SQLite file per fair, a trash folder, rotating backups.
 * Connections stay open while the app runs; every other service receives a fair's `Db` from here.
 */
export class FairLibrary {
  readonly fairsDir: string;
  readonly trashDir: string;
  readonly backupsDir: string;
  private readonly temp: TempFiles;
  private readonly backups: BackupRotation;
  private readonly open = new Map<string, Db>();
  /** The file each open connection was opened on: another process may delete or replace it meanwhile. */
  private readonly identity = new Map<string, number>();

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.fairsDir = join(dataDir, 'fairs');
    this.trashDir = join(dataDir, 'trash');
    this.backupsDir = join(dataDir, 'backups');
    for (const dir of [this.fairsDir, this.trashDir]) mkdirSync(dir, { recursive: true });
    this.temp = new TempFiles(join(dataDir, '.tmp'));
    this.temp.removeStale();
    this.backups = new BackupRotation(
      this.backupsDir,
      { isOpen: (fairId) => this.open.has(fairId), snapshot: (fairId, destination) => this.snapshot(fairId, destination) },
      now,
    );
  }

  pathOf(fairId: string): string {
    if (!SAFE_ID.test(fairId)) throw new ApiError('NOT_FOUND', 'No such fair.', { reason: 'fairGone' });
    return join(this.fairsDir, fairId + FAIR_EXTENSION);
  }

  private requireFile(fairId: string): string {
    const path = this.pathOf(fairId);
    if (!existsSync(path)) throw new ApiError('NOT_FOUND', 'This fair is no longer in the library.', { fairId, reason: 'fairGone' });
    return path;
  }

  /** The working connection of a fair, opened (and migrated) on first use. */
  db(fairId: string): Db {
    const cached = this.open.get(fairId);
    if (cached) {
      if (statSync(this.pathOf(fairId), { throwIfNoEntry: false })?.ino === this.identity.get(fairId)) return cached;
      // Deleted or replaced from elsewhere: writes to the old file would be acknowledged and then lost.
      this.closeFair(fairId);
      throw new ApiError('NOT_FOUND', 'This fair was deleted or replaced outside this window. Nothing was saved.', {
        fairId,
        reason: 'fairReplaced',
      });
    }
    const path = this.requireFile(fairId);
    const db = openFairDb(path);
    this.open.set(fairId, db);
    this.identity.set(fairId, statSync(path).ino);
    return db;
  }

  /** The fairs open right now, with their connections (the change feed watches them). */
  openConnections(): [string, Db][] {
    return [...this.open.entries()];
  }

  isEmpty(): boolean {
    return this.fairFiles().length === 0;
  }

  private fairFiles(): string[] {
    return readdirSync(this.fairsDir).filter((f) => f.endsWith(FAIR_EXTENSION));
  }

  list(): { fairs: FairSummary[]; broken: BrokenFair[] } {
    const fairs: FairSummary[] = [];
    const broken: BrokenFair[] = [];
    for (const fileName of this.fairFiles()) {
      const id = fileName.slice(0, -FAIR_EXTENSION.length);
      const path = join(this.fairsDir, fileName);
      try {
        const cached = this.open.get(id);
        if (cached) {
          fairs.push(this.summarize(cached, path));
          continue;
        }
        inspectFairFile(path);
        const db = new Database(path, { readonly: true, fileMustExist: true });
        try {
          fairs.push(this.summarize(db, path));
        } finally {
          db.close();
        }
      } catch (error) {
        const e = ApiError.is(error)
          ? error
          : new ApiError('FILE_INVALID', 'This fair file is damaged or unreadable.', { reason: 'fileDamaged' });
        broken.push({ fileName, code: e.code === 'FAIR_TOO_NEW' ? 'FAIR_TOO_NEW' : 'FILE_INVALID', message: e.message });
      }
    }
    fairs.sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? '') || a.name.localeCompare(b.name));
    return { fairs, broken };
  }

  private summarize(db: Db, path: string): FairSummary {
    const row = db.prepare('SELECT * FROM fair LIMIT 1').get() as FairRow | undefined;
    if (!row) throw new ApiError('FILE_INVALID', 'This fair file holds no fair.', { reason: 'noFairInFile' });
    const count = (rows: string) => (db.prepare(`SELECT count(*) AS n FROM ${rows}`).get() as { n: number }).n;
    // Files not yet migrated (listed read-only) predate archiving exhibitors.
    const archives = db.prepare("SELECT 1 FROM pragma_table_info('exhibitor') WHERE name = 'deleted_at'").get() !== undefined;
    return {
      id: row.id,
      name: row.name,
      venue: row.venue,
      organizer: row.organizer,
      firstDay: row.first_day,
      lastDay: row.last_day,
      boothCount: count('booth'),
      exhibitorCount: count(archives ? 'exhibitor WHERE deleted_at IS NULL' : 'exhibitor'),
      lastOpenedAt: row.last_opened_at,
      fileBytes: statSync(path).size,
    };
  }

  summary(fairId: string): FairSummary {
    return this.summarize(this.db(fairId), this.pathOf(fairId));
  }

  fair(fairId: string): Fair {
    const row = this.db(fairId).prepare('SELECT * FROM fair LIMIT 1').get() as FairRow | undefined;
    if (!row) throw new ApiError('FILE_INVALID', 'This fair file holds no fair.', { reason: 'noFairInFile' });
    return toFair(row);
  }

  /** Creates an empty fair; `fill` may add content inside the same transaction (the demo fair does). */
  create(input: FairInput, actor: string, fill?: (db: Db, fairId: string) => void): FairSummary {
    const id = randomUUID();
    const tmpPath = this.temp.path('create');
    const at = this.now().toISOString();
    const db = createFairDb(tmpPath);
    try {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO fair (id, name, venue, organizer, first_day, last_day, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, input.name, input.venue, input.organizer, input.firstDay, input.lastDay, input.notes, at, at);
        audit(db, actor, 'fair.create', 'fair', id, { name: input.name }, at);
        fill?.(db, id);
      }).immediate();
    } finally {
      db.close();
    }
    // The fair appears in the library only once it is whole.
    try {
      renameSync(tmpPath, this.pathOf(id));
    } finally {
      this.temp.remove(tmpPath);
    }
    return this.summary(id);
  }

  /**
   * Opening a fair records the visit and returns: its cost does not grow with the fair's history.
   * The rotating backup is made afterwards, in the background (see `scheduleBackup`).
   */
  async openFair(fairId: string): Promise<Fair> {
    const db = this.db(fairId);
    db.prepare('UPDATE fair SET last_opened_at = ?').run(this.now().toISOString());
    this.backups.schedule(fairId);
    return this.fair(fairId);
  }

  /** Resolves once every backup asked for so far is written (or has failed harmlessly). */
  whenBackedUp(): Promise<void> {
    return this.backups.whenDone();
  }

  /** A consistent copy of a fair through SQLite's backup API, safe while the fair is being written. */
  private async snapshot(fairId: string, destination: string): Promise<void> {
    const cached = this.open.get(fairId);
    if (cached) {
      await cached.backup(destination);
      return;
    }
    const source = new Database(this.requireFile(fairId), { readonly: true, fileMustExist: true });
    try {
      await source.backup(destination);
    } finally {
      source.close();
    }
  }

  listBackups(fairId: string): string[] {
    return this.backups.list(fairId);
  }

  update(fairId: string, input: FairInput, actor: string): Fair {
    const db = this.db(fairId);
    const at = this.now().toISOString();
    db.transaction(() => {
      db.prepare(`UPDATE fair SET name = ?, venue = ?, organizer = ?, first_day = ?, last_day = ?, notes = ?, updated_at = ?`).run(
        input.name,
        input.venue,
        input.organizer,
        input.firstDay,
        input.lastDay,
        input.notes,
        at,
      );
      audit(db, actor, 'fair.update', 'fair', fairId, { ...input }, at);
    }).immediate();
    return this.fair(fairId);
  }

  /** "Reuse last year's layout": the plan and the exhibitors come along; bookings, money and sales do not. */
  async duplicate(fairId: string, input: FairInput, actor: string): Promise<FairSummary> {
    const sourceName = this.fair(fairId).name;
    const id = randomUUID();
    const at = this.now().toISOString();
    const sourcePath = this.temp.path('duplicate-source');
    try {
      await this.consistentCopy(fairId, sourcePath);
      this.landCopy(sourcePath, { skip: TABLES_NOT_DUPLICATED, id: () => id }, (db) => {
        db.prepare(
          `UPDATE fair SET name = ?, venue = ?, organizer = ?, first_day = ?, last_day = ?, notes = ?,
           created_at = ?, updated_at = ?, last_opened_at = NULL`,
        ).run(input.name, input.venue, input.organizer, input.firstDay, input.lastDay, input.notes, at, at);
        // Last year's fair becomes the previous edition the new report compares with.
        startNextEdition(db, { fairId, name: sourceName }, at);
        audit(db, actor, 'fair.duplicate', 'fair', id, { from: fairId }, at);
      });
    } finally {
      this.temp.remove(sourcePath);
    }
    return this.summary(id);
  }

  /** Lands a copy of a fair file in the library (see `landCopy`): ours, whole, or nothing. */
  private landCopy(sourcePath: string, options: Omit<LandOptions, 'pathOf'>, finish: (db: Db, id: string) => void): string {
    return landCopy(this.temp, sourcePath, { ...options, pathOf: (id) => this.pathOf(id) }, finish);
  }

  private closeFair(fairId: string): void {
    const db = this.open.get(fairId);
    this.open.delete(fairId);
    this.identity.delete(fairId);
    if (db) optimizeOnClose(db);
    db?.close();
  }

  /**
   * Nothing is erased: the file moves to the trash folder under a dated name, once every committed
   * change is folded into it. A fair open in another FairFloor window is refused (CONFLICT).
   */
  delete(fairId: string): { trashedAs: string } {
    const path = this.requireFile(fairId);
    this.closeFair(fairId);
    releaseFairFile(path);
    const trashedAs = `${fairId}-${stamp(this.now())}${FAIR_EXTENSION}`;
    const trashed = join(this.trashDir, trashedAs);
    renameSync(path, trashed);
    // Nothing should remain beside the file now; whatever does goes along, never deleted.
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, trashed + suffix);
    return { trashedAs };
  }

  /**
   * A copy holding every committed change: the fair is let go by this process and taken alone for a
   * moment, so that a fair open in another FairFloor window is refused (CONFLICT) as delete refuses it,
   * and its write-ahead log is checkpointed into the file. The next use here opens it again.
   */
  private async consistentCopy(fairId: string, destination: string): Promise<void> {
    const path = this.requireFile(fairId);
    this.closeFair(fairId);
    releaseFairFile(path);
    await this.snapshot(fairId, destination);
  }

  async exportFair(fairId: string): Promise<FileBytes> {
    const fair = this.fair(fairId);
    const tmpPath = this.temp.path('export');
    try {
      await this.consistentCopy(fairId, tmpPath);
      const bytes = await readFile(tmpPath);
      return { fileName: exportFileName(fair.name), mimeType: 'application/vnd.fairfloor', base64: bytes.toString('base64') };
    } finally {
      this.temp.remove(tmpPath);
    }
  }

  /**
   * Imports a fair file all-or-nothing. Its rows are copied into a new file built by FairFloor's own
   * migrations, after its schema was checked to be exactly ours: no trigger or view of the file ever
   * runs. The fair enters the library only when whole; a fair already there is never overwritten.
   */
  importFair(file: FileBytes, actor: string, files: Pick<Uploads, 'saveTo'> = inlineFiles): FairSummary {
    const sourcePath = this.temp.path('import-source');
    try {
      if (files.saveTo(file, sourcePath) === 0) throw new ApiError('FILE_INVALID', 'The file is empty.', { reason: 'emptyFile' });
      const id = this.landCopy(
        sourcePath,
        { id: (fileId) => (SAFE_ID.test(fileId) && !existsSync(this.pathOf(fileId)) ? fileId : randomUUID()) },
        (db, id) => audit(db, actor, 'fair.import', 'fair', id, { fileName: file.fileName }),
      );
      return this.summary(id);
    } finally {
      this.temp.remove(sourcePath);
    }
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.closeFair(id);
  }
}

/** A file name a person recognises, safe on every file system. */
export function exportFileName(fairName: string): string {
  return safeFileName(fairName, FAIR_EXTENSION, 'fair');
}
