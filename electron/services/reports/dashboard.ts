import { fairDays } from '../../../shared/dates';
import type { PaymentMethod } from '../../../shared/model/common';
import type { BoothRevenue, Dashboard } from '../../../shared/model/sales-dashboard';
import type { Db } from '../../db/open';
import { VISITORS_BY_DAY_SQL } from '../sales/queries';
import { stmt } from '../../db/statements';
import { withJsonBytes } from '../../api/json-bytes';
import { dashboardLayout, layoutBytes, type DashboardLayout } from './dashboard-layout';

const RANKED = 10;

const byRevenue =
  <T extends { revenue: number }>(key: (row: T) => string) =>
  (a: T, b: T) =>
    b.revenue - a.revenue || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

const perM2 = (revenue: number, areaM2: number) => (areaM2 > 0 ? Math.round(revenue / areaM2) : 0);

interface Sum {
  revenue: number;
  entries: number;
}

/**
 * Every dashboard figure, read from the running totals (`sale_total`, kept by triggers with each
 * entry): a few thousand rows whatever the number of entries, and one source for every view.
 */
export function buildDashboard(db: Db, options: { day?: string | null } = {}): Dashboard {
  const day = options.day ?? null;
  // A report for one fair day reads that day's totals only; the same queries serve both.
  // Statements prepared once per connection: the dashboard is refetched with every entry on a fair evening.
  const all = <T>(sql: string) => (sql.includes('@day') ? stmt(db, sql).all({ day }) : stmt(db, sql).all()) as T[];
  const onDay = day === null ? '' : 'WHERE day = @day';
  const andOnDay = day === null ? '' : 'AND day = @day';
  const fair = stmt(db, 'SELECT first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as {
    firstDay: string;
    lastDay: string;
  };

  const layout = dashboardLayout(db);
  // One pass over the running totals gives each booth's and each exhibitor's sums.
  const boothSums = new Map<string, Sum>();
  const exhibitorSums = new Map<string, Sum>();
  const add = (sums: Map<string, Sum>, key: string, row: Sum) => {
    const sum = sums.get(key);
    if (sum) {
      sum.revenue += row.revenue;
      sum.entries += row.entries;
    } else sums.set(key, { revenue: row.revenue, entries: row.entries });
  };
  for (const row of all<Sum & { boothId: string; exhibitorId: string }>(
    `SELECT booth_id AS boothId, exhibitor_id AS exhibitorId, sum(revenue) AS revenue, sum(entries) AS entries
     FROM sale_total ${onDay} GROUP BY booth_id, exhibitor_id`,
  )) {
    add(boothSums, row.boothId, row);
    add(exhibitorSums, row.exhibitorId, row);
  }
  const booths = layout.booths;
  const byBooth: BoothRevenue[] = booths.map((b) => {
    const sum = boothSums.get(b.boothId) ?? { revenue: 0, entries: 0 };
    return { ...b.shown, revenue: sum.revenue, entries: sum.entries, revenuePerM2: perM2(sum.revenue, b.areaM2) };
  });

  const zones = new Map<string, Dashboard['byZone'][number]>();
  booths.forEach((b, i) => {
    const key = b.zoneId ?? '';
    const zone = zones.get(key) ?? { zoneId: b.zoneId, name: b.zoneName, color: b.zoneColor, booths: 0, areaM2: 0, revenue: 0, entries: 0 };
    zone.booths += 1;
    zone.areaM2 += b.areaM2;
    zone.revenue += byBooth[i]!.revenue;
    zone.entries += byBooth[i]!.entries;
    zones.set(key, zone);
  });

  const byExhibitor = layout.exhibitors
    .flatMap(({ booked, boothNumbers, shown }) => {
      const sum = exhibitorSums.get(shown.exhibitorId) ?? { revenue: 0, entries: 0 };
      exhibitorSums.delete(shown.exhibitorId);
      return booked || sum.revenue !== 0 ? [{ ...shown, revenue: sum.revenue, entries: sum.entries, boothNumbers: [...boothNumbers] }] : [];
    })
    .sort(byRevenue((e) => e.legalName));
  // Entries recorded for a booth with no exhibitor still count in the total: they land in the '' category.
  // What is left in the map after the exhibitors took theirs: '' and exhibitors no longer in the fair.
  const orphan: Sum = { revenue: 0, entries: 0 };
  for (const sum of exhibitorSums.values()) {
    orphan.revenue += sum.revenue;
    orphan.entries += sum.entries;
  }

  const categories = new Map<string, Dashboard['byCategory'][number]>();
  const addCategory = (category: string, exhibitors: number, sum: Sum) => {
    const c = categories.get(category) ?? { category, exhibitors: 0, revenue: 0, entries: 0 };
    c.exhibitors += exhibitors;
    c.revenue += sum.revenue;
    c.entries += sum.entries;
    categories.set(category, c);
  };
  for (const e of byExhibitor) addCategory(e.category, 1, e);
  if (orphan.entries > 0) addCategory('', 0, orphan);

  const daySums = new Map(
    all<Sum & { day: string }>(`SELECT day, sum(revenue) AS revenue, sum(entries) AS entries FROM sale_total ${onDay} GROUP BY day`).map(
      (r) => [r.day, r],
    ),
  );
  const visitorsByDay = new Map(
    all<{ day: string; visitors: number }>(
      day === null ? VISITORS_BY_DAY_SQL : `SELECT * FROM (${VISITORS_BY_DAY_SQL}) WHERE day = @day`,
    ).map((r) => [r.day, r.visitors]),
  );
  const byDay = (day === null ? fairDays(fair.firstDay, fair.lastDay) : [day]).map((d, i, days) => {
    const revenue = daySums.get(d)?.revenue ?? 0;
    const before = i > 0 ? (daySums.get(days[i - 1]!)?.revenue ?? 0) : null;
    return {
      day: d,
      revenue,
      entries: daySums.get(d)?.entries ?? 0,
      visitors: visitorsByDay.get(d) ?? 0,
      change: before === null ? null : revenue - before,
      changePct: before ? Math.round(((revenue - before) / before) * 1000) / 10 : null,
    };
  });

  const byMethod = all<Sum & { method: PaymentMethod }>(
    `SELECT method, sum(revenue) AS revenue, sum(entries) AS entries FROM sale_total ${onDay} GROUP BY method HAVING sum(entries) > 0`,
  ).sort(byRevenue((m) => m.method));
  const totalSum = byBooth.reduce((n, b) => ({ revenue: n.revenue + b.revenue, entries: n.entries + b.entries }), {
    revenue: 0,
    entries: 0,
  });
  const sellable = booths.filter((b) => b.kind !== 'non_sellable');
  const areaM2 = sellable.reduce((n, b) => n + b.areaM2, 0);
  const ranked = byBooth.filter((_b, i) => booths[i]!.allocated && booths[i]!.kind !== 'non_sellable').sort(byRevenue((b) => b.number));
  const voided = all<{ n: number }>(`SELECT count(*) AS n FROM sale WHERE voided_at IS NOT NULL ${andOnDay}`)[0]!;

  const dashboard: Dashboard = {
    total: {
      ...totalSum,
      voidedEntries: voided.n,
      visitors: byDay.reduce((n, d) => n + d.visitors, 0),
      boothsWithSales: byBooth.filter((b) => b.entries > 0).length,
      areaM2,
      revenuePerM2: perM2(totalSum.revenue, areaM2),
    },
    byDay,
    byBooth,
    byExhibitor,
    byZone: [...zones.values()].sort(byRevenue((z) => z.name)),
    byCategory: [...categories.values()].sort(byRevenue((c) => c.category)),
    byMethod,
    topBooths: ranked.slice(0, RANKED),
    bottomBooths: ranked.slice(-RANKED).reverse(),
  };
  return withJsonBytes(dashboard, () => dashboardBytes(dashboard, layout));
}

