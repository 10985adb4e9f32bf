import Database from 'better-sqlite3';
import i18next from 'i18next';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, ERROR_REASONS, reasonOf } from '../../shared/api/errors';
import { PlanChanges, type Booth, type PlanChangesInput } from '../../shared/model/plan';
import { defaults } from '../../shared/plan/records';
import { LATEST_VERSION } from '../../electron/db/migrations';
import { allocateBooth } from '../../electron/services/exhibitors/allocations';
import { recordPayment, refundPayment, voidPayment } from '../../electron/services/exhibitors/payments';
import { analyzeImport, runImport } from '../../electron/services/exhibitors/import/import';
import { applyPlanChanges } from '../../electron/services/planChanges';
import { resources } from '../../renderer/i18n/resources';
import { explainError } from '../../renderer/ui/notices';
import { refusal } from '../helpers/refusal';
import { addExhibitor, makeFair, type TestFair } from './exhibitors/fixture';
import { makeCsv } from './exhibitors/sheets';

/**
 * A refusal from the main side, as the Vietnamese window says it: the reason's sentence from the
 * catalogue, with what to do — never the main side's English, never only the general sentence of its code.
 */
type T = (key: string, values?: Record<string, string | number>) => string;
let vi: T;
let en: T;
async function translator(language: 'vi' | 'en'): Promise<T> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, defaultNS: 'common', ns: Object.keys(resources.en), interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as T;
}
beforeAll(async () => {
  vi = await translator('vi');
  en = await translator('en');
});

