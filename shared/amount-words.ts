/**
 * An amount of đồng in Vietnamese words, as receipts and invoices write it under the figures:
 * 1.500.000 → "Một triệu năm trăm nghìn đồng chẵn", 1.005.000.000 → "Một tỷ không trăm linh năm
 * triệu đồng chẵn". Whole đồng only.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** One group of three digits; `full` once a higher group was read ("không trăm linh năm"). */
function readGroup(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push('linh');
  } else if (t === 1) words.push('mười');
  else words.push(DIGITS[t]!, 'mươi');
  if (u > 0) {
    if (u === 5 && t > 0) words.push('lăm');
    else if (u === 1 && t > 1) words.push('mốt');
    else if (u === 4 && t > 1) words.push('tư');
    else words.push(DIGITS[u]!);
  }
  return words;
}

/** Below one billion: triệu, nghìn and units groups. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor((n % 1_000_000) / 1_000), 'nghìn'],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  let started = full;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...readGroup(value, started));
    if (unit) words.push(unit);
    started = true;
  }
  return words;
}

function read(n: number): string[] {
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  if (billions === 0) return readBelowBillion(rest, false);
  return [...read(billions), 'tỷ', ...readBelowBillion(rest, true)];
}

export function amountInWords(amountDong: number): string {
  if (!Number.isSafeInteger(amountDong) || amountDong < 0) throw new RangeError(`Not a whole amount of đồng: ${amountDong}`);
  const text = amountDong === 0 ? 'không đồng' : `${read(amountDong).join(' ')} đồng chẵn`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
