import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { createDemoFair } from '../../../electron/services/demo';
import { FairLibrary } from '../../../electron/services/library';
import { recordSale } from '../../../electron/services/sales/entries';
import { FairHolder } from '../../helpers/child-fair';
import { useTempLibrary } from '../../helpers/temp-library';
import { refusal } from '../../helpers/refusal';

const salesIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM sale WHERE note LIKE '#%'").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('deleting, exporting and duplicating a fair keep every committed sale', () => {
  const t = useTempLibrary();
  const holders: FairHolder[] = [];
  afterEach(async () => {
    for (const h of holders.splice(0)) await h.kill();
  });

  async function fairWithSalesThenKilled() {
    const { id } = createDemoFair(t.library, 'seed');
    t.library.closeAll();
    const holder = new FairHolder(t.dir, id, 'sales', '40');
    holders.push(holder);
    expect(await holder.nextLine()).toBe('ready');
    await holder.kill();
    // The day's sales sit in the WAL beside the file: nothing checkpointed them.
    expect(existsSync(t.library.pathOf(id) + '-wal')).toBe(true);
    return id;
  }

  it('40 sales recorded, the app killed, restarted, the fair deleted: the trash copy holds all 40', async () => {
    const id = await fairWithSalesThenKilled();
    const restarted = new FairLibrary(t.dir);
    const { trashedAs } = restarted.delete(id);
    const trashed = join(t.dir, 'trash', trashedAs);
    expect(existsSync(trashed + '-wal')).toBe(false);
    expect(salesIn(trashed)).toBe(40);
    expect(readdirSync(join(t.dir, 'fairs')).filter((f) => f.startsWith(id))).toEqual([]);
  });

  it('export and duplicate after a kill carry every sale that was committed', async () => {
    const id = await fairWithSalesThenKilled();
    const restarted = new FairLibrary(t.dir);
    const file = await restarted.exportFair(id);
    restarted.delete(id);
    const imported = restarted.importFair(file, 'Lan');
    expect(salesIn(restarted.pathOf(imported.id))).toBe(40);
    restarted.closeAll();
  });

  it('a fair open in another process is not deleted, with a message saying why', async () => {
    const { id } = createDemoFair(t.library, 'seed');
    t.library.closeAll();
    const holder = new FairHolder(t.dir, id, 'sales', '3');
    holders.push(holder);
    expect(await holder.nextLine()).toBe('ready');
    const error = refusal(() => t.library.delete(id));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'fairOpenElsewhere' });
    expect(error.message).toMatch(/open in another FairFloor window/);
    expect(existsSync(t.library.pathOf(id))).toBe(true);
    // Once the other process lets go, the fair can be deleted, and it kept the sales made meanwhile.
    holder.send('close');
    await expect
      .poll(
        () => {
          try {
            return join(t.dir, 'trash', t.library.delete(id).trashedAs);
          } catch {
            return '';
          }
        },
        { timeout: 30_000 },
      )
      .not.toBe('');
    const trashed = readdirSync(join(t.dir, 'trash'));
    expect(salesIn(join(t.dir, 'trash', trashed[0]!))).toBe(3);
  });

  it('export and duplicate of a fair open in another process are refused like delete, and work once it lets go', async () => {
    const { id } = createDemoFair(t.library, 'seed');
    const before = t.library.list().fairs.length;
    const holder = new FairHolder(t.dir, id, 'sales', '2');
    holders.push(holder);
    expect(await holder.nextLine()).toBe('ready');
    for (const attempt of [
      () => t.library.exportFair(id),
      () => t.library.duplicate(id, { ...t.library.fair(id), name: 'Next year' }, 'Lan'),
    ]) {
      const error = (await attempt().then(
        () => null,
        (e: unknown) => e,
      )) as ApiError;
      expect(ApiError.is(error)).toBe(true);
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toMatchObject({ reason: 'fairOpenElsewhere' });
      expect(error.message).toMatch(/open in another FairFloor window/);
    }
    // Nothing was added to the library, no working copy stays behind, and this window still works on the fair.
    expect(t.library.list().fairs.length).toBe(before);
    expect(readdirSync(join(t.dir, '.tmp'))).toEqual([]);
    expect(t.library.fair(id).id).toBe(id);
    t.library.closeAll();
    holder.send('close');
    await expect
      .poll(
        () =>
          t.library.exportFair(id).then(
            () => 'exported',
            () => 'refused',
          ),
        { timeout: 30_000 },
      )
      .toBe('exported');
    const copy = await t.library.duplicate(id, { ...t.library.fair(id), name: 'Next year' }, 'Lan');
    expect(copy.name).toBe('Next year');
  });

  it('a process whose fair file disappears stops acknowledging writes', () => {
    const { id } = createDemoFair(t.library, 'seed');
    const db = t.library.db(id);
    recordSale(
      db,
      { fairId: id, boothNumber: 'A01', day: '2025-07-06', amountDong: 1, method: 'cash', note: '', confirmLarge: false },
      'Lan',
    );
    // Another FairFloor (or a person with a file manager) moves the fair away.
    renameSync(t.library.pathOf(id), join(t.dir, 'trash', 'moved.fairfloor'));
    const error = refusal(() => t.library.db(id));
    expect(error.code).toBe('NOT_FOUND');
    expect(existsSync(t.library.pathOf(id))).toBe(false);
  });
});
