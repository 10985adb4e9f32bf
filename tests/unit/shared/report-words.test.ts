import { expect, it } from 'vitest';
import { normalizeProvince, PROVINCES, provinceIn, provinceOf } from '../../../shared/provinces';
import { changePercent, dongProse, placeDateLine } from '../../../shared/report/words';
import { unitTypeFromName } from '../../../shared/unit-type';

it('writes money as official prose: two decimals for tỷ', () => {
  expect(dongProse(1_283_500_000, 'vi')).toBe('1,28 tỷ đồng');
  expect(dongProse(1_200_000_000, 'vi')).toBe('1,2 tỷ đồng');
  expect(dongProse(25_000_000, 'vi')).toBe('25 triệu đồng');
  expect(dongProse(427_250_000, 'vi')).toBe('427,3 triệu đồng');
  expect(dongProse(500_000, 'vi')).toBe('500.000 đồng');
  expect(dongProse(1_283_500_000, 'en')).toBe('VND 1.28 billion');
});

it('writes the place-and-date line with the zero-padding of Decree 30', () => {
  expect(placeDateLine('Hải Phòng', '2025-07-08', 'vi')).toBe('Hải Phòng, ngày 08 tháng 7 năm 2025');
  expect(placeDateLine('Hà Nội', '2025-02-15', 'vi')).toBe('Hà Nội, ngày 15 tháng 02 năm 2025');
  expect(changePercent(120, 100, 'vi')).toBe('+20%');
  expect(changePercent(75, 100, 'vi')).toBe('-25%');
  expect(changePercent(1, 0, 'vi')).toBeNull();
});

it('knows the 34 provinces after the 2025 merger and the old names', () => {
  expect(PROVINCES).toHaveLength(34);
  expect(new Set(PROVINCES).size).toBe(34);
  expect(provinceOf('Hải Dương')).toBe('Hải Phòng');
  expect(provinceOf('tỉnh Hòa Bình')).toBe('Phú Thọ');
  expect(provinceOf('TP. HCM')).toBe('Thành phố Hồ Chí Minh');
  expect(provinceOf('Bà Rịa - Vũng Tàu')).toBe('Thành phố Hồ Chí Minh');
  expect(normalizeProvince('Vientiane')).toBe('Vientiane');
  expect(provinceIn('Sở Công Thương thành phố Hải Phòng')).toBe('Hải Phòng');
});

it('reads the legal form from the name', () => {
  expect(unitTypeFromName('Hợp tác xã Nước mắm Cát Hải')).toBe('cooperative');
  expect(unitTypeFromName('HTX Mây tre')).toBe('cooperative');
  expect(unitTypeFromName('CÔNG TY TNHH Thêu ren')).toBe('company');
  expect(unitTypeFromName('Hộ kinh doanh Bánh gai')).toBe('household');
  expect(unitTypeFromName('Cơ sở Sơn mài Lê Chân')).toBe('facility');
  expect(unitTypeFromName('Công nghệ Xanh')).toBeNull();
});
