import { foldText } from './fold';

/** The 34 provinces and centrally-run cities since 1 July 2025 (Resolution 202/2025/QH15), in the official order. */
export const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Thành phố Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
] as const;
export type Province = (typeof PROVINCES)[number];
export const PROVINCE_COUNT = PROVINCES.length;

/** Provinces merged into another in 2025: old name → the province it is part of now. */
const MERGED: Record<string, Province> = {
  'Hà Giang': 'Tuyên Quang',
  'Yên Bái': 'Lào Cai',
  'Bắc Kạn': 'Thái Nguyên',
  'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
  'Bắc Giang': 'Bắc Ninh',
  'Thái Bình': 'Hưng Yên',
  'Hải Dương': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình',
  'Nam Định': 'Ninh Bình',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
  'Bình Định': 'Gia Lai',
  'Ninh Thuận': 'Khánh Hòa',
  'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng',
  'Phú Yên': 'Đắk Lắk',
  'Bình Dương': 'Thành phố Hồ Chí Minh',
  'Bà Rịa - Vũng Tàu': 'Thành phố Hồ Chí Minh',
  'Bình Phước': 'Đồng Nai',
  'Long An': 'Tây Ninh',
  'Sóc Trăng': 'Cần Thơ',
  'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long',
  'Trà Vinh': 'Vĩnh Long',
  'Tiền Giang': 'Đồng Tháp',
  'Bạc Liêu': 'Cà Mau',
  'Kiên Giang': 'An Giang',
};

/** Other ways people write the same places. */
const ALIASES: Record<string, Province> = {
  'ho chi minh': 'Thành phố Hồ Chí Minh',
  hcm: 'Thành phố Hồ Chí Minh',
  'tp hcm': 'Thành phố Hồ Chí Minh',
  tphcm: 'Thành phố Hồ Chí Minh',
  'sai gon': 'Thành phố Hồ Chí Minh',
  'ba ria vung tau': 'Thành phố Hồ Chí Minh',
  brvt: 'Thành phố Hồ Chí Minh',
  'thua thien hue': 'Huế',
  'dak lak': 'Đắk Lắk',
  'dac lac': 'Đắk Lắk',
  'dak nong': 'Lâm Đồng',
  hn: 'Hà Nội',
  hp: 'Hải Phòng',
};

const key = (name: string) =>
  foldText(name)
    .replace(/[.,–-]/g, ' ')
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const LOOKUP = new Map<string, Province>([
  ...PROVINCES.map((p) => [key(p), p] as const),
  ...Object.entries(MERGED).map(([old, now]) => [key(old), now] as const),
  ...Object.entries(ALIASES),
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
