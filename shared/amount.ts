/**
 * The one reader of money typed by a person, behind every money field (sales, booth fees,
 * discounts, prices per m², payments, refunds): `1.500.000`, `1500000`, `1 500 000`, `1,5tr`,
 * `1.5 triệu`, `500k`, `800 nghìn`, `2tr5` (2,5 million), `2.000.000đ`. The result is whole đồng
 * or the reason it is not; it never drops a character it does not understand.
 */

/** Above this one entry is unusual enough to ask "did you mean it?" before saving. */
export const AMOUNT_CONFIRM_ABOVE = 100_000_000;
/** 100 tỷ: no booth fee, payment or sale at a fair reaches this; a longer number is a slip of the keyboard. */
export const AMOUNT_MAX = 100_000_000_000;
/**
 * 1 triệu tỷ: the most any total of one fair (its sales, its ledger, its booth fees) may reach. Totals stay
 * plain numbers, exact to the đồng: a handful of such totals added in a report stay below 2^53 (≈ 9 triệu tỷ),
 * where BigInt sums would have to reach every screen, export and PDF for sums no fair comes near.
 */
export const FAIR_TOTAL_MAX = 1_000_000_000_000_000;

export type AmountError = 'empty' | 'invalid' | 'negative' | 'zero' | 'fraction' | 'tooLarge';
export type ParsedAmount = { ok: true; amount: number; confirm: boolean } | { ok: false; error: AmountError };

export interface AmountOptions {
  /** Fees and discounts may be 0 (a free booth, no discount); payments and sales may not. */
  allowZero?: boolean;
}

/** Units as powers of ten; the reader works on digit strings, so no float ever holds money. */
const UNITS: Record<string, number> = {
  tỷ: 9,
  tỉ: 9,
  ty: 9,
  ti: 9,
  b: 9,
  bn: 9,
  triệu: 6,
  trieu: 6,
  tr: 6,
  m: 6,
  nghìn: 3,
  nghin: 3,
  ngàn: 3,
  ngan: 3,
  k: 3,
};
const CURRENCY = /(₫|đồng|dong|vnđ|vnd|đ)$/;
const NON_ASCII = /[^ -~]/;
// Compiled once: the reader runs on every keystroke of every money field.
const DIGITS_ONLY = /^\d+$/;
const LEADING_ZEROS = /^0+(?=\d)/;
const NON_DIGIT = /\D/g;
const DECIMAL = /^\d+[.,]\d+$/;
const WHOLE_AND_DECIMALS = /^(\d+)(?:[.,](\d+))?$/;
const NOT_ZERO = /[^0]/;
const SPACES = /\s+/g;
const ANY_SPACE = /\s/g;
const SHAPE = /^([\d.,\s]*\d)\s*([a-zà-ỹđ]+)?\s*(\d*)$/u;

/** `1.500.000`, `1,500,000`, `1 500 000`: groups of exactly three digits after the first, one separator throughout. */
const GROUPED = /^\d{1,3}([.,\s])\d{3}(?:\1\d{3})*$/;

/** Whole đồng from a digit string; more digits than any amount we accept is simply too large. */
function fromDigits(digits: string): number | AmountError {
  const trimmed = digits.replace(LEADING_ZEROS, '');
  return trimmed.length > 15 ? 'tooLarge' : Number(trimmed);
}

/** A number without unit is whole đồng: separators are thousands groups, anything else is a fraction. */
function parsePlain(text: string): number | AmountError {
  if (DIGITS_ONLY.test(text)) return fromDigits(text);
  if (GROUPED.test(text)) return fromDigits(text.replace(NON_DIGIT, ''));
  return DECIMAL.test(text) ? 'fraction' : 'invalid';
}

/** `1,5` / `1.5` / `1.500` before a unit of 10^exp: the decimals shift into the unit's zeros. */
function parseScaled(num: string, exp: number, tail: string): number | AmountError {
  let whole: string;
  let frac = '';
  if (GROUPED.test(num)) whole = num.replace(NON_DIGIT, '');
  else {
    const m = WHOLE_AND_DECIMALS.exec(num);
    if (!m) return 'invalid';
    whole = m[1]!;
    frac = m[2] ?? '';
  }
  // `2tr5` is 2,5 million: digits after the unit continue as its fraction.
  if (tail) {
    if (frac || !DIGITS_ONLY.test(tail)) return 'invalid';
    frac = tail;
  }
  if (frac.length > exp) {
    if (NOT_ZERO.test(frac.slice(exp))) return 'fraction';
    frac = frac.slice(0, exp);
  }
  return fromDigits(whole + frac.padEnd(exp, '0'));
}

export function parseAmount(input: string, options: AmountOptions = {}): ParsedAmount {
  let text = (NON_ASCII.test(input) ? input.normalize('NFC') : input).trim().toLowerCase().replace(SPACES, ' ');
  if (!text) return { ok: false, error: 'empty' };
  text = text.replace(CURRENCY, '').trim();
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, error: 'negative' };
  if (text.startsWith('+')) text = text.slice(1).trim();
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, error: 'invalid' };
  const [, num = '', word, tail = ''] = m;
  let value: number | AmountError;
  if (word) {
    const exp = Object.hasOwn(UNITS, word) ? UNITS[word] : undefined;
    value = exp === undefined ? 'invalid' : parseScaled(num.replace(ANY_SPACE, ''), exp, tail);
  } else {
    value = tail ? 'invalid' : parsePlain(num.trim());
  }
  if (typeof value === 'string') return { ok: false, error: value };
  if (value === 0 && !options.allowZero) return { ok: false, error: 'zero' };
  if (value > AMOUNT_MAX) return { ok: false, error: 'tooLarge' };
  return { ok: true, amount: value, confirm: value > AMOUNT_CONFIRM_ABOVE };
}

export type PercentError = 'empty' | 'invalid' | 'negative' | 'percentTooLarge';
export type ParsedPercent = { ok: true; percent: number } | { ok: false; error: PercentError };

/** `10`, `10%`, `12,5 %`: a percentage with at most two decimals, between 0 and `max`. */
export function parsePercent(input: string, max = 100): ParsedPercent {
  const text = input.normalize('NFC').trim().replace(/\s+/g, '');
  if (!text) return { ok: false, error: 'empty' };
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, error: 'negative' };
  const m = /^(\d{1,4})(?:[.,](\d{1,2}))?%?$/.exec(text);
  if (!m) return { ok: false, error: 'invalid' };
  const percent = Number(`${m[1]}.${m[2] ?? '0'}`);
  if (percent > max) return { ok: false, error: 'percentTooLarge' };
  return { ok: true, percent };
}

export type DiscountError = AmountError | PercentError | 'aboveBase';
export type ParsedDiscount = { ok: true; amount: number; percent: number | null } | { ok: false; error: DiscountError };

/**
 * A discount typed as an amount (`500k`) or as a share of `baseDong` (`10%`), in whole đồng
 * (a percentage rounds to the nearest đồng). Never more than the base.
 */
export function parseDiscount(input: string, baseDong: number): ParsedDiscount {
  if (input.trim().endsWith('%')) {
    const p = parsePercent(input);
    if (!p.ok) return p;
    return { ok: true, amount: Math.round((baseDong * Math.round(p.percent * 100)) / 10_000), percent: p.percent };
  }
  const a = parseAmount(input, { allowZero: true });
  if (!a.ok) return a;
  if (a.amount > baseDong) return { ok: false, error: 'aboveBase' };
  return { ok: true, amount: a.amount, percent: null };
}
