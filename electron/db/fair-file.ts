import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { MIGRATIONS } from './migrations';
import { type Db, migrate } from './open';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** SQLite's statistics tables hold planner hints only: not copied, not part of the comparison. */
const IGNORED = /^sqlite_stat\d$/;
/** Totals our own triggers keep; rebuilt from the copied rows rather than taken from the file. */
const DERIVED_TABLES = new Set(['sale_total', 'booking_money']);

/** Whitespace inside a statement carries no meaning; everything else must match to the letter. */
const normalized = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function schemaOf(db: Db, schema = 'main'): Map<string, SchemaObject> {
  const rows = db.prepare(`SELECT type, name, tbl_name, sql FROM ${schema}.sqlite_schema ORDER BY rowid`).all() as SchemaObject[];
  return new Map(rows.filter((r) => !IGNORED.test(r.name)).map((r) => [`${r.type} ${r.name}`, r]));
}

const referenceSchemas = new Map<number, Map<string, SchemaObject>>();

/** The schema FairFloor's migrations build for `version`, in creation order. */
export function referenceSchema(version: number): Map<string, SchemaObject> {
  let schema = referenceSchemas.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= version),
      );
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    referenceSchemas.set(version, schema);
  }
  return schema;
}

/**
 * Refuses a file whose schema differs in any table, index, trigger or view from ours for its
 * version, before a single row of it is read. `schema` names the attached file.
 */
export function verifySchema(db: Db, schema: string, version: number): void {
  const expected = referenceSchema(version);
  const found = schemaOf(db, schema);
  const missing = [...expected.keys()].filter((k) => !found.has(k));
  const extra = [...found.keys()].filter((k) => !expected.has(k));
  const changed = [...expected.keys()].filter((k) => found.has(k) && normalized(found.get(k)!.sql) !== normalized(expected.get(k)!.sql));
  if (missing.length || extra.length || changed.length) {
    throw new ApiError(
      'FILE_INVALID',
      'This file was not made by FairFloor, or was changed outside it: its tables are not the ones a fair has. Nothing was imported.',
      { missing, extra, changed, reason: 'foreignTables' },
    );
  }
}

/**
 * Copies the rows of every table of an attached fair (whose schema was verified to be ours at the
 * same version) into `db`, built by our migrations. Foreign keys are checked once at the end.
 */
export function copyFairRows(db: Db, schema: string, version: number, skip: readonly string[] = []): void {
  const tables = [...referenceSchema(version).values()]
    .filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_') && !DERIVED_TABLES.has(o.name) && !skip.includes(o.name))
    .map((o) => o.name);
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of tables) db.exec(`INSERT INTO main."${table}" SELECT * FROM ${schema}."${table}"`);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) {
        throw new ApiError('FILE_INVALID', 'This fair file is damaged: some rows point at rows it does not hold.', {
          rows: broken.length,
          reason: 'fileDamaged',
        });
      }
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
