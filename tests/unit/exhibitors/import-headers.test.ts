import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../electron/services/exhibitors/import/columns';

describe('import headers as fair officers write them', () => {
  it.each([
    ['Tên đơn vị tham gia', 'legalName'],
    ['TÊN DOANH NGHIỆP/HTX', 'legalName'],
    ['Tên doanh nghiệp / HTX', 'legalName'],
    ['Số ĐT', 'phone'],
    ['Điện thoại liên hệ', 'phone'],
    ['Di động', 'phone'],
    ['Họ và tên', 'contactPerson'],
    ['Sản phẩm tham gia', 'category'],
    ['Nhóm sản phẩm', 'category'],
    ['Mặt hàng', 'category'],
    ['Địa phương', 'province'],
    ['Tỉnh/TP', 'province'],
    ['Tỉnh / TP', 'province'],
    ['Sản phẩm OCOP', 'ocopStars'],
    ['  mã  số thuế ', 'taxCode'],
  ])('%j fills %s', (header, field) => {
    expect(suggestMapping([header])).toEqual({ [field]: 0 });
  });

  it('leaves the STT column unmapped', () => {
    expect(suggestMapping(['STT', 'Tên đơn vị tham gia'])).toEqual({ legalName: 1 });
  });
});
