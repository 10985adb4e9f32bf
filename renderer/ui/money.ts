import { parseAmount, parseDiscount, parsePercent } from '../../shared/amount';

/** What a money field reads: an amount, a discount (amount or % of a base), or a percentage. */
export type MoneyKind =
  { kind: 'amount'; allowZero?: boolean } | { kind: 'discount'; baseDong: number } | { kind: 'percent'; max?: number };

export type MoneyReading = { ok: true; value: number; percent: number | null } | { ok: false; error: string; empty: boolean };

/** The one reader behind every money field of the renderer; `value` is đồng (or % for a percent field). */
export function readMoney(text: string, as: MoneyKind): MoneyReading {
  if (as.kind === 'percent') {
    const p = parsePercent(text, as.max);
    if (p.ok) return { ok: true, value: p.percent, percent: p.percent };
    return { ok: false, error: p.error === 'invalid' ? 'invalidPercent' : p.error, empty: p.error === 'empty' };
  }
  if (as.kind === 'discount') {
    const d = parseDiscount(text, as.baseDong);
    if (d.ok) return { ok: true, value: d.amount, percent: d.percent };
    return { ok: false, error: d.error === 'invalid' ? 'invalidDiscount' : d.error, empty: d.error === 'empty' };
  }
  const a = parseAmount(text, { allowZero: as.allowZero });
  if (a.ok) return { ok: true, value: a.amount, percent: null };
  return { ok: false, error: a.error, empty: a.error === 'empty' };
}
