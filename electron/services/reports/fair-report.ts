import type { OcopProduct } from '../../../shared/model/exhibitor';
import type { EditionFigures, FairReport } from '../../../shared/model/report';
import { fairDays } from '../../../shared/dates';
import { provinceOf } from '../../../shared/provinces';
import { UNIT_TYPES, type UnitType } from '../../../shared/unit-type';
import type { Db } from '../../db/open';
import { ocopProductsByExhibitor } from '../exhibitors/directory';
import { ledgerTotals } from '../exhibitors/ledger';
import { listAgreements } from './agreements';
import { buildDashboard } from './dashboard';
import { getReportSettings, resolveReportSettings } from './settings';

const TOP_EXHIBITORS = 10;
const ACTIVE = "status <> 'cancelled'";
/** A standard booth is 3 m × 3 m. */
const STANDARD_BOOTH_M2 = 9;

/** The previous edition, read from its own file by the caller. */
export interface PreviousEdition {
  name: string;
  firstDay: string;
  figures: EditionFigures;
  /** Its day with the number of the day reported (day 3 for day 3), when a single day is reported and it had that day. */
  sameDay?: { day: string; figures: EditionFigures } | null;
}

export interface ReportOptions {
  /** One fair day, or the whole fair. */
  day?: string | null;
  previous?: PreviousEdition | null;
  now?: Date;
}

interface ExhibitorFacts {
  id: string;
  legalName: string;
  address: string;
  province: string;
  category: string;
  unitType: UnitType | null;
}

/**
 * The fair report, built from the same figures as the dashboards (integer đồng, voided sales
 * excluded), so the screen, the spreadsheet, the PDF and the .docx can never disagree.
 */
export function buildFairReport(db: Db, options: ReportOptions = {}): FairReport {
  const report = figures(db, options);
  const day = report.day;
  const previous = options.previous;
  if (previous && day === null) {
    report.comparison = {
      kind: 'edition',
      name: previous.name,
      firstDay: previous.firstDay,
      previous: previous.figures,
      current: editionFigures(report),
    };
  }
  const days = fairDays(report.fair.firstDay, report.fair.lastDay);
  if (previous?.sameDay && day !== null) {
    report.sameDayLastEdition = {
      name: previous.name,
      day: previous.sameDay.day,
      dayNumber: days.indexOf(day) + 1,
      previous: previous.sameDay.figures,
      current: editionFigures(report),
    };
  }
  const dayBefore = day === null ? undefined : days[days.indexOf(day) - 1];
  if (dayBefore) {
    const before = figures(db, { ...options, day: dayBefore });
    report.comparison = {
      kind: 'day',
      name: dayBefore,
      firstDay: dayBefore,
      previous: editionFigures(before),
      current: editionFigures(report),
    };
  }
  return report;
}

