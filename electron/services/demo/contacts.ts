import type { DemoExhibitor } from './exhibitors';

/** Wards and communes of the former Hải Dương province, part of Hải Phòng since the 2025 merger. */
export const FORMER_HAI_DUONG = new Set(['phường Hải Dương', 'phường Kinh Môn', 'xã Nam Sách', 'xã Ninh Giang', 'xã Thanh Hà']);

/** A street (or village) in each ward, for addresses written as offices write them. */
const STREETS: Record<string, string> = {
  'phường An Biên': 'Tô Hiệu',
  'phường An Hải': 'Lê Hồng Phong',
  'phường Gia Viên': 'Lạch Tray',
  'phường Hải An': 'Cát Bi',
  'phường Hải Dương': 'Trần Hưng Đạo',
  'phường Hồng Bàng': 'Hoàng Văn Thụ',
  'phường Kinh Môn': 'Nguyễn Đại Năng',
  'phường Kiến An': 'Trần Thành Ngọ',
  'phường Lê Chân': 'Hai Bà Trưng',
  'phường Ngô Quyền': 'Cầu Đất',
  'phường Thủy Nguyên': 'Bạch Đằng',
  'phường Đồ Sơn': 'Lý Thánh Tông',
  'xã An Lão': 'thôn Đông Tạc',
  'xã Kiến Thụy': 'thôn Cẩm Hoàn',
  'xã Nam Sách': 'thôn Chu Đậu',
  'xã Ninh Giang': 'đường Lạc Long Quân',
  'xã Thanh Hà': 'thôn Thúy Lâm',
  'xã Tiên Lãng': 'thôn Nam Tử',
  'xã Vĩnh Bảo': 'thôn Cổ Am',
  'đặc khu Cát Hải': 'đường Hà Sen',
};

/** The OCOP producers whose booth fee the city supports by half. */
export const OCOP_SUPPORT = new Set(['Hợp tác xã Mật ong Thủy Nguyên', 'Hộ kinh doanh Mắm rươi Tiên Lãng', 'Cơ sở Chiếu cói An Lão']);
export const OCOP_SUPPORT_REASON = 'Hỗ trợ 50% chủ thể OCOP';

const MOBILE = ['091', '098', '090', '093', '097', '036', '034', '086', '088', '094', '083', '039'];

/** A number from the index, spread over `digits` digits, the same on every laptop. */
const spread = (index: number, salt: number, digits: number) =>
  String((index * 7_919 + salt * 104_729 + 1_234_567) % 10 ** digits).padStart(digits, '0');

export const isHousehold = (e: DemoExhibitor) => e.legalName.startsWith('Hộ kinh doanh');

/** "Số 12 Hoàng Văn Thụ, phường Hồng Bàng, thành phố Hải Phòng". */
export function demoAddress(e: DemoExhibitor, index: number): string {
  const street = STREETS[e.ward] ?? '';
  const place = street.startsWith('thôn') ? street : `Số ${(index * 17) % 180 || 8} ${street}`;
  return `${place}, ${e.ward}, thành phố Hải Phòng`;
}

/** Mobile numbers mostly; the former Hải Dương's units keep their 0220 landlines, a few in the city their 0225 ones. */
export function demoPhone(e: DemoExhibitor, index: number): string {
  if (FORMER_HAI_DUONG.has(e.ward)) return `02203${spread(index, 1, 6)}`;
  if (index % 7 === 3) return `02253${spread(index, 2, 6)}`;
  return `${MOBILE[index % MOBILE.length]}${spread(index, 3, 7)}`;
}

/** The tenth digit of a Vietnamese tax code, or null when no check digit fits (such a code is never issued). */
export function taxCheckDigit(first9: string): number | null {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = [...first9].reduce((n, d, i) => n + Number(d) * weights[i]!, 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check === 11 ? 0 : check;
}

/**
 * Companies, cooperatives and facilities: a 10-digit code of the tax office where they registered
 * (02… Hải Phòng, 08… the former Hải Dương). Household businesses: the owner's 12-digit personal
 * identification number (031… born in Hải Phòng, 030… in Hải Dương).
 */
export function demoTaxCode(e: DemoExhibitor, index: number): string {
  const former = FORMER_HAI_DUONG.has(e.ward);
  if (isHousehold(e)) {
    const sexAndCentury = index % 2; // 0 a man, 1 a woman, born in the 1900s
    const born = String(60 + ((index * 7) % 35)).padStart(2, '0');
    return `${former ? '030' : '031'}${sexAndCentury}${born}${spread(index, 4, 6)}`;
  }
  for (let salt = 5; ; salt++) {
    const first9 = `${former ? '08' : '02'}0${spread(index, salt, 6)}`;
    const check = taxCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}
