/**
 * Reference data, not the app's words: the 34 provinces and centrally-run cities since 1 July 2025
 * (Resolution 202/2025/QH15), in the official order, with the official Vietnamese name (what is
 * stored and printed) and the name English text uses. Proper nouns are data: they are the same in
 * every UI language, so they live here rather than in a catalogue.
 */
export const PROVINCE_TABLE = [
  { vi: 'Hà Nội', en: 'Hanoi', city: true },
  { vi: 'Huế', en: 'Hue', city: true },
  { vi: 'Lai Châu', en: 'Lai Chau', city: false },
  { vi: 'Điện Biên', en: 'Dien Bien', city: false },
  { vi: 'Sơn La', en: 'Son La', city: false },
  { vi: 'Lạng Sơn', en: 'Lang Son', city: false },
  { vi: 'Quảng Ninh', en: 'Quang Ninh', city: false },
  { vi: 'Thanh Hóa', en: 'Thanh Hoa', city: false },
  { vi: 'Nghệ An', en: 'Nghe An', city: false },
  { vi: 'Hà Tĩnh', en: 'Ha Tinh', city: false },
  { vi: 'Cao Bằng', en: 'Cao Bang', city: false },
  { vi: 'Tuyên Quang', en: 'Tuyen Quang', city: false },
  { vi: 'Lào Cai', en: 'Lao Cai', city: false },
  { vi: 'Thái Nguyên', en: 'Thai Nguyen', city: false },
  { vi: 'Phú Thọ', en: 'Phu Tho', city: false },
  { vi: 'Bắc Ninh', en: 'Bac Ninh', city: false },
  { vi: 'Hưng Yên', en: 'Hung Yen', city: false },
  { vi: 'Hải Phòng', en: 'Hai Phong', city: true },
  { vi: 'Ninh Bình', en: 'Ninh Binh', city: false },
  { vi: 'Quảng Trị', en: 'Quang Tri', city: false },
  { vi: 'Đà Nẵng', en: 'Da Nang', city: true },
  { vi: 'Quảng Ngãi', en: 'Quang Ngai', city: false },
  { vi: 'Gia Lai', en: 'Gia Lai', city: false },
  { vi: 'Khánh Hòa', en: 'Khanh Hoa', city: false },
  { vi: 'Lâm Đồng', en: 'Lam Dong', city: false },
  { vi: 'Đắk Lắk', en: 'Dak Lak', city: false },
  { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City', city: true },
  { vi: 'Đồng Nai', en: 'Dong Nai', city: false },
  { vi: 'Tây Ninh', en: 'Tay Ninh', city: false },
  { vi: 'Cần Thơ', en: 'Can Tho', city: true },
  { vi: 'Vĩnh Long', en: 'Vinh Long', city: false },
  { vi: 'Đồng Tháp', en: 'Dong Thap', city: false },
  { vi: 'Cà Mau', en: 'Ca Mau', city: false },
  { vi: 'An Giang', en: 'An Giang', city: false },
] as const;

export type Province = (typeof PROVINCE_TABLE)[number]['vi'];

/** Provinces merged into another in 2025: old name → the province it is part of now. */
export const MERGED_PROVINCES: Record<string, Province> = {
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

/** Other ways people write the same places (folded: no accents, lower case). */
export const PROVINCE_ALIASES: Record<string, Province> = {
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

/** The name after "UBND thành phố" where it differs from the official one. */
export const PROVINCE_PLACE: Partial<Record<Province, string>> = { 'Thành phố Hồ Chí Minh': 'Hồ Chí Minh' };
