import type { FairReport } from '../../../shared/model/report';
import type { Db } from '../../db/open';
import { buildDashboard } from './dashboard';

const TOP_EXHIBITORS = 10;
const ACTIVE = "status <> 'cancelled'";

/**
 * The fair report, built from the same figures as the dashboards (integer đồng, voided sales
 * excluded), so the screen, the spreadsheet and the PDF can never disagree with them.
 */
export function buildFairReport(db: Db, now: Date = new Date()): FairReport {
  const fair = db
    .prepare('SELECT name, venue, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1')
    .get() as FairReport['fair'];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const booths = one<FairReport['booths']>(`
    SELECT count(*) AS total,
           coalesce(sum(kind <> 'non_sellable'), 0) AS sellable,
           (SELECT count(DISTINCT booth_id) FROM allocation WHERE ${ACTIVE}) AS allocated
    FROM booth`);
  const exhibitors = one<FairReport['exhibitors']>(`
    SELECT (SELECT count(*) FROM exhibitor WHERE deleted_at IS NULL) AS total,
           (SELECT count(DISTINCT exhibitor_id) FROM allocation WHERE ${ACTIVE}) AS participating`);
  const d = buildDashboard(db);

  return {
    fair,
    generatedAt: now.toISOString(),
    booths,
    exhibitors,
    revenue: { total: d.total.revenue, entries: d.total.entries, voidedEntries: d.total.voidedEntries },
    visitors: { total: d.total.visitors },
    byDay: d.byDay.map(({ day, revenue, entries, visitors }) => ({ day, revenue, entries, visitors })),
    byZone: d.byZone.map(({ zoneId, name, color, booths: n, revenue }) => ({ zoneId, name, color, booths: n, revenue })),
    byCategory: d.byCategory.map(({ category, exhibitors: n, revenue }) => ({ category, exhibitors: n, revenue })),
    byMethod: d.byMethod.map(({ method, entries, revenue }) => ({ method, entries, revenue })),
    topExhibitors: d.byExhibitor
      .filter((e) => e.revenue > 0)
      .slice(0, TOP_EXHIBITORS)
      .map(({ exhibitorId, name, legalName, boothNumbers, revenue }) => ({ exhibitorId, name, legalName, boothNumbers, revenue })),
  };
}
