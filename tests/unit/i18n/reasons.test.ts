import { describe, expect, it } from 'vitest';
import { reasonIn } from '../../../shared/i18n';
import { appReason, readReason } from '../../../shared/i18n/reasons';

describe('reasons the app writes itself', () => {
  it('are stored as a code with values and said in the reader’s language', () => {
    const stored = appReason('transfer', { description: 'MBVCB.123 FFABCD A01 A02' });
    expect(readReason(stored)).toEqual({ code: 'transfer', values: { description: 'MBVCB.123 FFABCD A01 A02' } });
    expect(reasonIn('vi', stored)).toBe('Chuyển khoản: MBVCB.123 FFABCD A01 A02');
    expect(reasonIn('en', stored)).toBe('Bank transfer: MBVCB.123 FFABCD A01 A02');
    expect(reasonIn('en', appReason('cancelled'))).toBe('Cancelled by the organizer');
    expect(reasonIn('vi', appReason('cancelled'))).toBe('Ban Tổ chức hủy đặt gian');
  });

  it('keeps what a person typed as typed, in whatever language they typed it', () => {
    for (const typed of ['Nhập trùng', 'typed twice', 'app:notACode', 'Chuyển khoản giúp anh Hùng']) {
      expect(readReason(typed)).toBeNull();
      expect(reasonIn('en', typed)).toBe(typed);
      expect(reasonIn('vi', typed)).toBe(typed);
    }
    expect(reasonIn('vi', null)).toBe('');
  });

  it('reads the rows written before reasons were codes in the reader’s language too', () => {
    expect(reasonIn('vi', 'cancelled by organizer')).toBe('Ban Tổ chức hủy đặt gian');
    expect(reasonIn('en', 'Chuyển khoản: FFABCD A01')).toBe('Bank transfer: FFABCD A01');
    expect(reasonIn('en', 'Hủy trên điện thoại nhân viên')).toBe('Undone on the staff phone');
    expect(reasonIn('vi', 'Corrected by 3f2a')).toBe('Đã sửa: thay bằng lượt ghi mới');
    expect(reasonIn('en', 'Thay bằng tổng ngày')).toBe('Replaced by the day total');
  });

  it('a bank description with characters a query string treats specially comes back whole', () => {
    const description = 'CK 50% & phí=0 ? Nguyễn Văn A + B';
    expect(reasonIn('vi', appReason('transfer', { description }))).toBe(`Chuyển khoản: ${description}`);
  });
});
