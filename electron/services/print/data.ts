import type { PrintChoices } from '../../../shared/model/print';
import type { AreaBackground, Plan } from '../../../shared/model/plan';
import type { Db } from '../../db/open';
import { readPlan } from '../plan';
import { readAreaDrawings } from '../venue/drawing';
import { readAreaBackground } from '../planBackground';
import type { AreaDrawing } from '../../../shared/model/venue';

export type AllocationStatus = 'held' | 'reserved' | 'confirmed' | 'paid';

export interface FairHeading {
  name: string;
  venue: string;
  organizer: string;
  firstDay: string;
  lastDay: string;
}

export interface PrintExhibitor {
  id: string;
  legalName: string;
  /** What fits on the map: the short name, else the legal name. */
  mapName: string;
}

export interface BoothHolder {
  exhibitor: PrintExhibitor;
  status: AllocationStatus;
}

/** Everything a printed map shows, read in one go. */
export interface MapData {
  fair: FairHeading;
  plan: Plan;
  holders: Map<string, BoothHolder>;
  exhibitors: Map<string, PrintExhibitor>;
  /** Each area's venue drawing imported from DXF, by area id. */
  drawings?: Map<string, AreaDrawing>;
  /** Each area's background image, by area id. */
  backgrounds?: Map<string, AreaBackground>;
}

export function readFairHeading(db: Db): FairHeading {
  return db.prepare('SELECT name, venue, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as FairHeading;
}

export function readMapData(db: Db): MapData {
  const fair = readFairHeading(db);
  const rows = db
    .prepare(
      `SELECT a.booth_id AS boothId, a.status, e.id, e.legal_name AS legalName, e.short_name AS shortName
       FROM allocation a JOIN exhibitor e ON e.id = a.exhibitor_id WHERE a.status <> 'cancelled'`,
    )
    .all() as { boothId: string; status: AllocationStatus; id: string; legalName: string; shortName: string }[];
  const exhibitors = new Map<string, PrintExhibitor>();
  const holders = new Map<string, BoothHolder>();
  for (const r of rows) {
    let exhibitor = exhibitors.get(r.id);
    if (!exhibitor) {
      exhibitor = { id: r.id, legalName: r.legalName, mapName: r.shortName.trim() || r.legalName };
      exhibitors.set(r.id, exhibitor);
    }
    holders.set(r.boothId, { exhibitor, status: r.status });
  }
  const drawings = new Map(readAreaDrawings(db).map((d) => [d.areaId, d]));
  const plan = readPlan(db);
  const backgrounds = new Map<string, AreaBackground>();
  for (const area of plan.areas) {
    const bg = readAreaBackground(db, area.id);
    if (bg) backgrounds.set(area.id, bg);
  }
  return { fair, plan, holders, exhibitors, drawings, backgrounds };
}

/** Areas and booth-holding exhibitors, for the print dialog's choices. */
export function readPrintChoices(db: Db): PrintChoices {
  const areas = db
    .prepare(
      'SELECT a.id, a.name, count(b.id) AS booths FROM area a LEFT JOIN booth b ON b.area_id = a.id GROUP BY a.id ORDER BY a.sort_order, a.name',
    )
    .all() as PrintChoices['areas'];
  const rows = db
    .prepare(
      `SELECT e.id, CASE WHEN trim(e.short_name) <> '' THEN e.short_name ELSE e.legal_name END AS name, b.number
       FROM allocation a JOIN exhibitor e ON e.id = a.exhibitor_id JOIN booth b ON b.id = a.booth_id
       WHERE a.status <> 'cancelled' ORDER BY b.number`,
    )
    .all() as { id: string; name: string; number: string }[];
  const exhibitors = new Map<string, PrintChoices['exhibitors'][number]>();
  for (const r of rows) {
    const e = exhibitors.get(r.id);
    if (e) e.booths.push(r.number);
    else exhibitors.set(r.id, { id: r.id, name: r.name, booths: [r.number] });
  }
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return { areas, exhibitors: [...exhibitors.values()].sort((a, b) => collator.compare(a.name, b.name)) };
}
