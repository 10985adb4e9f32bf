import type { Language } from './model/fair';
import { translator } from './i18n';

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/**
 * Money on screen as a fair office writes it: `25.000.000 đ` in Vietnamese, `VND 25,000,000` in
 * English (a no-break space keeps the unit with its number). Money is always whole đồng.
 */
export function formatDong(amount: number, language: Language = 'vi'): string {
  return language === 'vi' ? `${formatNumber(amount, language)}\u00a0đ` : `VND\u00a0${formatNumber(amount, language)}`;
}

/** A plain grouped number: `1.500.000` in Vietnamese, `1,500,000` in English. */
export function formatNumber(value: number, language: Language = 'vi', fractionDigits = 0): string {
  const f = formatter(
    `num:${language}:${fractionDigits}`,
    () => new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: fractionDigits }),
  );
  return f.format(value);
}

/** Reports speak of "triệu đồng" and "tỷ đồng"; this picks the unit that reads best (words from the catalogue). */
export function formatDongShort(amount: number, language: Language = 'vi'): string {
  const t = translator(language, 'vocabulary');
  for (const [size, unit] of [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const) {
    if (Math.abs(amount) >= size) return t(`dongShort.${unit}`, { n: formatNumber(amount / size, language, 1) });
  }
  return formatDong(amount, language);
}
