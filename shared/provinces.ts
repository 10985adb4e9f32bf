import { MERGED_PROVINCES, PROVINCE_ALIASES, PROVINCE_PLACE, PROVINCE_TABLE, type Province } from './data/provinces';
import { foldText } from './fold';

export type { Province } from './data/provinces';

/** The official names, in the official order: what is stored and printed. */
export const PROVINCES: readonly Province[] = PROVINCE_TABLE.map((p) => p.vi);
export const PROVINCE_COUNT = PROVINCES.length;

/** A province as a reader of `language` names it: the official name in Vietnamese, its English form in English. */
export function provinceLabel(name: string, language: string): string {
  if (language === 'vi') return name;
  return PROVINCE_TABLE.find((p) => p.vi === name)?.en ?? name;
}

/** A province as its authority's name carries it: "Hồ Chí Minh" in "UBND thành phố Hồ Chí Minh". */
export const provincePlace = (name: string): string => PROVINCE_PLACE[name as Province] ?? name;

/** Provinces and centrally-run cities whose authority is "UBND thành phố", not "UBND tỉnh". */
export const isCity = (name: string): boolean => PROVINCE_TABLE.some((p) => p.vi === name && p.city);

const key = (name: string) =>
  foldText(name)
    .replace(/[.,–-]/g, ' ')
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const LOOKUP = new Map<string, Province>([
  ...PROVINCES.map((p) => [key(p), p] as const),
  ...PROVINCE_TABLE.map((p) => [key(p.en), p.vi] as const),
  ...Object.entries(MERGED_PROVINCES).map(([old, now]) => [key(old), now] as const),
  ...Object.entries(PROVINCE_ALIASES),
]);

/** The province a name means today ("Hải Dương" → "Hải Phòng", "tp. HCM" → "Thành phố Hồ Chí Minh"), or null. */
export function provinceOf(name: string): Province | null {
  const k = key(name);
  return k ? (LOOKUP.get(k) ?? null) : null;
}

/** What to store for a typed province: today's official name when it is one, else the text as typed (trimmed). */
export function normalizeProvince(name: string): string {
  return provinceOf(name) ?? name.trim();
}

/** The first of the 34 named anywhere in a text ("Sở Công Thương thành phố Hải Phòng" → "Hải Phòng"). */
export function provinceIn(text: string): Province | null {
  const folded = ` ${key(text)} `;
  let best: { at: number; province: Province } | null = null;
  for (const [k, province] of LOOKUP) {
    if (k.length < 4) continue;
    const at = folded.indexOf(` ${k} `);
    if (at >= 0 && (!best || at < best.at)) best = { at, province };
  }
  return best?.province ?? null;
}
