import { ApiError, type FieldIssue } from '../../shared/api/errors';
import type { Area, Booth, Feature, PlanChanges } from '../../shared/model/plan';
import { fitsArea, insideArea } from '../../shared/plan/fit';
import type { Point } from '../../shared/plan/geometry';
import { isRectangle } from '../../shared/plan/outline';
import {
  COLUMN_MAP,
  fieldsOf,
  outlineFromColumn,
  outlineToColumn,
  RECORD_KINDS,
  selectList,
  type RecordKind,
  type RecordMap,
} from '../../shared/plan/records';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { audit } from './audit';

type Row = Record<string, unknown>;

/** SQLite keeps booleans as 0/1. */
const rowOf = (kind: RecordKind, r: object): Row =>
  kind === 'booths'
    ? { ...r, locked: (r as Booth).locked ? 1 : 0 }
    : kind === 'areas'
      ? { ...r, outline: outlineToColumn((r as Area).outline) } // the polygon as its JSON column
      : { ...r };
/** The same values under `from_`-prefixed names, for the compare half of compare-and-set. */
const fromRow = (kind: RecordKind, r: object): Row => Object.fromEntries(Object.entries(rowOf(kind, r)).map(([k, v]) => [`from_${k}`, v]));

/** The statements of each kind, built once from the plan core's column map. */
function sqlOf(kind: RecordKind) {
  const { table, columns } = COLUMN_MAP[kind];
  const pairs = Object.entries(columns as Record<string, string>);
  // `IS` compares NULLs too (a booth without a zone).
  const unchanged = pairs.map(([f, c]) => `${c} IS @from_${f}`).join(' AND ');
  return {
    insert: `INSERT INTO ${table} (${pairs.map(([, c]) => c).join(', ')}) VALUES (${pairs.map(([f]) => `@${f}`).join(', ')})`,
    update: `UPDATE ${table} SET ${pairs
      .filter(([f]) => f !== 'id')
      .map(([f, c]) => `${c} = @${f}`)
      .join(', ')} WHERE id = @id`,
    updateIfUnchanged: `UPDATE ${table} SET ${pairs
      .filter(([f]) => f !== 'id')
      .map(([f, c]) => `${c} = @${f}`)
      .join(', ')} WHERE ${unchanged}`,
    deleteIfUnchanged: `DELETE FROM ${table} WHERE ${unchanged}`,
    // Renumbering may swap numbers between booths: the changing ones are parked first, so the
    // unique index on booth.number only ever sees the final numbers. Parking is the compare.
    parkIfUnchanged: `UPDATE ${table} SET number = '\u0001' || id WHERE ${unchanged}`,
  };
}
const SQL = Object.fromEntries(RECORD_KINDS.map((k) => [k, sqlOf(k)])) as Record<RecordKind, ReturnType<typeof sqlOf>>;

const BOOTH_FIELDS = fieldsOf('booths').filter((f) => f !== 'id');
const BOOTH_COLUMNS = COLUMN_MAP.booths.columns as Record<string, string>;
const PARK_BOOTH = "UPDATE booth SET number = '\u0001' || id WHERE id = ?";
/** Past this many, the stored booths are read in one pass of the table rather than one lookup each. */
const READ_ALL_FROM = 500;

/** A booth's field as SQLite keeps it (booleans as 0/1), read without copying the record: a big save compares 20,000. */
const cellOf = (b: Booth, field: string): unknown =>
  field === 'locked' ? (b.locked ? 1 : 0) : ((b as unknown as Record<string, unknown>)[field] ?? null);

/** The UPDATE of each set of changed fields, built once (a move of 20,000 booths uses one). */
const UPDATE_BOOTH = new Map<string, string>();
const updateBoothSql = (fields: string[]): string => {
  const key = fields.join(',');
  let sql = UPDATE_BOOTH.get(key);
  if (!sql) {
    sql = `UPDATE booth SET ${fields.map((f) => `${BOOTH_COLUMNS[f]} = ?`).join(', ')} WHERE id = ?`;
    UPDATE_BOOTH.set(key, sql);
  }
  return sql;
};

/**
 * Writes the fields that changed, by id, with positional values: a move sets two columns, so
 * the number and area indexes and the foreign keys are left alone.
 */
