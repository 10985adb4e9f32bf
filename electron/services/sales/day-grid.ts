import { ApiError } from '../../../shared/api/errors';
import { fairDays } from '../../../shared/dates';
import { SALE_RULES, type DayGrid, type SetDayTotalInput } from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { insertSale, voidEntry } from './entries';
import { invalid, requireConfirmedAmount, requireFairDay, stmt } from './rules';
import { listSaleBooths } from './queries';

/** Booths × fair days from the running totals: row, column and grand totals add up exactly. */
export function readDayGrid(db: Db): DayGrid {
  const fair = stmt(db, 'SELECT first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as {
    firstDay: string;
    lastDay: string;
  };
  const days = fairDays(fair.firstDay, fair.lastDay);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const sums = stmt(
    db,
    'SELECT booth_id AS boothId, day, sum(revenue) AS revenue, sum(entries) AS entries FROM sale_total GROUP BY booth_id, day',
  ).all() as {
    boothId: string;
    day: string;
    revenue: number;
    entries: number;
  }[];
  const byBooth = new Map<string, typeof sums>();
  for (const s of sums) byBooth.set(s.boothId, [...(byBooth.get(s.boothId) ?? []), s]);
  const dayTotals = days.map(() => 0);
  const rows = listSaleBooths(db).map((b) => {
    const cells = days.map(() => ({ revenue: 0, entries: 0 }));
    for (const s of byBooth.get(b.boothId) ?? []) {
      const i = dayIndex.get(s.day);
      if (i === undefined) continue;
      cells[i] = { revenue: s.revenue, entries: s.entries };
      dayTotals[i]! += s.revenue;
    }
    return {
      boothId: b.boothId,
      number: b.number,
      exhibitorName: b.exhibitorName,
      hasExhibitor: b.exhibitorId !== null,
      cells,
      total: cells.reduce((n, c) => n + c.revenue, 0),
    };
  });
  return { days, rows, dayTotals, total: dayTotals.reduce((n, v) => n + v, 0) };
}

/**
 * A booth's whole day typed as one figure: the day's entries are voided and one entry of the
 * new total replaces them, all in one transaction; 0 clears the day.
 */
export function setDayTotal(
  db: Db,
  input: Omit<SetDayTotalInput, 'fairId'> & { reason: string },
  actor: string,
  now = new Date(),
): DayGrid {
  requireFairDay(db, input.day);
  requireConfirmedAmount(input.amountDong, input.confirmLarge);
  const at = now.toISOString();
  db.transaction(() => {
    const booth = stmt(
      db,
      `SELECT b.id, b.number, a.exhibitor_id AS exhibitorId FROM booth b
       LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled' WHERE b.id = ?`,
    ).get(input.boothId) as { id: string; number: string; exhibitorId: string | null } | undefined;
    if (!booth) throw new ApiError('NOT_FOUND', 'This booth does not exist');
    const current = (
      stmt(db, 'SELECT coalesce(sum(revenue), 0) AS revenue FROM sale_total WHERE booth_id = ? AND day = ?').get(booth.id, input.day) as {
        revenue: number;
      }
    ).revenue;
    if (current !== input.expectedRevenue) throw new ApiError('CONFLICT', SALE_RULES.changedMeanwhile, { current });
    if (current === input.amountDong) return;
    if (input.amountDong > 0 && !booth.exhibitorId) throw invalid('amountDong', SALE_RULES.noExhibitor);
    const replaced = (
      stmt(db, 'SELECT id FROM sale WHERE booth_id = ? AND day = ? AND voided_at IS NULL ORDER BY recorded_at').all(
        booth.id,
        input.day,
      ) as { id: string }[]
    ).map((r) => r.id);
    for (const id of replaced) voidEntry(db, id, input.reason, actor, at);
    const saleId =
      input.amountDong > 0
        ? insertSale(
            db,
            {
              boothId: booth.id,
              exhibitorId: booth.exhibitorId!,
              day: input.day,
              amountDong: input.amountDong,
              method: input.method,
              note: '',
              correctsSaleId: replaced[0] ?? null,
            },
            actor,
            at,
          )
        : null;
    audit(
      db,
      actor,
      'sale.day_total',
      'sale',
      saleId,
      { booth: booth.number, day: input.day, from: current, to: input.amountDong, replaced, reason: input.reason },
      at,
    );
  }).immediate();
  return readDayGrid(db);
}
