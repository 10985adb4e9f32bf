import { ApiError, type FieldIssue } from '../../shared/api/errors';
import type { Area, Booth, Feature, PlanChanges, Zone } from '../../shared/model/plan';
import type { Db } from '../db/open';
import { audit } from './audit';

type Kind = 'areas' | 'zones' | 'booths' | 'features';
const TABLE: Record<Kind, string> = { areas: 'area', zones: 'zone', booths: 'booth', features: 'feature' };
const EPS = 1e-6;

const SQL = {
  area: 'INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (@id, @name, @widthM, @depthM, @sortOrder)',
  areaUpdate: 'UPDATE area SET name = @name, width_m = @widthM, depth_m = @depthM, sort_order = @sortOrder WHERE id = @id',
  zone: 'INSERT INTO zone (id, name, color) VALUES (@id, @name, @color)',
  zoneUpdate: 'UPDATE zone SET name = @name, color = @color WHERE id = @id',
  booth: `INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, rotation_deg, kind, type_override, zone_id, price_dong, notes, locked)
    VALUES (@id, @areaId, @number, @xM, @yM, @widthM, @depthM, @rotationDeg, @kind, @typeOverride, @zoneId, @priceDong, @notes, @locked)`,
  boothUpdate: `UPDATE booth SET area_id = @areaId, number = @number, x_m = @xM, y_m = @yM, width_m = @widthM, depth_m = @depthM,
    rotation_deg = @rotationDeg, kind = @kind, type_override = @typeOverride, zone_id = @zoneId, price_dong = @priceDong, notes = @notes, locked = @locked WHERE id = @id`,
  feature: `INSERT INTO feature (id, area_id, kind, x_m, y_m, width_m, depth_m, rotation_deg, label)
    VALUES (@id, @areaId, @kind, @xM, @yM, @widthM, @depthM, @rotationDeg, @label)`,
  featureUpdate: `UPDATE feature SET area_id = @areaId, kind = @kind, x_m = @xM, y_m = @yM, width_m = @widthM, depth_m = @depthM,
    rotation_deg = @rotationDeg, label = @label WHERE id = @id`,
};

const boothRow = (b: Booth) => ({ ...b, locked: b.locked ? 1 : 0 });

/**
 * Applies one editor diff in one transaction. Removals go first (booths before their areas),
 * then areas and zones, then booths and features, so both a diff and its reverse apply cleanly.
 * Any refusal rolls the whole diff back: nothing is ever half-saved.
 */
export function applyPlanChanges(db: Db, actor: string, changes: PlanChanges): { added: number; updated: number; removed: number } {
  const { added, updated, removed } = changes;
  const run = db.transaction(() => {
    refuseRemovingBoothsInUse(db, removed.booths, removed.areas);
    for (const kind of ['booths', 'features', 'zones', 'areas'] as const) {
      const del = db.prepare(`DELETE FROM ${TABLE[kind]} WHERE id = ?`);
      for (const id of removed[kind]) if (del.run(id).changes === 0) notFound(kind, id);
    }
    for (const a of added.areas) db.prepare(SQL.area).run(a);
    for (const a of updated.areas) if (db.prepare(SQL.areaUpdate).run(a).changes === 0) notFound('areas', a.id);
    for (const z of added.zones) db.prepare(SQL.zone).run(z);
    for (const z of updated.zones) if (db.prepare(SQL.zoneUpdate).run(z).changes === 0) notFound('zones', z.id);

    // Renumbering may swap numbers between booths: park the changing ones first, so the
    // unique index on booth.number only ever sees the final numbers.
    const park = db.prepare("UPDATE booth SET number = '\u0001' || id WHERE id = ?");
    for (const b of updated.booths) if (park.run(b.id).changes === 0) notFound('booths', b.id);
    const taken = db.prepare('SELECT 1 FROM booth WHERE number = ? AND id <> ?');
    const checkNumber = (b: Booth) => {
      if (taken.get(b.number, b.id)) invalid('CONFLICT', `Booth number ${b.number} is already used by another booth`, b.id, 'number');
    };
    for (const b of updated.booths) {
      checkNumber(b);
      db.prepare(SQL.boothUpdate).run(boothRow(b));
    }
    for (const b of added.booths) {
      checkNumber(b);
      db.prepare(SQL.booth).run(boothRow(b));
    }
    for (const f of added.features) db.prepare(SQL.feature).run(f);
    for (const f of updated.features) if (db.prepare(SQL.featureUpdate).run(f).changes === 0) notFound('features', f.id);

    checkFitsArea(db, [...added.booths, ...updated.booths], 'booth');
    checkFitsArea(db, [...added.features, ...updated.features], 'feature');
    checkAreasHoldTheirBooths(db, updated.areas);

    const counts = {
      added: countAll(added),
      updated: countAll(updated),
      removed: removed.areas.length + removed.zones.length + removed.booths.length + removed.features.length,
    };
    audit(db, actor, `plan.${changes.action}`, 'plan', null, counts);
    return counts;
  });
  try {
    return run.immediate();
  } catch (error) {
    throw asApiError(error);
  }
}

