import { defineMessages } from './define';

/**
 * Reasons and notes the app writes itself (a correction's void, a cancellation without a reason, a
 * bank transfer's note): stored as a code with its values, said in the reader's language. What a
 * person typed is stored and shown as typed.
 */
export const reasons = defineMessages(
  {
    corrected: 'Corrected: replaced by a new entry',
    otherCounting: 'Replaced by the other way of counting',
    dayTotal: 'Replaced by the day total',
    dayTotalUndone: 'Day total undone',
    cancelled: 'Cancelled by the organizer',
    transfer: 'Bank transfer: {{description}}',
    undone: 'Undone right after entry',
    gridUndone: 'Grid change undone',
    phoneUndo: 'Undone on the staff phone',
    phoneCorrect: 'Corrected on the staff phone',
    phoneUndoCorrection: 'Correction undone on the staff phone',
  },
  {
    corrected: 'Đã sửa: thay bằng lượt ghi mới',
    otherCounting: 'Thay bằng cách đếm khác',
    dayTotal: 'Thay bằng tổng doanh thu cả ngày',
    dayTotalUndone: 'Hủy nhập tổng doanh thu cả ngày',
    cancelled: 'Ban Tổ chức hủy đặt gian',
    transfer: 'Chuyển khoản: {{description}}',
    undone: 'Hoàn tác ngay sau khi nhập',
    gridUndone: 'Hoàn tác thay đổi trong bảng',
    phoneUndo: 'Hủy trên điện thoại nhân viên',
    phoneCorrect: 'Sửa trên điện thoại nhân viên',
    phoneUndoCorrection: 'Hoàn tác bản sửa trên điện thoại nhân viên',
  },
);

export type ReasonCode = keyof typeof reasons.en;
const CODES = Object.keys(reasons.en) as ReasonCode[];
const PREFIX = 'app:';

/** What the app stores for a reason of its own: `app:transfer?description=…`, read back by `readReason`. */
export function appReason(code: ReasonCode, values: Record<string, string> = {}): string {
  const query = new URLSearchParams(values).toString();
  return `${PREFIX}${code}${query ? `?${query}` : ''}`;
}

/** Rows written before reasons were codes: the app's old fixed wording, in either language. */
const LEGACY: [RegExp, ReasonCode, string?][] = [
  [/^Corrected by (.+)$/, 'corrected', 'sale'],
  [/^Replaced by the other way of counting$/, 'otherCounting'],
  [/^(Replaced by the day total|Thay bằng tổng ngày)$/, 'dayTotal'],
  [/^Day total undone$/, 'dayTotalUndone'],
  [/^cancelled by organizer$/, 'cancelled'],
  [/^Chuyển khoản: ([\s\S]*)$/, 'transfer', 'description'],
  [/^(Undone right after entry|Hoàn tác ngay sau khi nhập)$/, 'undone'],
  [/^(Grid change undone|Hoàn tác thay đổi trong bảng)$/, 'gridUndone'],
  [/^(Corrected|Đã sửa)$/, 'corrected'],
  [/^(Undone on the staff phone|Hủy trên điện thoại nhân viên)$/, 'phoneUndo'],
  [/^(Corrected on the staff phone|Sửa trên điện thoại nhân viên)$/, 'phoneCorrect'],
];

/** The code and values of a reason the app wrote, or null for a reason a person typed. */
export function readReason(stored: string): { code: ReasonCode; values: Record<string, string> } | null {
  if (stored.startsWith(PREFIX)) {
    const [code, query = ''] = stored.slice(PREFIX.length).split(/\?(.*)/s) as [string, string?];
    if ((CODES as string[]).includes(code)) return { code: code as ReasonCode, values: Object.fromEntries(new URLSearchParams(query)) };
    return null;
  }
  for (const [pattern, code, name] of LEGACY) {
    const m = pattern.exec(stored);
    if (m) return { code, values: name ? { [name]: m[1] ?? '' } : {} };
  }
  return null;
}

/** A stored reason as the reader should see it: the app's own in the reader's language, a person's as typed. */
export function sayReason(stored: string | null | undefined, t: (key: ReasonCode, values: Record<string, string>) => string): string {
  if (!stored) return '';
  const r = readReason(stored);
  return r ? t(r.code, r.values) : stored;
}
