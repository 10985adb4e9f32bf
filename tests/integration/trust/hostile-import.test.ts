import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileBytes } from '../../../shared/model/fair';
import { createDemoFair } from '../../../electron/services/demo';
import { FairLibrary } from '../../../electron/services/library';
import { useTempLibrary } from '../../helpers/temp-library';
import { refusal } from '../../helpers/refusal';

/** Every table of every fair in the library, to look for what a hostile file brought in. */
function objectsInLibrary(dir: string): string[] {
  const names: string[] = [];
  for (const file of readdirSync(join(dir, 'fairs')).filter((f) => f.endsWith('.fairfloor'))) {
    const db = new Database(join(dir, 'fairs', file), { readonly: true });
    try {
      names.push(...(db.prepare('SELECT name FROM sqlite_schema').all() as { name: string }[]).map((r) => r.name));
    } finally {
      db.close();
    }
  }
  return names;
}

describe('a fair file from elsewhere is data, never schema', () => {
  const t = useTempLibrary();

  /** The demo fair, exported, then changed by `tamper` as an attacker with sqlite3 would. */
  async function hostileFile(tamper: string): Promise<FileBytes> {
    const { id } = createDemoFair(t.library, 'seed');
    const file = await t.library.exportFair(id);
    t.library.delete(id);
    const path = join(t.dir, 'hostile.fairfloor');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = OFF');
    db.unsafeMode(true);
    db.exec(tamper);
    db.close();
    return { fileName: 'hoi-cho.fairfloor', mimeType: '', base64: readFileSync(path).toString('base64') };
  }

  function expectRefusedAndGone(file: FileBytes) {
    const before = readdirSync(join(t.dir, 'fairs'));
    const error = refusal(() => t.library.importFair(file, 'Lan'));
    expect(error.code).toBe('FILE_INVALID');
    expect(readdirSync(join(t.dir, 'fairs'))).toEqual(before);
    expect(readdirSync(join(t.dir, '.tmp'))).toEqual([]);
    expect(t.library.list().broken).toEqual([]);
    return error;
  }

  it('a trigger of the file never runs: its marker row is never written, and the import is refused', async () => {
    const file = await hostileFile(`
      CREATE TABLE marker (at TEXT);
      CREATE TRIGGER zero_totals AFTER INSERT ON audit_log BEGIN
        INSERT INTO marker VALUES ('ran'); UPDATE sale_total SET revenue = 0;
      END;
      CREATE TRIGGER on_fair AFTER UPDATE ON fair BEGIN INSERT INTO marker VALUES ('ran'); END;`);
    const error = expectRefusedAndGone(file);
    expect(error.details).toMatchObject({ extra: expect.arrayContaining(['table marker', 'trigger zero_totals']) });
    expect(objectsInLibrary(t.dir)).not.toContain('marker');
  });

  it('a file without the trigger that keeps sales from being deleted is refused', async () => {
    const error = expectRefusedAndGone(await hostileFile('DROP TRIGGER sale_never_deleted;'));
    expect(error.details).toMatchObject({ missing: ['trigger sale_never_deleted'] });
  });

  it('a booth table replaced by a slow view over a recursive CTE is refused without running it', async () => {
    const file = await hostileFile(`
      DROP TABLE booth;
      CREATE VIEW booth AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)
        SELECT i AS id, 'x' AS number FROM n;`);
    const started = Date.now();
    expectRefusedAndGone(file);
    // The library lists at once: no fair in it carries the view.
    t.library.list();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(objectsInLibrary(t.dir)).not.toContain('booth');
  });

  it('a file with the right application id but missing tables is refused and nothing stays behind', async () => {
    const error = expectRefusedAndGone(await hostileFile('DROP TABLE waitlist_entry; DROP TABLE visitor_count;'));
    expect(error.details).toMatchObject({ missing: expect.arrayContaining(['table waitlist_entry', 'table visitor_count']) });
  });

  it('an extra index or a changed CHECK is refused as well', async () => {
    expectRefusedAndGone(await hostileFile('CREATE INDEX sneaky ON sale (note);'));
    const error = expectRefusedAndGone(
      await hostileFile(`PRAGMA writable_schema = ON;
        UPDATE sqlite_schema SET sql = replace(sql, 'amount_dong > 0', 'amount_dong > -1000000000') WHERE name = 'sale';
        PRAGMA writable_schema = RESET;`),
    );
    expect(error.details).toMatchObject({ changed: ['table sale'] });
  });

  it('temp copies left by a crash are removed when the library starts', () => {
    const tmp = join(t.dir, '.tmp');
    writeFileSync(join(tmp, '0c7a3f1e-import.fairfloor'), 'left by an old version');
    writeFileSync(join(tmp, '999999999-1-import-source.fairfloor'), 'left by a process that died');
    writeFileSync(join(tmp, '999999999-1-import-source.fairfloor-wal'), 'and its log');
    new FairLibrary(t.dir).closeAll();
    expect(readdirSync(tmp)).toEqual([]);
  });
});
