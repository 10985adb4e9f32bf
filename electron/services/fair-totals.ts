import { AMOUNT_MAX, FAIR_TOTAL_MAX } from '../../shared/amount';
import { ApiError } from '../../shared/api/errors';
import type { Db } from '../db/open';

/** The totals a fair keeps, each summed from its rows; every row's amount is at most AMOUNT_MAX. */
const TOTALS = {
  sales: { rows: 'sale', sum: 'SELECT coalesce(sum(revenue), 0) AS n FROM sale_total' },
  ledger: { rows: 'payment', sum: 'SELECT coalesce(sum(amount_dong), 0) AS n FROM payment' },
  fees: { rows: 'allocation', sum: 'SELECT coalesce(sum(fee_dong), 0) AS n FROM allocation' },
} as const;
export type FairTotal = keyof typeof TOTALS;

/** Below this many rows no total can pass the bound, whatever their amounts. */
const ROWS_ALWAYS_WITHIN = Math.floor(FAIR_TOTAL_MAX / AMOUNT_MAX);

/**
 * Refuses a write that would take one of the fair's totals past FAIR_TOTAL_MAX (call it inside the
 * write's transaction, after the write: the refusal rolls it back). Cheap on every fair that exists:
 * the rows' largest rowid bounds their count, and only past 10,000 rows is the total summed.
 */
export function requireFairTotalWithinBound(db: Db, total: FairTotal): void {
  const { rows, sum } = TOTALS[total];
  const count = (db.prepare(`SELECT coalesce(max(rowid), 0) AS n FROM ${rows}`).get() as { n: number }).n;
  if (count <= ROWS_ALWAYS_WITHIN) return;
  const value = (db.prepare(sum).get() as { n: number }).n;
  if (value > FAIR_TOTAL_MAX) {
    throw new ApiError('VALIDATION', 'This would take the fair’s total past 1,000,000 billion VND. Nothing was recorded.', {
      reason: 'fairTotalTooLarge',
      total,
    });
  }
}

/** Every total of a fair file, checked at once (a file brought in from elsewhere). */
export function requireFairTotalsWithinBound(db: Db): void {
  for (const total of Object.keys(TOTALS) as FairTotal[]) requireFairTotalWithinBound(db, total);
}
