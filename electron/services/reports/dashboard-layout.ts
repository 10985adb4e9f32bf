import type { BoothKind } from '../../../shared/model/plan';
import type { BoothRevenue } from '../../../shared/model/sales-dashboard';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';

const ACTIVE = "a.status <> 'cancelled'";
const NO_ZONE_COLOR = '#adb5bd';

/** One booth as the dashboard shows it, before its sums. */
export interface LayoutBooth {
  boothId: string;
  number: string;
  areaId: string;
  kind: BoothKind;
  zoneId: string | null;
  zoneName: string;
  zoneColor: string;
  areaM2: number;
  exhibitorName: string;
  allocated: boolean;
  /** The booth's fields as the dashboard lists them, before its sums: copied, never rebuilt, per call. */
  shown: Omit<BoothRevenue, 'revenue' | 'entries' | 'revenuePerM2'>;
}

export interface LayoutExhibitor {
  exhibitorId: string;
  name: string;
  legalName: string;
  category: string;
  /** Holds a booth now (an active booking): listed even before its first sale. */
  booked: boolean;
  boothNumbers: string[];
  shown: Pick<LayoutExhibitor, 'exhibitorId' | 'name' | 'legalName' | 'category'>;
}

/** The plan side of the dashboard: booths, zones, who holds what. Changes with the plan, not with sales. */
export interface DashboardLayout {
  booths: LayoutBooth[];
  exhibitors: LayoutExhibitor[];
}

/** The tables the layout is read from: a write to any of them, by any code path, makes it stale. */
const LAYOUT_TABLES = ['booth', 'zone', 'allocation', 'exhibitor'] as const;
const REVISION = 'dashboard_layout_revision';

/**
 * Counts this connection's writes to the layout's tables, with triggers that live only as long as
 * the connection (TEMP: nothing is added to the fair file). Writes by another connection (a second
 * FairFloor on the same folder, the job worker) show in `data_version` instead.
 */
const watched = new WeakSet<Db>();
function watch(db: Db): boolean {
  if (db.readonly || watched.has(db)) return true;
  if (db.inTransaction) return false;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${REVISION} (n INTEGER NOT NULL);
    INSERT INTO ${REVISION} (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM ${REVISION});`);
  for (const table of LAYOUT_TABLES)
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${REVISION}_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table}
        BEGIN UPDATE ${REVISION} SET n = n + 1; END`);
  watched.add(db);
  return true;
}

function revision(db: Db): string {
  const external = stmt(db, 'PRAGMA data_version').pluck().get() as number;
  if (db.readonly) return `r${external}`;
  const own = stmt(db, `SELECT n FROM temp.${REVISION}`).pluck().get() as number;
  return `${own}:${external}`;
}

function readLayout(db: Db): DashboardLayout {
  const booths = (
    stmt(
      db,
      `SELECT b.id AS boothId, b.number, b.area_id AS areaId, b.kind, b.zone_id AS zoneId, coalesce(z.name, '') AS zoneName,
            coalesce(z.color, '${NO_ZONE_COLOR}') AS zoneColor, b.width_m * b.depth_m AS areaM2, a.id IS NOT NULL AS allocated,
            coalesce(CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END, '') AS exhibitorName
     FROM booth b LEFT JOIN zone z ON z.id = b.zone_id
     LEFT JOIN allocation a ON a.booth_id = b.id AND ${ACTIVE} LEFT JOIN exhibitor e ON e.id = a.exhibitor_id
     ORDER BY b.number`,
    ).all() as (Omit<LayoutBooth, 'allocated' | 'shown'> & { allocated: number })[]
  ).map((b) => {
    const { zoneColor: _c, allocated, ...shown } = b;
    return { ...b, allocated: allocated === 1, shown };
  });
  const boothNumbers = new Map<string, string[]>();
  for (const r of stmt(
    db,
    `SELECT a.exhibitor_id AS exhibitorId, b.number FROM allocation a JOIN booth b ON b.id = a.booth_id WHERE ${ACTIVE} ORDER BY b.number`,
  ).all() as { exhibitorId: string; number: string }[]) {
    const numbers = boothNumbers.get(r.exhibitorId);
    if (numbers) numbers.push(r.number);
    else boothNumbers.set(r.exhibitorId, [r.number]);
  }
  const exhibitors = (
    stmt(
      db,
      `SELECT e.id AS exhibitorId, CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END AS name,
              e.legal_name AS legalName, e.category FROM exhibitor e`,
    ).all() as LayoutExhibitor['shown'][]
  ).map((e) => {
    const numbers = boothNumbers.get(e.exhibitorId);
    return { ...e, booked: numbers !== undefined, boothNumbers: numbers ?? [], shown: e };
  });
  return { booths, exhibitors };
}

const layouts = new WeakMap<Db, { revision: string; layout: DashboardLayout }>();

/**
 * The plan side of the dashboard, read again only after a write to the plan, the bookings or the
 * exhibitors. On a fair evening the organizer's dashboard is refetched after every phone's sale:
 * reading and joining 500 booths each time held the main process (and every phone queued behind
 * it) several milliseconds per call. Treat the result as read-only: it is shared between calls.
 */
export function dashboardLayout(db: Db): DashboardLayout {
  // Inside someone's transaction the rows may yet be rolled back: read them, keep nothing.
  if (db.inTransaction || !watch(db)) return readLayout(db);
  const now = revision(db);
  const kept = layouts.get(db);
  if (kept?.revision === now) return kept.layout;
  const layout = readLayout(db);
  layouts.set(db, { revision: now, layout });
  return layout;
}

/** Each booth's and each exhibitor's fixed fields, already written as JSON (UTF-8): all but their sums. */
export interface LayoutBytes {
  /** What each booth's JSON starts with, up to its sums (`{"boothId":…,"exhibitorName":"…"`); in the layout's order. */
  booths: Buffer[];
  /** By exhibitor id: the start (up to the sums) and the end (the booth numbers) of its JSON. */
  exhibitors: Map<string, { start: Buffer; end: Buffer }>;
}

const written = new WeakMap<DashboardLayout, LayoutBytes>();

/** Written once per layout: the fixed fields are most of the dashboard's 235 KB on a 500-booth fair. */
export function layoutBytes(layout: DashboardLayout): LayoutBytes {
  let bytes = written.get(layout);
  if (!bytes) {
    const open = (fields: object) => Buffer.from(JSON.stringify(fields).slice(0, -1));
    bytes = {
      booths: layout.booths.map((b) => open(b.shown)),
      exhibitors: new Map(
        layout.exhibitors.map(({ shown, boothNumbers }) => [
          shown.exhibitorId,
          { start: open(shown), end: Buffer.from(`,"boothNumbers":${JSON.stringify(boothNumbers)}}`) },
        ]),
      ),
    };
    written.set(layout, bytes);
  }
  return bytes;
}