function writeBooth(db: Db, from: Booth, to: Booth): void {
  const fields: string[] = [];
  const values: unknown[] = [];
  for (const f of BOOTH_FIELDS) {
    const value = cellOf(to, f);
    if (cellOf(from, f) === value) continue;
    fields.push(f);
    values.push(value);
  }
  if (fields.length === 0) return;
  values.push(to.id);
  stmt(db, updateBoothSql(fields)).run(values);
}

/** The stored booths of these ids, as records with SQLite's 0/1 for booleans. */
function storedBooths(db: Db, ids: string[]): Map<string, Row> {
  const rows =
    ids.length >= READ_ALL_FROM
      ? (stmt(db, `SELECT ${selectList('booths')} FROM booth`).all() as Row[])
      : ids.map((id) => stmt(db, `SELECT ${selectList('booths')} FROM booth WHERE id = ?`).get(id) as Row | undefined).filter((r) => !!r);
  return new Map(rows.map((r) => [r.id as string, r]));
}

const ALL_BOOTH_FIELDS = fieldsOf('booths');
/** Whether the booth is stored exactly as the editor read it (what `IS` compares in SQL). */
function sameStored(from: Booth, stored: Row | undefined): boolean {
  if (!stored) return false;
  for (const f of ALL_BOOTH_FIELDS) if (cellOf(from, f) !== (stored[f] ?? null)) return false;
  return true;
}

const LABEL: Record<RecordKind, string> = {
  areas: 'area',
  zones: 'zone',
  booths: 'booth',
  features: 'feature',
  dimensions: 'dimension line',
};

/**
 * Applies one editor diff in one transaction, as compare-and-set: every updated or removed
 * record must still be stored exactly as the editor read it (`from`), else the whole diff is
 * refused (CONFLICT, `changedMeanwhile`) and nothing is written. Removals go first (booths
 * before their areas), then areas and zones, then booths and features, so both a diff and its
 * reverse apply cleanly.
 */
export function applyPlanChanges(db: Db, actor: string, changes: PlanChanges): { added: number; updated: number; removed: number } {
  const { added, updated, removed } = changes;
  const run = db.transaction(() => {
    refuseRemovingBoothsInUse(
      db,
      removed.booths.map((b) => b.id),
      removed.areas.map((a) => a.id),
    );
    for (const kind of ['dimensions', 'booths', 'features', 'zones', 'areas'] as const)
      for (const r of removed[kind])
        if (stmt(db, SQL[kind].deleteIfUnchanged).run(fromRow(kind, r)).changes === 0) changedMeanwhile(kind, r);

    for (const kind of ['areas', 'zones'] as const) {
      for (const r of added[kind]) stmt(db, SQL[kind].insert).run(rowOf(kind, r));
      for (const { from, to } of updated[kind])
        if (stmt(db, SQL[kind].updateIfUnchanged).run({ ...rowOf(kind, to), ...fromRow(kind, from) }).changes === 0)
          changedMeanwhile(kind, from);
    }

    // Compared with the stored rows read once (the write lock is held), then written by id: a move
    // of every booth costs one short statement each. Renumbered ones are parked first, so swapped
    // numbers never meet in the unique index.
    const stored = storedBooths(
      db,
      updated.booths.map((u) => u.from.id),
    );
    for (const { from } of updated.booths) if (!sameStored(from, stored.get(from.id))) changedMeanwhile('booths', from);
    const renumbered = updated.booths.filter(({ from, to }) => from.number !== to.number);
    for (const { from } of renumbered) stmt(db, PARK_BOOTH).run(from.id);
    for (const { from, to } of updated.booths) if (from.number === to.number) writeBooth(db, from, to);
    const taken = stmt(db, 'SELECT 1 FROM booth WHERE number = @number AND id <> @id');
    const checkNumber = (b: Booth) => {
      if (taken.get({ number: b.number, id: b.id }))
        invalid('CONFLICT', `Booth number ${b.number} is already used by another booth`, b.id, 'number');
    };
    for (const { from, to } of renumbered) {
      checkNumber(to);
      writeBooth(db, from, to);
    }
    for (const b of added.booths) {
      checkNumber(b);
      stmt(db, SQL.booths.insert).run(rowOf('booths', b));
    }
    for (const kind of ['features', 'dimensions'] as const) {
      for (const r of added[kind]) stmt(db, SQL[kind].insert).run(rowOf(kind, r));
      for (const { from, to } of updated[kind])
        if (stmt(db, SQL[kind].updateIfUnchanged).run({ ...rowOf(kind, to), ...fromRow(kind, from) }).changes === 0)
          changedMeanwhile(kind, from);
    }

    checkPlaced(db, [...added.booths, ...updated.booths.map((u) => u.to)], 'booth');
    checkPlaced(db, [...added.features, ...updated.features.map((u) => u.to)], 'feature');
    checkAreasHoldTheirBooths(
      db,
      updated.areas.map((u) => u.to),
    );

    const count = (r: { [K in RecordKind]: unknown[] }) => RECORD_KINDS.reduce((n, k) => n + r[k].length, 0);
    const counts = { added: count(added), updated: count(updated), removed: count(removed) };
    audit(db, actor, `plan.${changes.action}`, 'plan', null, counts);
    return counts;
  });
  try {
    // The write lock first: the rows compared are the rows written.
    return run.immediate();
  } catch (error) {
    throw asApiError(error);
  }
}

