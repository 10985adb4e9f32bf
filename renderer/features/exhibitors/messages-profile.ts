import { defineMessages } from '../../i18n/define';

/** What the Department's report counts: legal form, province after the 2025 merger, OCOP products. */
export const profileMessages = defineMessages(
  {
    profile: {
      unitType: 'Type of unit',
      unitTypeGuess: 'Read from the name',
      unitTypes: {
        none: '(not said)',
        company: 'Company',
        cooperative: 'Cooperative',
        household: 'Household business',
        facility: 'Production facility',
      },
      province: 'Province / city',
      provinceNone: '(not chosen)',
      provinceOther: '{{name}} (not one of the 34)',
      ocop: {
        title: 'OCOP products (stars)',
        none: 'No OCOP products.',
        name: 'Product',
        stars: 'Stars',
        year: 'Certified in',
        add: 'Add OCOP product',
        remove: 'Remove {{name}}',
        starsOption: '{{count}} stars',
        rules: { name: 'Name the product.' },
      },
    },
  },
  {
    profile: {
      unitType: 'Loại hình đơn vị',
      unitTypeGuess: 'Theo tên đơn vị',
      unitTypes: {
        none: '(chưa xác định)',
        company: 'Doanh nghiệp',
        cooperative: 'Hợp tác xã',
        household: 'Hộ kinh doanh',
        facility: 'Cơ sở sản xuất',
      },
      province: 'Tỉnh/thành phố',
      provinceNone: '(chưa chọn)',
      provinceOther: '{{name}} (không thuộc 34 tỉnh, thành)',
      ocop: {
        title: 'Sản phẩm OCOP (số sao)',
        none: 'Không có sản phẩm OCOP.',
        name: 'Tên sản phẩm',
        stars: 'Số sao',
        year: 'Năm công nhận',
        add: 'Thêm sản phẩm OCOP',
        remove: 'Xóa {{name}}',
        starsOption: '{{count}} sao',
        rules: { name: 'Hãy nhập tên sản phẩm.' },
      },
    },
  },
);
