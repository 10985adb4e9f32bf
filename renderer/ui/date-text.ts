import type { Language } from '../../shared/model/fair';

/** What a date field reads: an ISO day, nothing, or why the text is not a day. */
export type DateReading =
  { ok: true; iso: string } | { ok: false; empty: true } | { ok: false; empty: false; error: 'invalid' | 'noSuchDay' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A real day of the Gregorian calendar (31/02 is not), as `YYYY-MM-DD`, or null. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The field's text for a day: `05/07/2025` in Vietnamese, `07/05/2025` (month first) in English. */
export function dayText(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return iso;
  return language === 'vi' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

/**
 * Reads what a person typed, in the UI language's order whatever the browser's locale: day first in
 * Vietnamese (5/7/2025, 05-07-25, 5.7.2025), month first in English (7/5/2025, Jul 5, 2025). A
 * two-digit year is this century's; an ISO day (2025-07-05) reads in both.
 */
export function readDay(text: string, language: Language): DateReading {
  const s = text.trim().toLowerCase();
  if (!s) return { ok: false, empty: true };
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const found = (iso: string | null): DateReading => (iso ? { ok: true, iso } : { ok: false, empty: false, error: 'noSuchDay' });
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return found(isoDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return language === 'vi' ? found(isoDay(year(m[3]!), b, a)) : found(isoDay(year(m[3]!), a, b));
  }
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[1]!)) return found(isoDay(Number(m[3]), MONTHS.indexOf(m[1]!) + 1, Number(m[2])));
  return { ok: false, empty: false, error: 'invalid' };
}

/** The days of a month's calendar page, Monday first, padded with nulls before the 1st. */
export function monthGrid(year: number, month: number): (string | null)[] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
}

/** A day moved by whole days (the calendar's arrow keys), as `YYYY-MM-DD`. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
