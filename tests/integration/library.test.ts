import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { LATEST_VERSION } from '../../electron/db/migrations';
import { SAMPLE_FAIR, useTempLibrary } from '../helpers/temp-library';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every row of every table, for comparing two fairs' content. */
function dump(db: Database.Database, skip: string[] = []) {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !skip.includes(t));
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));
}

async function expectApiError(promise: Promise<unknown> | (() => unknown), code: string) {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    return error as ApiError;
  }
  throw new Error(`expected ${code}`);
}

describe('fair library', () => {
  const t = useTempLibrary();

  it('creates a fair as one file and lists it with its counts', () => {
    const created = t.library.create(SAMPLE_FAIR, 'Lan');
    expect(existsSync(join(t.dir, 'fairs', `${created.id}.fairfloor`))).toBe(true);
    const { fairs, broken } = t.library.list();
    expect(broken).toEqual([]);
    expect(fairs).toHaveLength(1);
    expect(fairs[0]).toMatchObject({ name: SAMPLE_FAIR.name, boothCount: 0, exhibitorCount: 0, lastOpenedAt: null });
    const db = t.library.db(created.id);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT actor, action FROM audit_log').get()).toEqual({ actor: 'Lan', action: 'fair.create' });
  });

  it('opening a fair keeps a rotating backup of its last 10 copies and records the visit', async () => {
    let clock = Date.parse('2026-04-01T00:00:00Z');
    const library = new FairLibrary(t.dir, () => new Date((clock += 1000)));
    const { id } = library.create(SAMPLE_FAIR, 'Lan');
    for (let i = 0; i < 12; i++) await library.openFair(id);
    const backups = library.listBackups(id);
    expect(backups).toHaveLength(10);
    expect(library.list().fairs[0]!.lastOpenedAt).not.toBeNull();
    const copy = new Database(join(t.dir, 'backups', id, backups.at(-1)!), { readonly: true });
    expect((copy.prepare('SELECT name FROM fair').get() as { name: string }).name).toBe(SAMPLE_FAIR.name);
    copy.close();
    library.closeAll();
  });

  it('updates a fair and refuses nothing it should keep', () => {
    const { id } = t.library.create(SAMPLE_FAIR, 'Lan');
    const updated = t.library.update(id, { ...SAMPLE_FAIR, name: 'Hội chợ OCOP khu vực Đồng bằng sông Hồng' }, 'Lan');
    expect(updated.name).toBe('Hội chợ OCOP khu vực Đồng bằng sông Hồng');
    expect(t.library.fair(id).firstDay).toBe('2026-04-10');
  });

  it('duplicates the layout and exhibitors, never the bookings, money or sales', async () => {
    const demo = createDemoFair(t.library, 'Lan');
    const copy = await t.library.duplicate(
      demo.id,
      { ...SAMPLE_FAIR, name: 'Hội chợ Hải Phòng 2026', firstDay: '2026-07-04', lastDay: '2026-07-06' },
      'Lan',
    );
    expect(copy).toMatchObject({ name: 'Hội chợ Hải Phòng 2026', boothCount: 40, exhibitorCount: 37 });
    const db = t.library.db(copy.id);
    for (const table of ['sale', 'payment', 'allocation', 'visitor_count']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect(() => db.prepare('DELETE FROM sale').run()).not.toThrow(); // empty table: nothing to refuse
    db.prepare(
      "INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) SELECT 's1', id, '2026-07-04', 1000, 'cash', 'now' FROM booth LIMIT 1",
    ).run();
    expect(() => db.prepare('DELETE FROM sale').run()).toThrow(/never deleted/);
    expect((t.library.db(demo.id).prepare('SELECT count(*) AS n FROM sale').get() as { n: number }).n).toBeGreaterThan(300);
  });

  it('deleting moves the file to the trash folder, erasing nothing', () => {
    const { id } = t.library.create(SAMPLE_FAIR, 'Lan');
    const { trashedAs } = t.library.delete(id);
    expect(t.library.list().fairs).toEqual([]);
    expect(readdirSync(join(t.dir, 'trash'))).toContain(trashedAs);
    const trashed = new Database(join(t.dir, 'trash', trashedAs), { readonly: true });
    expect((trashed.prepare('SELECT name FROM fair').get() as { name: string }).name).toBe(SAMPLE_FAIR.name);
    trashed.close();
  });

  it('export then import gives back the same fair, row for row', async () => {
    const demo = createDemoFair(t.library, 'Lan');
    const file = await t.library.exportFair(demo.id);
    expect(file.fileName).toBe('Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025.fairfloor');
    const original = dump(t.library.db(demo.id), ['audit_log', 'sale_total']);
    const totals = (db: Database.Database) => db.prepare('SELECT * FROM sale_total WHERE entries > 0 ORDER BY 1, 2, 3, 4').all();
    const originalTotals = totals(t.library.db(demo.id));
    t.library.delete(demo.id);
    const imported = t.library.importFair(file, 'Lan');
    expect(imported.id).toBe(demo.id);
    expect(dump(t.library.db(imported.id), ['audit_log', 'sale_total'])).toEqual(original);
    // Running totals are rebuilt from the sales by the app's own triggers, never taken from the file.
    expect(totals(t.library.db(imported.id))).toEqual(originalTotals);
  });

  it('importing a fair that is already in the library adds a copy under a new id', async () => {
    const { id } = t.library.create(SAMPLE_FAIR, 'Lan');
    const file = await t.library.exportFair(id);
    const again = t.library.importFair(file, 'Lan');
    expect(again.id).not.toBe(id);
    expect(t.library.list().fairs).toHaveLength(2);
  });

  it('refuses empty, foreign, damaged and newer files, and the library is unchanged', async () => {
    const { id } = t.library.create(SAMPLE_FAIR, 'Lan');
    const good = Buffer.from((await t.library.exportFair(id)).base64, 'base64');
    const before = readdirSync(join(t.dir, 'fairs')).sort();

    await expectApiError(() => t.library.importFair({ fileName: 'x.fairfloor', mimeType: '', base64: '' }, 'Lan'), 'FILE_INVALID');
    const text = Buffer.from('Gian hàng A01, A02…').toString('base64');
    await expectApiError(() => t.library.importFair({ fileName: 'x.fairfloor', mimeType: '', base64: text }, 'Lan'), 'FILE_INVALID');

    const foreignPath = join(t.dir, 'foreign.db');
    const foreign = new Database(foreignPath);
    foreign.exec('CREATE TABLE fair (id TEXT)');
    foreign.close();
    const foreignFile = { fileName: 'foreign.fairfloor', mimeType: '', base64: readFileSync(foreignPath).toString('base64') };
    expect((await expectApiError(() => t.library.importFair(foreignFile, 'Lan'), 'FILE_INVALID')).message).toMatch(/not made by FairFloor/);

    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 4096, Math.min(damaged.length, 4096 * 3));
    await expectApiError(
      () => t.library.importFair({ fileName: 'd.fairfloor', mimeType: '', base64: damaged.toString('base64') }, 'Lan'),
      'FILE_INVALID',
    );

    const newerPath = join(t.dir, 'newer.fairfloor');
    writeFileSync(newerPath, good);
    const newer = new Database(newerPath);
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const newerFile = { fileName: 'newer.fairfloor', mimeType: '', base64: readFileSync(newerPath).toString('base64') };
    expect((await expectApiError(() => t.library.importFair(newerFile, 'Lan'), 'FAIR_TOO_NEW')).message).toMatch(/newer FairFloor/);

    expect(readdirSync(join(t.dir, 'fairs')).sort()).toEqual(before);
    expect(readdirSync(join(t.dir, '.tmp'))).toEqual([]);
  });

  it('a newer or damaged file already in the library is listed as broken and never modified', async () => {
    const { id } = t.library.create(SAMPLE_FAIR, 'Lan');
    const path = t.library.pathOf(id);
    t.library.closeAll();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const hash = sha(path);
    const { fairs, broken } = t.library.list();
    expect(fairs).toEqual([]);
    expect(broken).toEqual([expect.objectContaining({ fileName: `${id}.fairfloor`, code: 'FAIR_TOO_NEW' })]);
    await expectApiError(t.library.openFair(id), 'FAIR_TOO_NEW');
    expect(sha(path)).toBe(hash);

    writeFileSync(join(t.dir, 'fairs', 'notes.fairfloor'), 'không phải hội chợ');
    expect(
      t.library
        .list()
        .broken.map((b) => b.code)
        .sort(),
    ).toEqual(['FAIR_TOO_NEW', 'FILE_INVALID']);
  });

  it('unknown and unsafe fair ids are NOT_FOUND, never a path outside the library', async () => {
    await expectApiError(t.library.openFair('../../etc/passwd'), 'NOT_FOUND');
    await expectApiError(t.library.openFair('no-such-fair'), 'NOT_FOUND');
  });
});
