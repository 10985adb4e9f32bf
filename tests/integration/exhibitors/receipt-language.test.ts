import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocateBooth } from '../../../electron/services/exhibitors/allocations';
import { recordPayment, voidPayment } from '../../../electron/services/exhibitors/payments';
import { receiptPdf } from '../../../electron/services/print/receipt-pdf';
import { appReason } from '../../../shared/i18n/reasons';
import { readPdf } from '../print/pdf-reader';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

const textOf = async (base64: string) => (await readPdf(Buffer.from(base64, 'base64'))).map((p) => p.text).join('\n');
const VI_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]/iu;

describe('a receipt in one language', () => {
  it('says the app’s own void reason in the reader’s language, and the English one holds no Vietnamese but the data', async () => {
    const name = 'Hợp tác xã Gốm Chu Đậu';
    const e = addExhibitor(fair.db, name, { address: 'thôn Chu Đậu, xã Nam Sách, thành phố Hải Phòng' });
    const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id, status: 'confirmed' });
    const { payment } = recordPayment(fair.db, 'Lan', a.id, { amountDong: 1_500_000, paidOn: '2025-07-05', method: 'qr' });
    voidPayment(fair.db, 'Minh', { paymentId: payment.id, reason: appReason('cancelled') });

    const vi = await textOf((await receiptPdf(fair.db, payment.id, 'vi')).base64);
    expect(vi).toContain('Một triệu năm trăm nghìn đồng chẵn');
    expect(vi).toContain('ĐÃ HỦY – Ban Tổ chức hủy đặt gian (Minh)');
    expect(vi).toContain('Quét mã QR');

    const en = await textOf((await receiptPdf(fair.db, payment.id, 'en')).base64);
    expect(en).toContain('VOID – Cancelled by the organizer (Minh)');
    expect(en).toContain('QR scan');
    expect(en).toContain('5 July 2025');
    expect(en).toContain('VND 1,500,000');
    expect(en).toContain('One million five hundred thousand dong');
    const fairName = fair.db.prepare('SELECT name, organizer FROM fair').get() as { name: string; organizer: string };
    // What is left once the data (names, address) is set aside.
    let rest = en.normalize('NFC');
    for (const data of [name, 'thôn Chu Đậu, xã Nam Sách, thành phố Hải Phòng', fairName.name, fairName.organizer].filter(Boolean))
      rest = rest.split(data.normalize('NFC')).join(' ');
    expect(rest.split(/\s+/).filter((word) => VI_LETTER.test(word))).toEqual([]);
  });
});