/** The report's figures for the whole fair or one day, without any comparison. */
function figures(db: Db, options: ReportOptions): FairReport {
  const day = options.day ?? null;
  const fair = db
    .prepare('SELECT name, venue, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1')
    .get() as FairReport['fair'];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const booths = one<{ total: number; sellable: number; allocated: number; allocatedM2: number }>(`
    SELECT count(*) AS total,
           coalesce(sum(kind <> 'non_sellable'), 0) AS sellable,
           (SELECT count(DISTINCT booth_id) FROM allocation WHERE ${ACTIVE}) AS allocated,
           coalesce((SELECT sum(b2.width_m * b2.depth_m) FROM booth b2 WHERE b2.id IN (SELECT booth_id FROM allocation WHERE ${ACTIVE})), 0) AS allocatedM2
    FROM booth`);
  const totalExhibitors = one<{ n: number }>('SELECT count(*) AS n FROM exhibitor WHERE deleted_at IS NULL').n;
  const d = buildDashboard(db, { day });

  // The appendix: everyone who takes part (holds a booth) or sold something, by legal name.
  const facts = new Map(
    (
      db
        .prepare(
          `SELECT id, legal_name AS legalName, address, province, category, unit_type AS unitType FROM exhibitor
           WHERE id IN (SELECT exhibitor_id FROM allocation WHERE ${ACTIVE})`,
        )
        .all() as ExhibitorFacts[]
    ).map((e) => [e.id, e]),
  );
  const products = ocopProductsByExhibitor(db);
  const revenueOf = new Map(d.byExhibitor.map((e) => [e.exhibitorId, e]));
  const listed = new Set([...facts.keys(), ...d.byExhibitor.map((e) => e.exhibitorId)]);
  const missing = [...listed].filter((id) => !facts.has(id));
  if (missing.length) {
    const more = db.prepare(
      'SELECT id, legal_name AS legalName, address, province, category, unit_type AS unitType FROM exhibitor WHERE id = ?',
    );
    for (const id of missing) {
      const row = more.get(id) as ExhibitorFacts | undefined;
      if (row) facts.set(id, row);
    }
  }
  const collator = new Intl.Collator('vi');
  const exhibitorList = [...facts.values()]
    .map((e) => ({
      exhibitorId: e.id,
      legalName: e.legalName,
      address: e.address,
      province: e.province,
      category: e.category,
      unitType: e.unitType,
      ocopProducts: products.get(e.id) ?? ([] as OcopProduct[]),
      boothNumbers: revenueOf.get(e.id)?.boothNumbers ?? [],
      revenue: revenueOf.get(e.id)?.revenue ?? 0,
    }))
    .sort((a, b) => collator.compare(a.legalName, b.legalName));

  const participants = exhibitorList.filter((e) => e.boothNumbers.length > 0);
  const settings = resolveReportSettings(
    getReportSettings(db),
    fair,
    participants.map((e) => provinceOf(e.province) ?? ''),
  );

  const byType = [...UNIT_TYPES, null].map((type) => ({ type, count: participants.filter((e) => e.unitType === type).length }));
  const provinceCounts = new Map<string, number>();
  let unknown = 0;
  for (const e of participants) {
    const p = provinceOf(e.province);
    if (p) provinceCounts.set(p, (provinceCounts.get(p) ?? 0) + 1);
    else unknown++;
  }
  const inside = provinceCounts.get(settings.hostProvince) ?? 0;
  const ocopProducts = participants.flatMap((e) => e.ocopProducts);

  const agreementsList = listAgreements(db);
  const days = day === null ? fairDays(fair.firstDay, fair.lastDay).length : 1;
  const revenue = d.total.revenue;
  const report: FairReport = {
    fair,
    generatedAt: (options.now ?? new Date()).toISOString(),
    day,
    settings,
    booths: {
      total: booths.total,
      sellable: booths.sellable,
      allocated: booths.allocated,
      allocatedM2: booths.allocatedM2,
      standardEquivalent: Math.round((booths.allocatedM2 / STANDARD_BOOTH_M2) * 10) / 10,
    },
    exhibitors: { total: totalExhibitors, participating: participants.length, byType },
    provinces: {
      count: provinceCounts.size,
      host: settings.hostProvince,
      inside,
      outside: participants.length - inside - unknown,
      unknown,
      list: [...provinceCounts]
        .map(([province, exhibitors]) => ({ province, exhibitors }))
        .sort((a, b) => b.exhibitors - a.exhibitors || collator.compare(a.province, b.province)),
    },
    ocop: {
      exhibitors: participants.filter((e) => e.ocopProducts.length > 0).length,
      products: ocopProducts.length,
      byStars: [5, 4, 3].map((stars) => ({ stars, products: ocopProducts.filter((p) => p.stars === stars).length })),
    },
    revenue: {
      total: revenue,
      entries: d.total.entries,
      voidedEntries: d.total.voidedEntries,
      perBooth: booths.allocated ? Math.round(revenue / booths.allocated) : 0,
      perDay: Math.round(revenue / days),
    },
    visitors: { total: d.total.visitors },
    agreements: {
      contracts: agreementsList.filter((a) => a.kind === 'contract').length,
      mous: agreementsList.filter((a) => a.kind === 'mou').length,
      valueDong: agreementsList.reduce((n, a) => n + a.valueDong, 0),
      list: agreementsList,
    },
    money: ledgerTotals(db).fair,
    comparison: null,
    sameDayLastEdition: null,
    byDay: d.byDay.map(({ day: dd, revenue: r, entries, visitors }) => ({ day: dd, revenue: r, entries, visitors })),
    byZone: d.byZone.map(({ zoneId, name, color, booths: n, revenue: r }) => ({ zoneId, name, color, booths: n, revenue: r })),
    byCategory: d.byCategory.map(({ category, exhibitors: n, revenue: r }) => ({ category, exhibitors: n, revenue: r })),
    byMethod: d.byMethod.map(({ method, entries, revenue: r }) => ({ method, entries, revenue: r })),
    topExhibitors: d.byExhibitor
      .filter((e) => e.revenue > 0)
      .slice(0, TOP_EXHIBITORS)
      .map(({ exhibitorId, name, legalName, boothNumbers, revenue: r }) => ({ exhibitorId, name, legalName, boothNumbers, revenue: r })),
    exhibitorList,
  };
  return report;
}

/** The figures one edition is compared by. */
export function editionFigures(r: FairReport): EditionFigures {
  return {
    booths: r.booths.allocated,
    exhibitors: r.exhibitors.participating,
    provinces: r.provinces.count,
    ocopProducts: r.ocop.products,
    visitors: r.visitors.total,
    revenue: r.revenue.total,
    agreements: r.agreements.contracts + r.agreements.mous,
    agreementsValue: r.agreements.valueDong,
  };
}

/**
 * Another fair's figures, for the comparison: its whole report, read from its own file, and the
 * figures of its day number `dayNumber` (counted from 1) when a single day is reported.
 */
export function previousEdition(db: Db, dayNumber: number | null = null): PreviousEdition {
  const r = buildFairReport(db);
  const day = dayNumber === null ? undefined : fairDays(r.fair.firstDay, r.fair.lastDay)[dayNumber - 1];
  return {
    name: r.fair.name,
    firstDay: r.fair.firstDay,
    figures: editionFigures(r),
    sameDay: day ? { day, figures: editionFigures(figures(db, { day })) } : null,
  };
}

/** The number of `day` among the fair's days, counted from 1; null for the whole fair or a day outside it. */
export function dayNumberOf(db: Db, day: string | null): number | null {
  if (day === null) return null;
  const fair = db.prepare('SELECT first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as {
    firstDay: string;
    lastDay: string;
  };
  const n = fairDays(fair.firstDay, fair.lastDay).indexOf(day);
  return n < 0 ? null : n + 1;
}
