import { EN_NUMBER_WORDS as EN, VI_NUMBER_WORDS as VI } from './i18n/amount-words';

/**
 * An amount of đồng in words, as receipts and invoices write it under the figures, in the reader's
 * language: 1.500.000 → "Một triệu năm trăm nghìn đồng chẵn" / "One million five hundred thousand
 * dong"; 1.005.000.000 → "Một tỷ không trăm linh năm triệu đồng chẵn". Whole đồng only.
 */
export function amountInWords(amountDong: number, language: 'vi' | 'en' = 'vi'): string {
  if (!Number.isSafeInteger(amountDong) || amountDong < 0) throw new RangeError(`Not a whole amount of dong: ${amountDong}`);
  const words = language === 'en' ? EN : VI;
  const text =
    amountDong === 0 ? words.zero : words.whole.replace('{{words}}', (language === 'en' ? readEn : readVi)(amountDong).join(' '));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One group of three digits; `full` once a higher group was read ("không trăm linh năm"). */
function viGroup(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(VI.digits[h]!, VI.hundred);
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push(VI.zeroTens);
  } else if (t === 1) words.push(VI.ten);
  else words.push(VI.digits[t]!, VI.tens);
  if (u > 0) {
    if (u === 5 && t > 0) words.push(VI.fiveAfterTens);
    else if (u === 1 && t > 1) words.push(VI.oneAfterTens);
    else if (u === 4 && t > 1) words.push(VI.fourAfterTens);
    else words.push(VI.digits[u]!);
  }
  return words;
}

/** Below one billion: triệu, nghìn and units groups. */
function viBelowBillion(n: number, full: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), VI.groups.million],
    [Math.floor((n % 1_000_000) / 1_000), VI.groups.thousand],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  let started = full;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...viGroup(value, started));
    if (unit) words.push(unit);
    started = true;
  }
  return words;
}

function readVi(n: number): string[] {
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  if (billions === 0) return viBelowBillion(rest, false);
  return [...readVi(billions), VI.groups.billion, ...viBelowBillion(rest, true)];
}

/** 0–999 in English: "three hundred forty-five". */
function enGroup(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = h ? [EN.below20[h]!, EN.hundred] : [];
  if (rest >= 20) words.push(EN.tens[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN.below20[rest % 10]}` : ''));
  else if (rest > 0) words.push(EN.below20[rest]!);
  return words;
}

function readEn(n: number): string[] {
  const billions = Math.floor(n / 1_000_000_000);
  const groups: [number, string][] = [
    [Math.floor((n % 1_000_000_000) / 1_000_000), EN.groups.million],
    [Math.floor((n % 1_000_000) / 1_000), EN.groups.thousand],
    [n % 1_000, ''],
  ];
  const words: string[] = billions ? [...readEn(billions), EN.groups.billion] : [];
  for (const [value, unit] of groups) if (value) words.push(...enGroup(value), ...(unit ? [unit] : []));
  return words;
}
