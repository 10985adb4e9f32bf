import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocateBooth } from '../../../electron/services/exhibitors/allocations';
import { recordPayment, voidPayment } from '../../../electron/services/exhibitors/payments';
import { receiptPdf } from '../../../electron/services/print/receipt-pdf';
import { amountInWords } from '../../../shared/amount-words';
import { readPdf } from '../print/pdf-reader';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

const textOf = async (base64: string) => (await readPdf(Buffer.from(base64, 'base64'))).map((p) => p.text).join('\n');

describe('receipts (phiếu thu)', () => {
  it('numbers each payment from the fair’s sequence and prints payer, booth, amount in figures and words, method, collector, date', async () => {
    const e = addExhibitor(fair.db, 'Công ty TNHH Châu Long', { address: 'Số 12 Hoàng Văn Thụ, phường Hồng Bàng' });
    const amounts = [5_000, 1_500_000, 21_000_000, 1_005_000_000, 2_000_000_000];
    for (const [i, amount] of amounts.entries()) {
      const booth = fair.booth[`A${i + 1}`]!;
      const a = allocateBooth(fair.db, 't', { boothId: booth, exhibitorId: e.id, status: 'confirmed' });
      fair.db.prepare('UPDATE allocation SET fee_dong = ? WHERE id = ?').run(amount, a.id);
      const { payment } = recordPayment(fair.db, 'Nguyễn Thị Lan', a.id, {
        amountDong: amount,
        paidOn: '2025-07-05',
        method: i % 2 ? 'bank_transfer' : 'cash',
        payer: 'Trần Văn Hùng',
      });
      expect(payment.receiptNo).toBe(i + 1);
      const file = await receiptPdf(fair.db, payment.id, 'vi');
      expect(file.fileName).toMatch(/^PT-00000\d Công ty TNHH Châu Long\.pdf$/);
      const text = await textOf(file.base64);
      expect(text).toContain('PHIẾU THU');
      expect(text).toContain(`Số: PT-00000${i + 1}`);
      expect(text).toContain('Ngày 05 tháng 7 năm 2025');
      expect(text).toContain('Trần Văn Hùng');
      expect(text).toContain(`Nộp tiền thuê gian hàng A${i + 1}`);
      expect(text).toContain(`${new Intl.NumberFormat('vi-VN').format(amount)} đồng`);
      expect(text).toContain(amountInWords(amount));
      expect(text).toContain(i % 2 ? 'Chuyển khoản' : 'Tiền mặt');
      expect(text).toContain('Nguyễn Thị Lan');
    }
    expect(await textOf((await receiptPdf(fair.db, recordPaymentFor(), 'vi')).base64)).toContain('Một triệu năm trăm nghìn đồng chẵn');

    function recordPaymentFor(): string {
      const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A6!, exhibitorId: e.id, status: 'confirmed' });
      return recordPayment(fair.db, 'Lan', a.id, { amountDong: 1_500_000, paidOn: '2025-07-06', method: 'qr' }).payment.id;
    }
  });

  it('a voided payment’s receipt says so, with the reason', async () => {
    const e = addExhibitor(fair.db, 'HTX Gốm');
    const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id, status: 'confirmed' });
    const { payment } = recordPayment(fair.db, 'Lan', a.id, { amountDong: 500_000, paidOn: '2025-07-05', method: 'cash' });
    voidPayment(fair.db, 'Minh', { paymentId: payment.id, reason: 'Nhập nhầm' });
    const text = await textOf((await receiptPdf(fair.db, payment.id, 'vi')).base64);
    expect(text).toContain('ĐÃ HỦY – Nhập nhầm (Minh)');
    expect(await textOf((await receiptPdf(fair.db, payment.id, 'en')).base64)).toContain('RECEIPT');
  });
});
