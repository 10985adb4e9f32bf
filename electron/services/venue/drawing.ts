import { ApiError } from '../../../shared/api/errors';
import type { AreaDrawing, DrawingContent, DrawingPlacement } from '../../../shared/model/venue';
import type { Db } from '../../db/open';
import { audit } from '../audit';

interface Row {
  areaId: string;
  source: string;
  layers: string;
  paths: string;
  xM: number;
  yM: number;
  rotationDeg: number;
  scale: number;
  opacity: number;
  visible: number;
}

const COLUMNS = `area_id AS areaId, source, layers_json AS layers, paths_json AS paths, x_m AS xM, y_m AS yM,
  rotation_deg AS rotationDeg, scale, opacity, visible`;

function placementOf(row: Row): DrawingPlacement {
  return { xM: row.xM, yM: row.yM, rotationDeg: row.rotationDeg, scale: row.scale, opacity: row.opacity, visible: row.visible === 1 };
}

/** The vector drawing under an area, or null when it has none. */
export function readAreaDrawing(db: Db, areaId: string): AreaDrawing | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM area_drawing WHERE area_id = ?`).get(areaId) as Row | undefined;
  if (!row) return null;
  return { areaId, source: row.source, layers: JSON.parse(row.layers), paths: JSON.parse(row.paths), placement: placementOf(row) };
}

/** Every area's drawing, for the site plan and printed maps. */
export function readAreaDrawings(db: Db): AreaDrawing[] {
  const rows = db.prepare(`SELECT area_id AS areaId FROM area_drawing ORDER BY area_id`).all() as { areaId: string }[];
  return rows.map((r) => readAreaDrawing(db, r.areaId)!);
}

function requireArea(db: Db, areaId: string): void {
  if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId))
    throw new ApiError('NOT_FOUND', 'This area is no longer in the plan', { id: areaId });
}

/** Puts (or replaces) an area's vector drawing in one transaction. */
export function setAreaDrawing(db: Db, actor: string, areaId: string, content: DrawingContent, p: DrawingPlacement): AreaDrawing {
  requireArea(db, areaId);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO area_drawing (area_id, source, layers_json, paths_json, x_m, y_m, rotation_deg, scale, opacity, visible, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(area_id) DO UPDATE SET source = excluded.source, layers_json = excluded.layers_json, paths_json = excluded.paths_json,
         x_m = excluded.x_m, y_m = excluded.y_m, rotation_deg = excluded.rotation_deg, scale = excluded.scale,
         opacity = excluded.opacity, visible = excluded.visible, updated_at = excluded.updated_at`,
    ).run(
      areaId,
      content.source,
      JSON.stringify(content.layers),
      JSON.stringify(content.paths),
      p.xM,
      p.yM,
      p.rotationDeg,
      p.scale,
      p.opacity,
      p.visible ? 1 : 0,
      new Date().toISOString(),
    );
    audit(db, actor, 'plan.drawing.set', 'area', areaId, { source: content.source, paths: content.paths.length });
  }).immediate();
  return readAreaDrawing(db, areaId)!;
}

const samePlacement = (a: DrawingPlacement, b: DrawingPlacement) =>
  a.xM === b.xM &&
  a.yM === b.yM &&
  a.rotationDeg === b.rotationDeg &&
  a.scale === b.scale &&
  a.opacity === b.opacity &&
  a.visible === b.visible;

/**
 * Moves, turns, scales, fades or hides the drawing. `from` is the placement the edit was made
 * from: if the file holds another one (changed elsewhere meanwhile), the edit is refused.
 */
export function placeAreaDrawing(db: Db, actor: string, areaId: string, from: DrawingPlacement, p: DrawingPlacement): DrawingPlacement {
  return db
    .transaction(() => {
      const row = db.prepare(`SELECT ${COLUMNS} FROM area_drawing WHERE area_id = ?`).get(areaId) as Row | undefined;
      if (!row) throw new ApiError('NOT_FOUND', 'This area has no venue drawing');
      if (!samePlacement(placementOf(row), from))
        throw new ApiError('CONFLICT', 'The drawing was moved elsewhere meanwhile', { reason: 'changedMeanwhile' });
      db.prepare(
        'UPDATE area_drawing SET x_m = ?, y_m = ?, rotation_deg = ?, scale = ?, opacity = ?, visible = ?, updated_at = ? WHERE area_id = ?',
      ).run(p.xM, p.yM, p.rotationDeg, p.scale, p.opacity, p.visible ? 1 : 0, new Date().toISOString(), areaId);
      audit(db, actor, 'plan.drawing.place', 'area', areaId, { ...p });
      return p;
    })
    .immediate();
}

export function removeAreaDrawing(db: Db, actor: string, areaId: string): { removed: boolean } {
  return db
    .transaction(() => {
      const removed = db.prepare('DELETE FROM area_drawing WHERE area_id = ?').run(areaId).changes > 0;
      if (removed) audit(db, actor, 'plan.drawing.remove', 'area', areaId);
      return { removed };
    })
    .immediate();
}
