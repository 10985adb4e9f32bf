import { expect, it } from 'vitest';
import { EMPTY_FILTER, filterDirectory } from '../../../shared/model/exhibitor-directory';
import type { Exhibitor } from '../../../shared/model/exhibitor';

const row = (legalName: string, extra: Partial<Exhibitor> = {}): Exhibitor => ({
  id: legalName,
  legalName,
  shortName: '',
  contactPerson: '',
  phone: '',
  email: '',
  address: '',
  province: '',
  taxCode: '',
  category: '',
  unitType: null,
  ocopProducts: [],
  ocopStars: null,
  notes: '',
  createdAt: '',
  updatedAt: '',
  boothIds: [],
  boothNumbers: [],
  statuses: [],
  balanceDong: 0,
  creditDong: 0,
  ...extra,
});

const rows = [
  row('HTX Nước mắm Cát Hải', { province: 'Hải Phòng', ocopStars: 5, category: 'Thực phẩm', statuses: ['paid'], boothNumbers: ['A02'] }),
  row('Công ty Gốm Chu Đậu', { province: 'Hải Dương', ocopStars: 4, category: 'Thủ công', statuses: ['held'], boothNumbers: ['A01'] }),
  row('Hộ kinh doanh Đan len', { province: 'Hải Phòng', category: 'Thủ công' }),
];

it('searches without accents, every word', () => {
  expect(filterDirectory(rows, { ...EMPTY_FILTER, search: 'hai phong' }).map((e) => e.id)).toEqual([rows[0]!.id, rows[2]!.id]);
  expect(filterDirectory(rows, { ...EMPTY_FILTER, search: 'chu dau' })).toHaveLength(1);
  expect(filterDirectory(rows, { ...EMPTY_FILTER, search: 'DAN LEN hai' })).toHaveLength(1);
});

it('filters by category, province, OCOP stars and status', () => {
  expect(filterDirectory(rows, { ...EMPTY_FILTER, category: 'Thủ công', province: 'Hải Phòng' }).map((e) => e.legalName)).toEqual([
    'Hộ kinh doanh Đan len',
  ]);
  expect(filterDirectory(rows, { ...EMPTY_FILTER, ocop: 'none' })).toHaveLength(1);
  expect(filterDirectory(rows, { ...EMPTY_FILTER, ocop: '5' })[0]!.legalName).toContain('Cát Hải');
  expect(filterDirectory(rows, { ...EMPTY_FILTER, status: 'none' })).toHaveLength(1);
  expect(filterDirectory(rows, { ...EMPTY_FILTER, status: 'held' })[0]!.legalName).toContain('Chu Đậu');
});

it('sorts by a column, Vietnamese order, either way', () => {
  const byBooth = filterDirectory(rows, EMPTY_FILTER, { key: 'booths', descending: false }).map((e) => e.boothNumbers[0] ?? '-');
  expect(byBooth).toEqual(['A01', 'A02', '-']);
  const byStars = filterDirectory(rows, EMPTY_FILTER, { key: 'ocopStars', descending: true }).map((e) => e.ocopStars);
  expect(byStars).toEqual([5, 4, null]);
});