/**
 * The dashboard's JSON, byte for byte as `JSON.stringify` writes it, with each booth's and
 * exhibitor's fixed fields taken already written: writing and encoding 235 KB of names and ids held
 * the main process about 4 ms per refetch, while the phones queued behind it.
 */
function dashboardBytes(dashboard: Dashboard, layout: DashboardLayout): Buffer {
  const fixed = layoutBytes(layout);
  let out = Buffer.allocUnsafe(256 * 1024);
  let at = 0;
  const room = (bytes: number) => {
    if (at + bytes <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
    out.copy(bigger, 0, 0, at);
    out = bigger;
  };
  const text = (s: string) => {
    room(s.length * 3);
    at += out.write(s, at);
  };
  const bytes = (b: Buffer) => {
    room(b.length);
    at += b.copy(out, at);
  };
  const sums = (r: Sum) => `,"revenue":${r.revenue},"entries":${r.entries}`;
  Object.entries(dashboard).forEach(([key, value], i) => {
    text(`${i === 0 ? '{' : ','}"${key}":`);
    if (key === 'byBooth') {
      dashboard.byBooth.forEach((b, i) => {
        const start = i === 0 ? '[' : ',';
        if (layout.booths[i]?.boothId !== b.boothId) return text(start + JSON.stringify(b));
        text(start);
        bytes(fixed.booths[i]!);
        text(`${sums(b)},"revenuePerM2":${b.revenuePerM2}}`);
      });
      text(dashboard.byBooth.length ? ']' : '[]');
    } else if (key === 'byExhibitor') {
      dashboard.byExhibitor.forEach((e, i) => {
        const start = i === 0 ? '[' : ',';
        const known = fixed.exhibitors.get(e.exhibitorId);
        if (!known) return text(start + JSON.stringify(e));
        text(start);
        bytes(known.start);
        text(sums(e));
        bytes(known.end);
      });
      text(dashboard.byExhibitor.length ? ']' : '[]');
    } else text(JSON.stringify(value));
  });
  text('}');
  return out.subarray(0, at);
}
