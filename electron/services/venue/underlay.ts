import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { audit } from '../audit';

/**
 * What lies under an area's booths (a background image, a DXF drawing): one row per area in its
 * own table. This is where both are read, stored, placed and removed, one way.
 */
export interface Underlay<P extends object> {
  table: string;
  /** Each placement field and its column. */
  placement: { [K in keyof P]-?: string };
  /** Fields SQLite keeps as 0/1. */
  booleans: readonly (keyof P)[];
  /** What the audit log calls it ("background", "drawing"). */
  name: string;
  /** The message of NOT_FOUND when an area has none. */
  missing: string;
}

const selectPlacement = <P extends object>(u: Underlay<P>) =>
  Object.entries(u.placement as Record<string, string>)
    .map(([field, column]) => `${column} AS ${field}`)
    .join(', ');

/** Where an area's underlay lies and how it shows, or null when it has none. */
export function readPlacement<P extends object>(db: Db, u: Underlay<P>, areaId: string): P | null {
  const row = stmt(db, `SELECT ${selectPlacement(u)} FROM ${u.table} WHERE area_id = ?`).get(areaId) as Record<string, unknown> | undefined;
  if (!row) return null;
  for (const f of u.booleans) row[f as string] = row[f as string] === 1;
  return row as P;
}

const samePlacement = <P extends object>(u: Underlay<P>, a: P, b: P) =>
  (Object.keys(u.placement) as (keyof P)[]).every((k) => a[k] === b[k]);

const columnValues = <P extends object>(u: Underlay<P>, p: P) =>
  (Object.keys(u.placement) as (keyof P)[]).map((k) => (typeof p[k] === 'boolean' ? (p[k] ? 1 : 0) : p[k]));

export function requireArea(db: Db, areaId: string): void {
  if (!stmt(db, 'SELECT 1 FROM area WHERE id = ?').get(areaId))
    throw new ApiError('NOT_FOUND', 'This area is no longer in the plan', { id: areaId, reason: 'areaGone' });
}

/**
 * Puts (or replaces) an area's underlay in one transaction: its content columns and its placement.
 * `details` goes to the audit log.
 */
export function storeUnderlay<P extends object>(
  db: Db,
  actor: string,
  u: Underlay<P>,
  areaId: string,
  content: Record<string, unknown>,
  p: P,
  details: Record<string, unknown>,
): void {
  requireArea(db, areaId);
  const columns = [...Object.keys(content), ...Object.values(u.placement as Record<string, string>), 'updated_at'];
  const values = [...Object.values(content), ...columnValues(u, p), new Date().toISOString()];
  db.transaction(() => {
    db.prepare(
      `INSERT INTO ${u.table} (area_id, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})
       ON CONFLICT(area_id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    ).run(areaId, ...values);
    audit(db, actor, `plan.${u.name}.set`, 'area', areaId, details);
  }).immediate();
}

/**
 * Moves, turns, scales, fades or hides the underlay. With `from` (the placement the edit was made
 * from), an area whose underlay was changed elsewhere meanwhile refuses the edit (CONFLICT).
 */
export function placeUnderlay<P extends object>(db: Db, actor: string, u: Underlay<P>, areaId: string, from: P | null, to: P): P {
  return db
    .transaction(() => {
      const now = readPlacement(db, u, areaId);
      if (!now) throw new ApiError('NOT_FOUND', u.missing);
      if (from && !samePlacement(u, now, from))
        throw new ApiError('CONFLICT', `The ${u.name} was moved elsewhere meanwhile`, { reason: 'changedMeanwhile' });
      const sets = Object.values(u.placement as Record<string, string>).map((c) => `${c} = ?`);
      stmt(db, `UPDATE ${u.table} SET ${sets.join(', ')}, updated_at = ? WHERE area_id = ?`).run(
        ...columnValues(u, to),
        new Date().toISOString(),
        areaId,
      );
      audit(db, actor, `plan.${u.name}.${from ? 'place' : 'update'}`, 'area', areaId, { ...(to as Record<string, unknown>) });
      return to;
    })
    .immediate();
}

export function removeUnderlay<P extends object>(db: Db, actor: string, u: Underlay<P>, areaId: string): { removed: boolean } {
  return db
    .transaction(() => {
      const removed = stmt(db, `DELETE FROM ${u.table} WHERE area_id = ?`).run(areaId).changes > 0;
      if (removed) audit(db, actor, `plan.${u.name}.remove`, 'area', areaId);
      return { removed };
    })
    .immediate();
}
