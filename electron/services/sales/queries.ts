import type { ListSalesInput, SaleBooth, SaleEntry, SaleList, VisitorCount, SetVisitorsInput } from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { SALE_COLUMNS, SALE_FROM } from './entries';
import { stmt } from '../../db/statements';
import { conflictsWithRule, requireFairDay } from './rules';
import { appReason } from '../../../shared/i18n/reasons';

/**
 * Every booth with the exhibitor selling there now, for the booth field's suggestions; spaces not
 * for rent (stage, info desk) come too, marked, so typing one says so instead of "no such booth".
 */
export function listSaleBooths(db: Db): SaleBooth[] {
  const rows = stmt(
    db,
    `SELECT b.id AS boothId, b.number, a.exhibitor_id AS exhibitorId,
            coalesce(CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END, '') AS exhibitorName,
            coalesce(z.name, '') AS zoneName, b.kind <> 'non_sellable' AS forSale
     FROM booth b
     LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled'
     LEFT JOIN exhibitor e ON e.id = a.exhibitor_id
     LEFT JOIN zone z ON z.id = b.zone_id
     ORDER BY b.number`,
  ).all() as (Omit<SaleBooth, 'forSale'> & { forSale: number })[];
  return rows.map((r) => ({ ...r, forSale: r.forSale === 1 }));
}

/** Entries newest first, voided ones included; totals cover all entries of the filter, not just those listed. */
export function listSales(db: Db, input: Omit<ListSalesInput, 'fairId' | 'offset'> & { offset?: number }): SaleList {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: input.limit };
  if (input.day) {
    where.push('day = @day');
    params.day = input.day;
  }
  if (input.boothId) {
    where.push('booth_id = @boothId');
    params.boothId = input.boothId;
  }
  if (input.deviceId) {
    where.push('device_id = @deviceId');
    params.deviceId = input.deviceId;
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sFilter = where.length ? `WHERE ${where.map((w) => `s.${w}`).join(' AND ')}` : '';
  const entries = stmt(
    db,
    `SELECT ${SALE_COLUMNS} ${SALE_FROM} ${sFilter} ORDER BY s.recorded_at DESC, s.rowid DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, offset: input.offset ?? 0 }) as SaleEntry[];
  const { limit: _limit, ...filterParams } = params;
  // The running totals have no device column: one phone's own few entries are summed directly.
  const totalsSql = input.deviceId
    ? `SELECT coalesce(sum(amount_dong), 0) AS revenue, count(*) AS activeEntries FROM sale ${filter} AND voided_at IS NULL`
    : `SELECT coalesce(sum(revenue), 0) AS revenue, coalesce(sum(entries), 0) AS activeEntries FROM sale_total ${filter}`;
  const totals = stmt(db, totalsSql).get(filterParams) as {
    revenue: number;
    activeEntries: number;
  };
  const voided = stmt(db, `SELECT count(*) AS n FROM sale ${filter ? `${filter} AND` : 'WHERE'} voided_at IS NOT NULL`).get(
    filterParams,
  ) as { n: number };
  return { entries, ...totals, voidedEntries: voided.n };
}

export function listVisitors(db: Db): VisitorCount[] {
  return stmt(db, 'SELECT day, gate, count FROM visitor_count ORDER BY day, gate').all() as VisitorCount[];
}

/**
 * A day's visitors as reports count them: the gates' counts when the day is counted per gate,
 * else its one all-gates figure — never both added (files from before the rule may hold both).
 */
export const VISITORS_BY_DAY_SQL = `SELECT day,
    CASE WHEN sum(gate <> '') > 0 THEN sum(CASE WHEN gate <> '' THEN count ELSE 0 END) ELSE sum(count) END AS visitors
  FROM visitor_count GROUP BY day`;

/**
 * Sets (or with `null` removes) the count of one day at one gate; '' is the one all-gates figure.
 * A day holds either per-gate counts or the one figure: switching replaces the other kind, once asked.
 */
export function setVisitors(
  db: Db,
  input: Omit<SetVisitorsInput, 'fairId' | 'replaceOtherMode'> & { replaceOtherMode?: boolean },
  actor: string,
): VisitorCount[] {
  requireFairDay(db, input.day);
  db.transaction(() => {
    if (input.count !== null) {
      const others = stmt(
        db,
        `SELECT gate, count FROM visitor_count WHERE day = ? AND (CASE WHEN ? = '' THEN gate <> '' ELSE gate = '' END)`,
      ).all(input.day, input.gate) as { gate: string; count: number }[];
      if (others.length > 0 && !input.replaceOtherMode) {
        throw conflictsWithRule('visitorsOtherMode', {
          reason: 'visitorsOtherMode',
          countedAs: input.gate === '' ? 'gates' : 'single',
          count: others.reduce((n, o) => n + o.count, 0),
          gates: others.map((o) => o.gate).filter(Boolean),
        });
      }
      for (const other of others) {
        stmt(db, 'DELETE FROM visitor_count WHERE day = ? AND gate = ?').run(input.day, other.gate);
        audit(db, actor, 'visitors.set', 'visitor_count', `${input.day}/${other.gate}`, {
          day: input.day,
          gate: other.gate,
          count: null,
          reason: appReason('otherCounting'),
        });
      }
    }
    if (input.count === null) stmt(db, 'DELETE FROM visitor_count WHERE day = ? AND gate = ?').run(input.day, input.gate);
    else
      stmt(
        db,
        'INSERT INTO visitor_count (day, gate, count) VALUES (?, ?, ?) ON CONFLICT (day, gate) DO UPDATE SET count = excluded.count',
      ).run(input.day, input.gate, input.count);
    audit(db, actor, 'visitors.set', 'visitor_count', `${input.day}/${input.gate}`, {
      day: input.day,
      gate: input.gate,
      count: input.count,
    });
  }).immediate();
  return listVisitors(db);
}