/** The record is no longer as the editor read it: another window or device changed or removed it. */
function changedMeanwhile<K extends RecordKind>(kind: K, from: RecordMap[K]): never {
  const number = kind === 'booths' ? (from as Booth).number : undefined;
  throw new ApiError(
    'CONFLICT',
    `${number ? `Booth ${number}` : `This ${LABEL[kind]}`} was changed meanwhile, elsewhere; nothing was saved`,
    { reason: 'changedMeanwhile', kind, id: from.id, ...(number ? { booth: number } : {}) },
  );
}

function invalid(code: 'VALIDATION' | 'CONFLICT', message: string, id: string, field: string): never {
  const issues: FieldIssue[] = [{ path: [id, field], message }];
  throw new ApiError(code, message, { issues });
}

/** A booth stands on its area, within its outline; a feature (a wall on the boundary, an entrance) must at least fit on it. */
function checkPlaced(db: Db, records: (Booth | Feature)[], what: 'booth' | 'feature'): void {
  const areaOf = stmt(db, 'SELECT name, width_m AS widthM, depth_m AS depthM, outline_json AS outline FROM area WHERE id = ?');
  type Shape = { name: string; widthM: number; depthM: number; outline: Point[]; rectangular: boolean };
  const outside = new Map<string, { area: Shape; booths: Booth[] }>();
  // A fair has a handful of areas: each read (and its outline parsed) once, however many booths a change moves.
  const areas = new Map<string, Shape | undefined>();
  const read = (id: string): Shape | undefined => {
    const row = areaOf.get(id) as (Omit<Shape, 'outline' | 'rectangular'> & { outline: string }) | undefined;
    if (!row) return undefined;
    const shape = { ...row, outline: outlineFromColumn(row.outline) };
    return { ...shape, rectangular: isRectangle(shape) };
  };
  for (const r of records) {
    if (!areas.has(r.areaId)) areas.set(r.areaId, read(r.areaId));
    const area = areas.get(r.areaId);
    if (!area) throw new ApiError('NOT_FOUND', `The area of this ${what} is no longer in the plan`, { id: r.areaId });
    const label = 'number' in r ? `Booth ${r.number}` : 'This feature';
    if (!fitsArea(r, area)) {
      const [field, size] =
        r.widthM > Math.max(area.widthM, area.depthM) + 1e-6 ? ['widthM', `${r.widthM} m wide`] : ['depthM', `${r.depthM} m deep`];
      invalid('VALIDATION', `${label} is ${size}: larger than the area “${area.name}” (${area.widthM} × ${area.depthM} m)`, r.id, field);
    }
    if (what === 'booth' && !insideArea(r, area, area.rectangular)) {
      const list = outside.get(r.areaId) ?? { area, booths: [] };
      list.booths.push(r as Booth);
      outside.set(r.areaId, list);
    }
  }
  for (const { area, booths } of outside.values()) {
    const numbers = booths.map((b) => b.number);
    const message = `${numbers.length > 1 ? 'Booths' : 'Booth'} ${numbers.slice(0, 8).join(', ')}${numbers.length > 8 ? ' …' : ''} ${numbers.length > 1 ? 'stand' : 'stands'} outside the area “${area.name}”${sizeNote(area)}`;
    throw new ApiError('VALIDATION', message, {
      reason: 'outsideArea',
      booths: numbers,
      issues: booths.map((b) => ({ path: [b.id, 'xM'], message })),
    });
  }
}

