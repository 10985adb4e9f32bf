import type { Area, Booth, BoothStatus, Dimension, Feature, Plan, Zone } from '../../shared/model/plan';
import { outlineFromColumn, selectList } from '../../shared/plan/records';
import { withJsonBytes } from '../api/json-bytes';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

const AREA_COLUMNS =
  'id, name, width_m AS widthM, depth_m AS depthM, sort_order AS sortOrder, outline_json AS outline, site_x_m AS siteXM, site_y_m AS siteYM';
const BOOTH_COLUMNS = `id, area_id AS areaId, number, x_m AS xM, y_m AS yM, width_m AS widthM, depth_m AS depthM,
  rotation_deg AS rotationDeg, kind, type_override AS typeOverride, zone_id AS zoneId, price_dong AS priceDong, notes, locked`;
const FEATURE_COLUMNS = `id, area_id AS areaId, kind, x_m AS xM, y_m AS yM, width_m AS widthM, depth_m AS depthM,
  rotation_deg AS rotationDeg, label`;

/** Booth rows as the model has them (SQLite keeps booleans as 0/1; turned in place, not copied: a plan holds 20,000). */
export function readBooths(db: Db, where = '', params: unknown[] = []): Booth[] {
  const rows = stmt(db, `SELECT ${BOOTH_COLUMNS} FROM booth ${where} ORDER BY number`).all(...params) as { locked: number | boolean }[];
  for (const r of rows) r.locked = r.locked === 1;
  return rows as Booth[];
}

/** Areas with their outline parsed from its column. */
export function readAreas(db: Db, where = '', params: unknown[] = []): Area[] {
  const rows = db.prepare(`SELECT ${AREA_COLUMNS} FROM area ${where} ORDER BY sort_order, name`).all(...params) as (Omit<
    Area,
    'outline'
  > & {
    outline: string;
  })[];
  return rows.map((r) => ({ ...r, outline: outlineFromColumn(r.outline) }));
}

/** The plan last read from each open fair file, with its JSON once written, and the file state it was read at. */
const lastRead = new WeakMap<Db, { at: string; plan: Plan; json?: Buffer }>();

/**
 * The plan as a view opens it (getPlan): read again only when the file has changed since the last
 * read, its JSON written once for every view that opens it meanwhile (a second window, a phone, the
 * exhibitors' and reports' screens, a fair opened again). Any write to the file on this connection
 * (total_changes) or by another one (data_version) reads it afresh. The plan is shared between
 * callers: read-only.
 */
export function readPlanShared(db: Db): Plan {
  const { version } = stmt(db, 'SELECT total_changes() AS version').get() as { version: number };
  const at = `${version}:${db.pragma('data_version', { simple: true }) as number}`;
  const last = lastRead.get(db);
  if (last?.at === at) return last.plan;
  const entry: { at: string; plan: Plan; json?: Buffer } = { at, plan: readPlan(db) };
  lastRead.set(db, entry);
  return withJsonBytes(entry.plan, () => (entry.json ??= Buffer.from(JSON.stringify(entry.plan))));
}

export function readPlan(db: Db): Plan {
  return {
    areas: readAreas(db),
    zones: stmt(db, 'SELECT id, name, color FROM zone ORDER BY name').all() as Zone[],
    booths: readBooths(db),
    features: stmt(db, `SELECT ${FEATURE_COLUMNS} FROM feature`).all() as Feature[],
    dimensions: stmt(db, `SELECT ${selectList('dimensions')} FROM dimension`).all() as Dimension[],
  };
}

/** The status of each booth's active allocation; booths not listed are free. */
export function readBoothStatuses(db: Db): { boothId: string; status: Exclude<BoothStatus, 'free'> }[] {
  return db.prepare("SELECT booth_id AS boothId, status FROM allocation WHERE status <> 'cancelled' ORDER BY booth_id").all() as {
    boothId: string;
    status: Exclude<BoothStatus, 'free'>;
  }[];
}
