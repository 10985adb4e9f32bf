import { defineMessages } from './define';

/**
 * One word per concept, the same on screen, in the PDFs and in the sheets: the screens' catalogues
 * and the main process's printed and exported words take these entries rather than spelling them again.
 */
export const vocabulary = defineMessages(
  {
    statuses: { free: 'Free', held: 'Held', reserved: 'Reserved', confirmed: 'Confirmed', paid: 'Paid', cancelled: 'Cancelled' },
    boothTypes: {
      inline: 'Inline (1 open side)',
      corner: 'Corner (2 open sides)',
      peninsula: 'Peninsula (3 open sides)',
      island: 'Island (4 open sides)',
    },
    kinds: { standard: 'Standard', food: 'Food stall', zero_dong: 'Zero-dong booth', sponsor: 'Sponsor', non_sellable: 'Not for rent' },
    methods: { cash: 'Cash', bank_transfer: 'Bank transfer', qr: 'QR scan' },
    category: 'Product category',
    uncategorized: '(uncategorised)',
    entries_one: '{{count}} entry',
    entries_other: '{{count}} entries',
    shortName: 'Short name (on the map)',
    balance: 'Still to collect (đồng)',
    dongShort: { billion: '{{n}} billion VND', million: '{{n}} million VND', thousand: '{{n}} thousand VND' },
  },
  {
    statuses: {
      free: 'Còn trống',
      held: 'Giữ chỗ',
      reserved: 'Đã đăng ký',
      confirmed: 'Đã xác nhận',
      paid: 'Đã thanh toán',
      cancelled: 'Đã hủy',
    },
    boothTypes: {
      inline: 'Gian 1 mặt thoáng',
      corner: 'Gian góc (2 mặt thoáng)',
      peninsula: 'Gian 3 mặt thoáng',
      island: 'Gian đảo (4 mặt thoáng)',
    },
    kinds: {
      standard: 'Gian tiêu chuẩn',
      food: 'Gian ẩm thực',
      zero_dong: 'Gian hàng 0 đồng',
      sponsor: 'Gian nhà tài trợ',
      non_sellable: 'Không cho thuê',
    },
    methods: { cash: 'Tiền mặt', bank_transfer: 'Chuyển khoản', qr: 'Quét mã QR' },
    category: 'Ngành hàng',
    uncategorized: '(chưa phân loại)',
    entries_one: '{{count}} lượt ghi',
    entries_other: '{{count}} lượt ghi',
    shortName: 'Tên gọi tắt (in trên sơ đồ)',
    balance: 'Còn phải thu (đồng)',
    dongShort: { billion: '{{n}} tỷ đồng', million: '{{n}} triệu đồng', thousand: '{{n}} nghìn đồng' },
  },
);
