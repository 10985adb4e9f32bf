import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { AMOUNT_CONFIRM_ABOVE, canonicalBoothNumber } from '../../../shared/sales-amount';
import { SALE_RULES } from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';

export const newId = () => randomUUID();

/** A field-level refusal the form shows beside the field the person is looking at. */
export function invalid(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, { issues: [{ path: [path], message }] });
}

export interface SaleBoothRow {
  boothId: string;
  number: string;
  exhibitorId: string | null;
  exhibitorName: string;
  kind: string;
}

const BOOTH_BY_NUMBER = `SELECT b.id AS boothId, b.number, b.kind, a.exhibitor_id AS exhibitorId,
    coalesce(CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END, '') AS exhibitorName
  FROM booth b LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled' LEFT JOIN exhibitor e ON e.id = a.exhibitor_id`;

/** The booth a typed number names (`a1` finds `A01`), with the exhibitor of its active allocation. */
export function resolveBooth(db: Db, typed: string, field = 'boothNumber'): SaleBoothRow & { exhibitorId: string } {
  let booth = stmt(db, `${BOOTH_BY_NUMBER} WHERE b.number = +?`).get(typed.trim()) as SaleBoothRow | undefined;
  if (!booth) {
    const wanted = canonicalBoothNumber(typed);
    const all = stmt(db, BOOTH_BY_NUMBER).all() as SaleBoothRow[];
    booth = all.find((b) => canonicalBoothNumber(b.number) === wanted);
  }
  if (!booth) throw invalid(field, SALE_RULES.noBooth);
  if (booth.kind === 'non_sellable') throw invalid(field, SALE_RULES.notForSale);
  if (!booth.exhibitorId) throw invalid(field, SALE_RULES.noExhibitor);
  return booth as SaleBoothRow & { exhibitorId: string };
}

export function requireFairDay(db: Db, day: string): void {
  const fair = stmt(db, 'SELECT first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as {
    firstDay: string;
    lastDay: string;
  };
  if (day < fair.firstDay || day > fair.lastDay) throw invalid('day', SALE_RULES.dayOutside);
}

export function requireConfirmedAmount(amount: number, confirmed: boolean): void {
  if (amount > AMOUNT_CONFIRM_ABOVE && !confirmed) throw invalid('amountDong', SALE_RULES.confirmLarge);
}
