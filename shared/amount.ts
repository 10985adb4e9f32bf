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

export type AmountError = 'empty' | 'invalid' | 'negative' | 'zero' | 'fraction' | 'tooLarge';
export type ParsedAmount = { ok: true; amount: number; confirm: boolean } | { ok: false; error: AmountError };

export interface AmountOptions {
  /** Fees and discounts may be 0 (a free booth, no discount); payments and sales may not. */
  allowZero?: boolean;
}

const UNITS: [RegExp, bigint][] = [
  [/^(tỷ|tỉ|ty|ti|b|bn)$/, 1_000_000_000n],
  [/^(triệu|trieu|tr|m)$/, 1_000_000n],
  [/^(nghìn|nghin|ngàn|ngan|k)$/, 1_000n],
];
const CURRENCY = /(₫|đồng|dong|vnđ|vnd|đ)$/;

function unitOf(word: string): bigint | undefined {
  return UNITS.find(([re]) => re.test(word))?.[1];
}

/** `1.500.000`, `1,500,000`, `1 500 000`: groups of exactly three digits after the first. */
const GROUPED = /^\d{1,3}([.,\s]\d{3})+$/;

/** A number without unit is whole đồng: separators are thousands groups, anything else is a fraction. */
function parsePlain(text: string): bigint | AmountError {
  if (/^\d+$/.test(text)) return BigInt(text);
  if (GROUPED.test(text) && new Set(text.replace(/\d/g, '')).size === 1) return BigInt(text.replace(/\D/g, ''));
  return /^\d+[.,]\d+$/.test(text) ? 'fraction' : 'invalid';
}

/** `1,5` / `1.5` / `1.500` before a unit, as a fraction numerator/denominator. */
function parseScaled(num: string, unit: bigint, tail: string): bigint | AmountError {
  let whole: string;
  let frac = '';
  if (GROUPED.test(num) && new Set(num.replace(/\d/g, '')).size === 1) whole = num.replace(/\D/g, '');
  else {
    const m = /^(\d+)(?:[.,](\d+))?$/.exec(num);
    if (!m) return 'invalid';
    whole = m[1]!;
    frac = m[2] ?? '';
  }
  // `2tr5` is 2,5 million: digits after the unit continue as its fraction.
  if (tail) {
    if (frac || !/^\d+$/.test(tail)) return 'invalid';
    frac = tail;
  }
  const scale = 10n ** BigInt(frac.length);
  const numerator = (BigInt(whole) * scale + BigInt(frac || '0')) * unit;
  if (numerator % scale !== 0n) return 'fraction';
  return numerator / scale;
}

export function parseAmount(input: string, options: AmountOptions = {}): ParsedAmount {
  let text = input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { ok: false, error: 'empty' };
  text = text.replace(CURRENCY, '').trim();
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, error: 'negative' };
  if (text.startsWith('+')) text = text.slice(1).trim();
  const m = /^([\d.,\s]*\d)\s*([a-zà-ỹđ]+)?\s*(\d*)$/u.exec(text);
  if (!m) return { ok: false, error: 'invalid' };
  const [, num = '', word, tail = ''] = m;
  let value: bigint | AmountError;
  if (word) {
    const unit = unitOf(word);
    value = unit === undefined ? 'invalid' : parseScaled(num.replace(/\s/g, ''), unit, tail);
  } else {
    value = tail ? 'invalid' : parsePlain(num.trim());
  }
  if (typeof value === 'string') return { ok: false, error: value };
  if (value === 0n && !options.allowZero) return { ok: false, error: 'zero' };
  if (value > BigInt(AMOUNT_MAX)) return { ok: false, error: 'tooLarge' };
  const amount = Number(value);
  return { ok: true, amount, confirm: amount > AMOUNT_CONFIRM_ABOVE };
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
