import { fairDays } from '../../../shared/dates';
import type { PaymentMethod } from '../../../shared/model/common';
import type { FairReport } from '../../../shared/model/report';
import type { Db } from '../../db/open';

const TOP_EXHIBITORS = 10;
const ACTIVE = "status <> 'cancelled'";

/** Builds the fair report from the entries themselves: integer đồng, voided sales excluded. */
export function buildFairReport(db: Db, now: Date = new Date()): FairReport {
  const fair = db.prepare('SELECT name, venue, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as FairReport['fair'];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;

  const booths = one<FairReport['booths']>(`
    SELECT count(*) AS total,
           coalesce(sum(kind <> 'non_sellable'), 0) AS sellable,
           (SELECT count(DISTINCT booth_id) FROM allocation WHERE ${ACTIVE}) AS allocated
    FROM booth`);
  const exhibitors = one<FairReport['exhibitors']>(`
    SELECT (SELECT count(*) FROM exhibitor) AS total,
           (SELECT count(DISTINCT exhibitor_id) FROM allocation WHERE ${ACTIVE}) AS participating`);
  const revenue = one<FairReport['revenue']>(`
    SELECT coalesce(sum(CASE WHEN voided_at IS NULL THEN amount_dong END), 0) AS total,
           count(*) FILTER (WHERE voided_at IS NULL) AS entries,
           count(*) FILTER (WHERE voided_at IS NOT NULL) AS voidedEntries
    FROM sale`);

  const salesByDay = new Map(
    (db.prepare('SELECT day, sum(amount_dong) AS revenue, count(*) AS entries FROM sale WHERE voided_at IS NULL GROUP BY day').all() as {
      day: string;
      revenue: number;
      entries: number;
    }[]).map((r) => [r.day, r]),
  );
  const visitorsByDay = new Map(
    (db.prepare('SELECT day, sum(count) AS visitors FROM visitor_count GROUP BY day').all() as { day: string; visitors: number }[]).map((r) => [r.day, r.visitors]),
  );
  const byDay = fairDays(fair.firstDay, fair.lastDay).map((day) => ({
    day,
    revenue: salesByDay.get(day)?.revenue ?? 0,
    entries: salesByDay.get(day)?.entries ?? 0,
    visitors: visitorsByDay.get(day) ?? 0,
  }));

  const perBooth = `SELECT booth_id, sum(amount_dong) AS revenue FROM sale WHERE voided_at IS NULL GROUP BY booth_id`;
  const byZone = db
    .prepare(
      `SELECT z.id AS zoneId, coalesce(z.name, '') AS name, coalesce(z.color, '#adb5bd') AS color,
              count(b.id) AS booths, coalesce(sum(pb.revenue), 0) AS revenue
       FROM booth b LEFT JOIN zone z ON z.id = b.zone_id LEFT JOIN (${perBooth}) pb ON pb.booth_id = b.id
       GROUP BY z.id ORDER BY revenue DESC, name`,
    )
    .all() as FairReport['byZone'];

  const perExhibitor = `SELECT exhibitor_id, sum(amount_dong) AS revenue FROM sale WHERE voided_at IS NULL AND exhibitor_id IS NOT NULL GROUP BY exhibitor_id`;
  const byCategory = db
    .prepare(
      `SELECT e.category AS category, count(*) AS exhibitors, coalesce(sum(pe.revenue), 0) AS revenue
       FROM exhibitor e LEFT JOIN (${perExhibitor}) pe ON pe.exhibitor_id = e.id
       WHERE e.id IN (SELECT exhibitor_id FROM allocation WHERE ${ACTIVE}) OR pe.revenue IS NOT NULL
       GROUP BY e.category ORDER BY revenue DESC, category`,
    )
    .all() as FairReport['byCategory'];

  const byMethod = db
    .prepare('SELECT method, count(*) AS entries, sum(amount_dong) AS revenue FROM sale WHERE voided_at IS NULL GROUP BY method ORDER BY revenue DESC')
    .all() as { method: PaymentMethod; entries: number; revenue: number }[];

  const boothNumbersOf = db.prepare(
    `SELECT b.number FROM allocation a JOIN booth b ON b.id = a.booth_id WHERE a.exhibitor_id = ? AND a.${ACTIVE} ORDER BY b.number`,
  );
  const topExhibitors = (
    db
      .prepare(
        `SELECT e.id AS exhibitorId, CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END AS name,
                e.legal_name AS legalName, pe.revenue AS revenue
         FROM (${perExhibitor}) pe JOIN exhibitor e ON e.id = pe.exhibitor_id
         ORDER BY pe.revenue DESC, e.legal_name LIMIT ${TOP_EXHIBITORS}`,
      )
      .all() as Omit<FairReport['topExhibitors'][number], 'boothNumbers'>[]
  ).map((e) => ({ ...e, boothNumbers: (boothNumbersOf.all(e.exhibitorId) as { number: string }[]).map((r) => r.number) }));

  return {
    fair,
    generatedAt: now.toISOString(),
    booths,
    exhibitors,
    revenue,
    visitors: { total: byDay.reduce((n, d) => n + d.visitors, 0) },
    byDay,
    byZone,
    byCategory,
    byMethod,
    topExhibitors,
  };
}