function countAll(r: { areas: Area[]; zones: Zone[]; booths: Booth[]; features: Feature[] }): number {
  return r.areas.length + r.zones.length + r.booths.length + r.features.length;
}

function notFound(kind: Kind, id: string): never {
  throw new ApiError('NOT_FOUND', `The ${TABLE[kind]} ${id} is no longer in the plan`, { kind, id });
}

function invalid(code: 'VALIDATION' | 'CONFLICT', message: string, id: string, field: string): never {
  const issues: FieldIssue[] = [{ path: [id, field], message }];
  throw new ApiError(code, message, { issues });
}

/** Sizes larger than the area are refused: a booth or feature must fit on its area. */
function checkFitsArea(db: Db, records: (Booth | Feature)[], what: 'booth' | 'feature'): void {
  const areaOf = db.prepare('SELECT name, width_m AS widthM, depth_m AS depthM FROM area WHERE id = ?');
  for (const r of records) {
    const area = areaOf.get(r.areaId) as { name: string; widthM: number; depthM: number } | undefined;
    if (!area) throw new ApiError('NOT_FOUND', `The area of this ${what} is no longer in the plan`, { id: r.areaId });
    const label = 'number' in r ? `Booth ${r.number}` : 'This feature';
    if (fits(r.widthM, r.depthM, area.widthM, area.depthM)) continue;
    const [field, size] =
      r.widthM > Math.max(area.widthM, area.depthM) + EPS ? ['widthM', `${r.widthM} m wide`] : ['depthM', `${r.depthM} m deep`];
    invalid('VALIDATION', `${label} is ${size}: larger than the area “${area.name}” (${area.widthM} × ${area.depthM} m)`, r.id, field);
  }
}

/** A rectangle fits an area either way round. */
function fits(w: number, d: number, areaW: number, areaD: number): boolean {
  return (w <= areaW + EPS && d <= areaD + EPS) || (w <= areaD + EPS && d <= areaW + EPS);
}

/** Shrinking an area below a booth's size would leave a booth that cannot fit anywhere on it. */
function checkAreasHoldTheirBooths(db: Db, areas: Area[]): void {
  const booths = db.prepare('SELECT number, width_m AS widthM, depth_m AS depthM FROM booth WHERE area_id = ?');
  for (const a of areas) {
    const b = (booths.all(a.id) as { number: string; widthM: number; depthM: number }[]).find(
      (x) => !fits(x.widthM, x.depthM, a.widthM, a.depthM),
    );
    if (b) invalid('VALIDATION', `Booth ${b.number} would no longer fit in the area “${a.name}”`, a.id, 'widthM');
  }
}

/** Booths with allocations or sales keep their history: they cannot be deleted from the plan. */
function refuseRemovingBoothsInUse(db: Db, boothIds: string[], areaIds: string[]): void {
  const inUse = db.prepare(
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
  const inArea = db.prepare(
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
