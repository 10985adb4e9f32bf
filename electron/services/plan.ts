import type { Area, Booth, BoothStatus, Dimension, Feature, Plan, Zone } from '../../shared/model/plan';
import { outlineFromColumn, selectList } from '../../shared/plan/records';
import type { Db } from '../db/open';

const AREA_COLUMNS =
  'id, name, width_m AS widthM, depth_m AS depthM, sort_order AS sortOrder, outline_json AS outline, site_x_m AS siteXM, site_y_m AS siteYM';
const BOOTH_COLUMNS = `id, area_id AS areaId, number, x_m AS xM, y_m AS yM, width_m AS widthM, depth_m AS depthM,
  rotation_deg AS rotationDeg, kind, type_override AS typeOverride, zone_id AS zoneId, price_dong AS priceDong, notes, locked`;
const FEATURE_COLUMNS = `id, area_id AS areaId, kind, x_m AS xM, y_m AS yM, width_m AS widthM, depth_m AS depthM,
  rotation_deg AS rotationDeg, label`;

/** Booth rows as the model has them (SQLite keeps booleans as 0/1). */
export function readBooths(db: Db, where = '', params: unknown[] = []): Booth[] {
  const rows = db.prepare(`SELECT ${BOOTH_COLUMNS} FROM booth ${where} ORDER BY number`).all(...params) as (Omit<Booth, 'locked'> & {
    locked: number;
  })[];
  return rows.map((r) => ({ ...r, locked: r.locked === 1 }));
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

export function readPlan(db: Db): Plan {
  return {
    areas: readAreas(db),
    zones: db.prepare('SELECT id, name, color FROM zone ORDER BY name').all() as Zone[],
    booths: readBooths(db),
    features: db.prepare(`SELECT ${FEATURE_COLUMNS} FROM feature`).all() as Feature[],
    dimensions: db.prepare(`SELECT ${selectList('dimensions')} FROM dimension`).all() as Dimension[],
  };
}

/** The status of each booth's active allocation; booths not listed are free. */
export function readBoothStatuses(db: Db): { boothId: string; status: Exclude<BoothStatus, 'free'> }[] {
  return db.prepare("SELECT booth_id AS boothId, status FROM allocation WHERE status <> 'cancelled' ORDER BY booth_id").all() as {
    boothId: string;
    status: Exclude<BoothStatus, 'free'>;
  }[];
}
