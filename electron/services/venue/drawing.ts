import type { AreaDrawing, DrawingContent, DrawingPlacement } from '../../../shared/model/venue';
import type { PlanChanges } from '../../../shared/model/plan';
import type { Db } from '../../db/open';
import { applyPlanChanges } from '../planChanges';
import { placeUnderlay, readPlacement, removeUnderlay, storeUnderlay, type Underlay } from './underlay';

const DRAWING: Underlay<DrawingPlacement> = {
  table: 'area_drawing',
  placement: {
    xM: 'x_m',
    yM: 'y_m',
    rotationDeg: 'rotation_deg',
    scale: 'scale',
    opacity: 'opacity',
    visible: 'visible',
    locked: 'locked',
  },
  booleans: ['visible', 'locked'],
  name: 'drawing',
  missing: 'This area has no venue drawing',
};

/** The vector drawing under an area, or null when it has none. */
export function readAreaDrawing(db: Db, areaId: string): AreaDrawing | null {
  const placement = readPlacement(db, DRAWING, areaId);
  if (!placement) return null;
  const row = db.prepare('SELECT source, layers_json AS layers, paths_json AS paths FROM area_drawing WHERE area_id = ?').get(areaId) as {
    source: string;
    layers: string;
    paths: string;
  };
  return { areaId, source: row.source, layers: JSON.parse(row.layers), paths: JSON.parse(row.paths), placement };
}

/** Every area's drawing, for the site plan and printed maps. */
export function readAreaDrawings(db: Db): AreaDrawing[] {
  const rows = db.prepare(`SELECT area_id AS areaId FROM area_drawing ORDER BY area_id`).all() as { areaId: string }[];
  return rows.map((r) => readAreaDrawing(db, r.areaId)!);
}

/** Puts (or replaces) an area's vector drawing in one transaction. */
export function setAreaDrawing(db: Db, actor: string, areaId: string, content: DrawingContent, p: DrawingPlacement): AreaDrawing {
  storeUnderlay(
    db,
    actor,
    DRAWING,
    areaId,
    { source: content.source, layers_json: JSON.stringify(content.layers), paths_json: JSON.stringify(content.paths) },
    p,
    { source: content.source, paths: content.paths.length },
  );
  return readAreaDrawing(db, areaId)!;
}

/**
 * Moves, turns, scales, fades or hides the drawing. `from` is the placement the edit was made
 * from: if the file holds another one (changed elsewhere meanwhile), the edit is refused.
 */
export function placeAreaDrawing(db: Db, actor: string, areaId: string, from: DrawingPlacement, p: DrawingPlacement): DrawingPlacement {
  return placeUnderlay(db, actor, DRAWING, areaId, from, p);
}

export function removeAreaDrawing(db: Db, actor: string, areaId: string): { removed: boolean } {
  return removeUnderlay(db, actor, DRAWING, areaId);
}

/**
 * A DXF import (or its undo) as ONE transaction: the drawing stored (or removed, when `drawing` is
 * null) and the plan's changes applied. A refused change (a booth number taken meanwhile) leaves
 * the drawing as it was: nothing of the import lands.
 */
export function importAreaDrawing(
  db: Db,
  actor: string,
  areaId: string,
  drawing: { content: DrawingContent; placement: DrawingPlacement } | null,
  changes: PlanChanges,
): { added: number; updated: number; removed: number } {
  return db
    .transaction(() => {
      // The drawing first: a booth refused afterwards must take it back with everything else.
      if (drawing) setAreaDrawing(db, actor, areaId, drawing.content, drawing.placement);
      else removeAreaDrawing(db, actor, areaId);
      return applyPlanChanges(db, actor, changes);
    })
    .immediate();
}