/**
 * An area changed in size must still hold every booth on it: a booth too large to fit anywhere, or
 * one the smaller area would leave outside, refuses the change (the editor asks to move them first).
 */
function checkAreasHoldTheirBooths(db: Db, areas: RecordMap['areas'][]): void {
  const booths = stmt(
    db,
    'SELECT number, x_m AS xM, y_m AS yM, width_m AS widthM, depth_m AS depthM, rotation_deg AS rotationDeg FROM booth WHERE area_id = ?',
  );
  for (const a of areas) {
    const all = booths.all(a.id) as { number: string; xM: number; yM: number; widthM: number; depthM: number; rotationDeg: number }[];
    const b = all.find((x) => !fitsArea(x, a));
    if (b) invalid('VALIDATION', `Booth ${b.number} would no longer fit in the area “${a.name}”`, a.id, 'widthM');
    const rectangular = isRectangle(a);
    const outside = all.filter((x) => !insideArea(x, a, rectangular)).map((x) => x.number);
    if (outside.length) {
      const message = `Booth ${outside.slice(0, 8).join(', ')}${outside.length > 8 ? ' …' : ''} would stand outside the area “${a.name}”${sizeNote(a)}; move ${outside.length > 1 ? 'them' : 'it'} inside first`;
      throw new ApiError('VALIDATION', message, { reason: 'outsideArea', booths: outside, issues: [{ path: [a.id, 'outline'], message }] });
    }
  }
}

/** A rectangular area is named with its size; a polygon's outline speaks for itself on the plan. */
const sizeNote = (a: { widthM: number; depthM: number; outline?: readonly Point[] }) =>
  isRectangle(a) ? ` (${a.widthM} × ${a.depthM} m)` : '';

/** Booths with allocations or sales keep their history: they cannot be deleted from the plan. */
function refuseRemovingBoothsInUse(db: Db, boothIds: string[], areaIds: string[]): void {
  const inUse = stmt(
    db,
    `SELECT b.number FROM booth b WHERE b.id = @id
       AND (EXISTS (SELECT 1 FROM allocation a WHERE a.booth_id = b.id) OR EXISTS (SELECT 1 FROM sale s WHERE s.booth_id = b.id))`,
  );
  for (const id of boothIds) {
    const row = inUse.get({ id }) as { number: string } | undefined;
    if (row)
      throw new ApiError('CONFLICT', `Booth ${row.number} has allocations or sales and cannot be deleted`, {
        reason: 'boothInUse',
        booth: row.number,
        issues: [{ path: [id], message: 'in use' }],
      });
  }
  const inArea = stmt(
    db,
    `SELECT b.number FROM booth b WHERE b.area_id = ?
       AND (EXISTS (SELECT 1 FROM allocation a WHERE a.booth_id = b.id) OR EXISTS (SELECT 1 FROM sale s WHERE s.booth_id = b.id)) LIMIT 1`,
  );
  for (const id of areaIds) {
    const row = inArea.get(id) as { number: string } | undefined;
    if (row)
      throw new ApiError('CONFLICT', `The area holds booth ${row.number}, which has allocations or sales`, {
        reason: 'areaBoothInUse',
        booth: row.number,
        issues: [{ path: [id], message: 'in use' }],
      });
  }
}

/** Constraint failures that slipped past the checks still come back as clear, typed errors. */
function asApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE')
    return new ApiError('CONFLICT', 'Part of this change already exists in the plan; nothing was saved');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return new ApiError('CONFLICT', 'This change refers to an area, zone or booth that is not in the plan; nothing was saved');
  if (code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('VALIDATION', 'A value of this change is not allowed; nothing was saved');
  return error;
}
