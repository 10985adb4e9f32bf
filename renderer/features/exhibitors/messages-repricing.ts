import { defineMessages } from '../../i18n/define';

/** Bookings whose fee no longer matches the booth's price: re-price or keep. */
export const repricingMessages = defineMessages(
  {
    repricing: {
      open: 'Fees to review ({{count}})',
      title: 'Booking fees that differ from booth prices',
      intro:
        'These bookings were agreed at a fee that differs from what their booth costs now. Re-price them to the current price, or keep the agreed fee. Payments already received stay as they are; the balance follows.',
      emptyTitle: 'Every booking’s fee matches its booth’s price.',
      emptyBody: 'When booth prices change after booths are booked, the bookings concerned appear here to re-price or keep.',
      pickAll: 'Select all',
      pick: 'Select booth {{booth}}',
      booth: 'Booth',
      exhibitor: 'Exhibitor',
      status: 'Status',
      fee: 'Agreed fee',
      price: 'Price now',
      difference: 'Difference',
      note: 'Note',
      paidStays: '{{held}} received stays',
      blocked: {
        paidAbove: '{{held}} already received, more than the new price: refund first, or keep',
        discountAbove: 'Its discount exceeds the new price: change the discount, or keep',
      },
      keepSelected: 'Keep fee ({{count}})',
      repriceSelected: 'Re-price selected ({{count}})',
      repriceAll: 'Re-price all ({{count}})',
      repriced: '{{count}} booking(s) re-priced.',
      kept: '{{count}} booking(s) keep their agreed fee.',
      afterPricing: '{{count}} booking(s) now differ from the new prices: review them.',
    },
  },
  {
    repricing: {
      open: 'Phí cần xem lại ({{count}})',
      title: 'Phí đặt gian khác giá gian hiện tại',
      intro:
        'Các đặt gian này đã thoả thuận mức phí khác với giá gian hiện nay. Hãy tính lại theo giá mới, hoặc giữ phí đã thoả thuận. Các khoản đã thu giữ nguyên; số còn nợ tính lại theo phí.',
      emptyTitle: 'Phí của mọi đặt gian đều khớp giá gian.',
      emptyBody: 'Khi giá gian thay đổi sau khi đã có đơn vị đặt, các đặt gian liên quan sẽ hiện ở đây để tính lại hoặc giữ phí.',
      pickAll: 'Chọn tất cả',
      pick: 'Chọn gian {{booth}}',
      booth: 'Gian',
      exhibitor: 'Đơn vị',
      status: 'Trạng thái',
      fee: 'Phí đã thoả thuận',
      price: 'Giá hiện tại',
      difference: 'Chênh lệch',
      note: 'Ghi chú',
      paidStays: 'Giữ nguyên {{held}} đã thu',
      blocked: {
        paidAbove: 'Đã thu {{held}}, nhiều hơn giá mới: hoàn tiền trước, hoặc giữ phí',
        discountAbove: 'Mức giảm lớn hơn giá mới: sửa mức giảm, hoặc giữ phí',
      },
      keepSelected: 'Giữ phí ({{count}})',
      repriceSelected: 'Tính lại gian đã chọn ({{count}})',
      repriceAll: 'Tính lại tất cả ({{count}})',
      repriced: 'Đã tính lại phí {{count}} đặt gian.',
      kept: '{{count}} đặt gian giữ phí đã thoả thuận.',
      afterPricing: '{{count}} đặt gian nay khác giá mới: hãy xem lại.',
    },
  },
);
