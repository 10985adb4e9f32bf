import { formatNumber } from '../money';
import type { Language } from '../model/fair';
import { translator } from '../i18n';

/** Trailing zeros of a decimal dropped: 1,20 → 1,2; 2,00 → 2. */
const decimal = (value: number, digits: number, language: Language) => formatNumber(Number(value.toFixed(digits)), language, digits);

/**
 * Money as official prose writes it: "1,28 tỷ đồng" (two decimals for tỷ), "427,8 triệu đồng",
 * "500.000 đồng"; in English "VND 1.28 billion". The words are the catalogue's (namespace report).
 */
export function dongProse(amount: number, language: Language): string {
  const t = translator(language, 'report');
  const abs = Math.abs(amount);
  if (abs >= 1e9) return t('moneyBillion', { n: decimal(amount / 1e9, 2, language) });
  if (abs >= 1e6) return t('moneyMillion', { n: decimal(amount / 1e6, 1, language) });
  return t('moneyDong', { n: formatNumber(amount, language) });
}

/** "Hải Phòng, ngày 08 tháng 7 năm 2025": days under 10 and months 1–2 take a leading zero. */
export function placeDateLine(place: string, isoDay: string, language: Language): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  // Day and month as each language writes them: "08 tháng 7" (zero before days under 10 and months 1–2), "8 July".
  const month =
    language === 'vi'
      ? String(m).padStart(m <= 2 ? 2 : 1, '0')
      : new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long' });
  const values = { day: language === 'vi' ? String(d).padStart(2, '0') : String(d), month, year: String(y) };
  const t = translator(language, 'report');
  return place ? t('placeDate', { place, date: t('longDate', values) }) : t('dateLine', values);
}

/** A change in per cent, one decimal, signed: "+18,3%"; null when there is nothing to compare with. */
export function changePercent(current: number, previous: number, language: Language): string | null {
  if (!previous) return null;
  const pct = ((current - previous) / previous) * 100;
  const text = `${formatNumber(Math.abs(Number(pct.toFixed(1))), language, 1)}%`;
  return pct > 0.05 ? `+${text}` : pct < -0.05 ? `-${text}` : '0%';
}

/** A share as official reports write it: "57%", one decimal when small. */
export function sharePercent(part: number, whole: number, language: Language): string {
  if (!whole) return '0%';
  const pct = (part / whole) * 100;
  return `${formatNumber(pct, language, pct < 10 && pct % 1 ? 1 : 0)}%`;
}
