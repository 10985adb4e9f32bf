import { ApiError } from '../../../shared/api/errors';
import { fairDays } from '../../../shared/dates';
import {
  SALE_RULES,
  type DayGrid,
  type DayTotalChange,
  type DayTotalResult,
  type SetDayTotalInput,
  type UndoDayTotalInput,
} from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { insertSale, readSale, voidEntry } from './entries';
import { stmt } from '../../db/statements';
import { invalid, requireConfirmedAmount, requireFairDay } from './rules';
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
  const rows = listSaleBooths(db)
    .filter((b) => b.forSale)
    .map((b) => {
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

interface DayBooth {
  id: string;
  number: string;
  exhibitorId: string | null;
}

function dayBooth(db: Db, boothId: string): DayBooth {
  const booth = stmt(
    db,
    `SELECT b.id, b.number, a.exhibitor_id AS exhibitorId FROM booth b
     LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled' WHERE b.id = +?`,
  ).get(boothId) as DayBooth | undefined;
  if (!booth) throw new ApiError('NOT_FOUND', 'This booth does not exist');
  return booth;
}

const dayRevenue = (db: Db, boothId: string, day: string) =>
  (
    stmt(db, 'SELECT coalesce(sum(revenue), 0) AS revenue FROM sale_total WHERE booth_id = ? AND day = ?').get(boothId, day) as {
      revenue: number;
    }
  ).revenue;

const activeEntryIds = (db: Db, boothId: string, day: string) =>
  (
    stmt(db, 'SELECT id FROM sale WHERE booth_id = ? AND day = ? AND voided_at IS NULL ORDER BY recorded_at').all(boothId, day) as {
      id: string;
    }[]
  ).map((r) => r.id);

/**
 * A booth's whole day typed as one figure: the day's entries are voided and one entry of the
 * new total replaces them, all in one transaction; 0 clears the day. Clearing recorded entries,
 * or folding several into one, is refused until the person confirmed it.
 */
export function setDayTotal(
  db: Db,
  input: Omit<SetDayTotalInput, 'fairId' | 'confirmVoids'> & { reason: string; confirmVoids?: boolean },
  actor: string,
  now = new Date(),
): DayTotalResult {
  requireFairDay(db, input.day);
  requireConfirmedAmount(input.amountDong, input.confirmLarge);
  const at = now.toISOString();
  const change = db
    .transaction((): DayTotalChange | null => {
      const booth = dayBooth(db, input.boothId);
      const current = dayRevenue(db, booth.id, input.day);
      if (current !== input.expectedRevenue) throw new ApiError('CONFLICT', SALE_RULES.changedMeanwhile, { current });
      if (current === input.amountDong) return null;
      if (input.amountDong > 0 && !booth.exhibitorId) throw invalid('amountDong', SALE_RULES.noExhibitor);
      const replaced = activeEntryIds(db, booth.id, input.day);
      const voids = input.amountDong === 0 ? replaced.length : replaced.length > 1 ? replaced.length : 0;
      if (voids > 0 && !input.confirmVoids) throw new ApiError('CONFLICT', SALE_RULES.voidsEntries, { count: voids });
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
      return { boothId: booth.id, day: input.day, replacedSaleIds: replaced, saleId, from: current, to: input.amountDong };
    })
    .immediate();
  return { grid: readDayGrid(db), change };
}

/**
 * Undoes one typed day total: its entry is voided and each entry it replaced is recorded again
 * (voids are final, so the old entries come back as new ones pointing at them). Refused when the
 * day changed since, so a later entry is never lost to an undo.
 */
export function undoDayTotal(
  db: Db,
  input: Omit<UndoDayTotalInput, 'fairId'> & { reason: string },
  actor: string,
  now = new Date(),
): DayGrid {
  const { change } = input;
  const at = now.toISOString();
  db.transaction(() => {
    const booth = dayBooth(db, change.boothId);
    if (dayRevenue(db, booth.id, change.day) !== change.to) throw new ApiError('CONFLICT', SALE_RULES.undoStale);
    const restored = change.replacedSaleIds.map((id) => readSale(db, id));
    if (restored.some((old) => old.boothId !== booth.id || old.day !== change.day || !old.voidedAt))
      throw new ApiError('CONFLICT', SALE_RULES.undoStale);
    // What holds the day now (the typed total, or its copy restored by a later undo) gives way.
    const holding = activeEntryIds(db, booth.id, change.day);
    for (const id of holding) voidEntry(db, id, input.reason, actor, at);
    const ids = restored.map((old) =>
      insertSale(
        db,
        {
          boothId: old.boothId,
          exhibitorId: old.exhibitorId ?? booth.exhibitorId!,
          day: old.day,
          amountDong: old.amountDong,
          method: old.method,
          note: old.note,
          correctsSaleId: old.id,
        },
        actor,
        at,
      ),
    );
    audit(
      db,
      actor,
      'sale.day_total',
      'sale',
      change.saleId,
      {
        booth: booth.number,
        day: change.day,
        from: change.to,
        to: change.from,
        replaced: holding,
        restored: ids,
        reason: input.reason,
      },
      at,
    );
  }).immediate();
  return readDayGrid(db);
}