const generic = (e: ApiError, t: T) => t(`common:errors.${e.code}`);
/** The Vietnamese sentence, after checking it is the reason's own and not English or the code's sentence. */
function inVietnamese(e: ApiError): string {
  expect(reasonOf(e), e.message).not.toBeNull();
  const text = explainError(e, 'vi', vi);
  expect(text).not.toBe(generic(e, vi));
  expect(text).not.toBe(e.message);
  expect(text).toMatch(/Hãy|hãy/);
  return text;
}
const asyncRefusal = async (fn: () => Promise<unknown>): Promise<ApiError> => {
  try {
    await fn();
  } catch (error) {
    if (ApiError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

describe('every reason has its sentence', () => {
  it('in both languages, each one distinct from the general sentence of its code', () => {
    for (const reason of ERROR_REASONS) {
      for (const t of [vi, en]) {
        const text = t(`common:errors.reasons.${reason}`, { count: 2 });
        expect(text, reason).not.toContain('errors.reasons');
        expect(text, reason).not.toBe('');
      }
    }
  });
});

describe('refusals in the Vietnamese window', () => {
  const booth = (id: string, number: string, xM: number, extra: Partial<Booth> = {}): Booth => ({
    ...defaults.booth(id, 'area-1', number, { xM, yM: 1 }),
    ...extra,
  });
  const plan = (input: PlanChangesInput) => () => applyPlanChanges(fair.db, 'tester', PlanChanges.parse(input));

  it('the plan: a number taken, a booth outside its area, a booth larger than its area', () => {
    expect(inVietnamese(refusal(plan({ added: { booths: [booth('n1', 'A1', 40)] } })))).toBe(
      'Số gian A1 đã được dùng cho một gian khác. Hãy chọn số khác; chưa có gì được lưu.',
    );
    expect(inVietnamese(refusal(plan({ added: { booths: [booth('n2', 'B1', 58.5)] } })))).toBe(
      'Gian B1 sẽ nằm ngoài khu vực của gian. Hãy đưa gian vào trong khu vực hoặc mở rộng khu vực; chưa có gì được lưu.',
    );
    expect(inVietnamese(refusal(plan({ added: { booths: [booth('n3', 'B2', 0, { widthM: 70 })] } })))).toBe(
      'Gian B2 lớn hơn khu vực “Sân”. Hãy thu nhỏ gian hoặc mở rộng khu vực; chưa có gì được lưu.',
    );
  });

  it('bookings: a booth just taken, a booth not for rent, a stale write', () => {
    const first = addExhibitor(fair.db, 'HTX Gốm Chu Đậu');
    const second = addExhibitor(fair.db, 'Hộ kinh doanh Nguyễn Văn An');
    const held = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: first.id, status: 'confirmed' });
    expect(
      explainError(
        refusal(() => allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: second.id })),
        'vi',
        vi,
      ),
    ).toBe('Gian A1 vừa được HTX Gốm Chu Đậu đặt. Không có gì bị thay đổi.');
    expect(inVietnamese(refusal(() => allocateBooth(fair.db, 't', { boothId: fair.booth.S1!, exhibitorId: second.id })))).toBe(
      'Gian S1 đang đặt là “Không cho thuê”. Hãy đổi loại gian ở mục Mặt bằng trước khi xếp đơn vị.',
    );
    const stale = refusal(() =>
      recordPayment(fair.db, 't', held.id, {
        amountDong: 1_000,
        paidOn: '2026-07-01',
        method: 'cash',
        expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(inVietnamese(stale)).toBe('Gian A1 vừa có thay đổi (có khoản thu hoặc chỉnh sửa ở cửa sổ khác). Hãy xem lại rồi thử lại.');
  });

  it('money: a refund above what the booking holds (said in the form), a payment voided twice', () => {
    const e = addExhibitor(fair.db, 'HTX Gốm Chu Đậu');
    const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: e.id, status: 'confirmed' });
    const { payment } = recordPayment(fair.db, 't', a.id, { amountDong: 2_000_000, paidOn: '2026-07-01', method: 'cash' });
    const over = refusal(() =>
      refundPayment(fair.db, 't', {
        allocationId: a.id,
        method: 'cash',
        reason: 'Giảm diện tích',
        paidOn: '2026-07-01',
        amountDong: 2_000_001,
      }),
    );
    // The payment form says a refused rule in place, from its own catalogue (the rule named in the issue).
    const rule = (over.details as { issues: { message: string }[] }).issues[0]!.message;
    expect(rule).toBe('refundTooLarge');
    expect(vi(`exhibitors:ledger.rules.${rule}`)).toBe('Lớn hơn số đã nộp cho lượt đặt gian này. Hãy nhập số không quá số đã nộp.');
    expect(vi(`exhibitors:ledger.rules.${rule}`)).not.toContain('ledger.rules');
    voidPayment(fair.db, 'Minh', { paymentId: payment.id, reason: 'Nhập nhầm gian' });
    const again = refusal(() => voidPayment(fair.db, 'Lan', { paymentId: payment.id, reason: 'lại' }));
    expect(explainError(again, 'vi', vi)).toBe('Khoản thu này đã được Minh hủy.');
  });

  it('imports: rows at fault, no name column', async () => {
    const file = makeCsv([
      ['Tên đơn vị', 'Số điện thoại'],
      ['HTX Gốm', '123'],
      ['', '0912345678'],
    ]);
    const analysis = await analyzeImport(fair.db, file, 'x.csv');
    const rows = await asyncRefusal(() => runImport(fair.db, 't', file, 'x.csv', analysis.mapping, 'skip'));
    expect(inVietnamese(rows)).toBe('Có 2 lỗi trong tệp. Hãy sửa tệp rồi nhập lại; chưa có dòng nào được nhập.');
    expect(explainError(rows, 'en', en)).toBe('2 problems in the file. Fix the file and import it again; no row was imported.');
    const noName = await asyncRefusal(() => runImport(fair.db, 't', file, 'x.csv', { phone: 1 }, 'skip'));
    expect(inVietnamese(noName)).toBe('Hãy chọn cột chứa tên đơn vị tham gia rồi nhập lại.');
  });

  it('the list of fairs: a file from a newer FairFloor, a file that is not a fair', async () => {
    const { id } = fair.library.create(
      { name: 'Hội chợ mới', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' },
      't',
    );
    fair.library.closeAll();
    const path = fair.library.pathOf(id);
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const newer = await asyncRefusal(() => fair.library.openFair(id));
    expect(newer.code).toBe('FAIR_TOO_NEW');
    expect(inVietnamese(newer)).toBe(
      `Hội chợ này được lưu bằng phiên bản FairFloor mới hơn (tệp phiên bản ${LATEST_VERSION + 1}; FairFloor này đọc được đến ${LATEST_VERSION}). Hãy cập nhật FairFloor để mở; tệp vẫn được giữ nguyên.`,
    );
    writeFileSync(path, 'không phải hội chợ');
    const notFair = await asyncRefusal(() => fair.library.openFair(id));
    expect(notFair.code).toBe('FILE_INVALID');
    expect(inVietnamese(notFair)).toBe('Tệp này không phải hội chợ FairFloor. Hãy chọn tệp .fairfloor; không có gì bị thay đổi.');
  });
});
