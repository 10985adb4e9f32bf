/**
 * Counts as people type them (visitors at a gate): whole numbers only, thousands grouped or not.
 * `1.500`, `1 500`, `1500` are 1500; `1.5` or `1,5` is a fraction and refused, never read as 15.
 */

/** More visitors than this in one day at one gate is a slip of the keyboard. */
export const COUNT_MAX = 100_000_000;

export type CountError = 'empty' | 'invalid' | 'negative' | 'fraction' | 'tooLarge';
export type ParsedCount = { ok: true; count: number } | { ok: false; error: CountError };

/** Groups of exactly three digits after the first, with one kind of separator throughout. */
const GROUPED = /^\d{1,3}([., ]\d{3})+$/;

export function parseCount(input: string): ParsedCount {
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  if (!text) return { ok: false, error: 'empty' };
  if (/^[-−]/.test(text)) return { ok: false, error: 'negative' };
  let digits: string;
  if (/^\d+$/.test(text)) digits = text;
  else if (GROUPED.test(text) && new Set(text.replace(/\d/g, '')).size === 1) digits = text.replace(/\D/g, '');
  else return { ok: false, error: /^\d+[.,]\d+$/.test(text) ? 'fraction' : 'invalid' };
  if (digits.length > 12) return { ok: false, error: 'tooLarge' };
  const count = Number(digits);
  if (count > COUNT_MAX) return { ok: false, error: 'tooLarge' };
  return { ok: true, count };
}
