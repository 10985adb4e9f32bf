import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { FairBank } from '../../../shared/model/transfers';
import { crc16, fairMemoCode, paymentMemo } from '../../../shared/vietqr';
import { listAllocations } from '../../../electron/services/exhibitors/allocations';
import { getFairBank, setFairBank } from '../../../electron/services/transfers/bank';
import { listPaymentsDue } from '../../../electron/services/transfers/due';
import { analyzeStatement, confirmTransfers } from '../../../electron/services/transfers/record';
import { paymentRequestPdf } from '../../../electron/services/transfers/request-pdf';
import { allText, readPdf } from '../print/pdf-reader';
import { useDemoFair } from '../sales/helpers';

const BANK = { bin: '970436', accountNumber: '0011001234567', accountName: 'SO CONG THUONG TP HAI PHONG' };
const csv = (rows: string[][]) => ({
  fileName: 'sao-ke.csv',
  mimeType: 'text/csv',
  base64: Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'), 'utf8').toString('base64'),
});
const HEADER = ['Ngày giao dịch', 'Số tham chiếu', 'Nội dung', 'Ghi nợ', 'Ghi có'];

async function refusal(work: () => Promise<unknown>): Promise<ApiError> {
  try {
    await work();
  } catch (error) {
    if (ApiError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('bank transfers', () => {
  const fair = useDemoFair();
  const paymentCount = () => (fair.db().prepare('SELECT count(*) AS n FROM payment').get() as { n: number }).n;

  it('keeps the fair’s account; the contract refuses a BIN or account a bank would not take', () => {
    expect(getFairBank(fair.db())).toBeNull();
    expect(setFairBank(fair.db(), BANK, 'Lan')).toEqual(BANK);
    expect(FairBank.safeParse({ ...BANK, bin: '97043' }).success).toBe(false);
    expect(FairBank.safeParse({ ...BANK, accountNumber: '0011-00' }).success).toBe(false);
    expect(FairBank.safeParse({ ...BANK, accountName: ' ' }).success).toBe(false);
  });

  it('writes a payment request whose QR code, rendered from the PDF page, scans back to the VietQR payload', async () => {
    const db = fair.db();
    const due = listPaymentsDue(db, fair.fairId());
    expect(due.length).toBeGreaterThan(0);
    const who = due[0]!;
    expect(await refusal(() => paymentRequestPdf(db, fair.fairId(), who.exhibitorId, 'vi'))).toMatchObject({ code: 'VALIDATION' });
    setFairBank(db, BANK, 'Lan');
    const pdf = await paymentRequestPdf(db, fair.fairId(), who.exhibitorId, 'vi');
    expect(pdf.dueDong).toBe(who.dueDong);
    expect(pdf.memo).toBe(who.memo);
    const text = allText(await readPdf(pdf.bytes));
    expect(text).toContain('GIẤY ĐỀ NGHỊ THANH TOÁN PHÍ GIAN HÀNG');
    expect(text).toContain(BANK.accountNumber);
    expect(text).toContain('Vietcombank');
    expect(text).toContain(who.memo);
    expect(text).toContain(new Intl.NumberFormat('vi-VN').format(who.dueDong));
    for (const booth of who.boothNumbers) expect(text).toContain(booth);

    const path = join(fair.dir(), 'request.pdf');
    writeFileSync(path, pdf.bytes);
    const rendered = spawnSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path, join(fair.dir(), 'page')]);
    expect(rendered.status).toBe(0);
    const png = PNG.sync.read(readFileSync(join(fair.dir(), 'page.png')));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(pdf.payload);
    expect(code!.data.slice(-4)).toBe(crc16(code!.data.slice(0, -4)));
    expect(code!.data).toContain(`54${String(who.dueDong).length.toString().padStart(2, '0')}${who.dueDong}`);
    expect(code!.data).toContain('0010A000000727');
  });

  it('proposes the payments a statement’s memo codes name, records only what is confirmed, and never twice', async () => {
    const db = fair.db();
    const [first, second] = listPaymentsDue(db, fair.fairId());
    const ours = fairMemoCode(fair.fairId());
    const deposit = Math.min(1_000_000, first!.dueDong);
    const file = csv([
      ['SAO KÊ TÀI KHOẢN', '', '', '', ''],
      HEADER,
      [
        '05/07/2025',
        'FT001',
        `MBVCB.1234.${first!.exhibitorName}.${paymentMemo(fair.fairId(), first!.boothNumbers)} CT tu 0123`,
        '',
        deposit.toLocaleString('vi-VN'),
      ],
      ['05/07/2025', 'FT002', `${paymentMemo(fair.fairId(), second!.boothNumbers)}`, '', `${second!.dueDong + 1}`],
      ['06/07/2025', 'FT003', `FF${ours === 'ABCD' ? 'ABCE' : 'ABCD'} ${second!.boothNumbers[0]}`, '', '500.000'],
      ['06/07/2025', 'FT004', 'Lai tien gui', '', '12.000'],
      ['06/07/2025', 'FT005', 'Phi SMS', '11.000', ''],
    ]);
    const before = paymentCount();
    const analysis = await analyzeStatement(db, { fairId: fair.fairId(), file });
    expect(paymentCount()).toBe(before);
    expect(analysis.creditLines).toBe(4);
    expect(analysis.unrelated).toBe(1);
    expect(analysis.proposals).toHaveLength(1);
    expect(analysis.proposals[0]).toMatchObject({ row: 3, paidOn: '2025-07-05', amountDong: deposit, exhibitorId: first!.exhibitorId });
    expect(analysis.proposals[0]!.payments.reduce((n, p) => n + p.amountDong, 0)).toBe(deposit);
    expect(analysis.problems.map((p) => [p.row, p.problem])).toEqual([
      [4, 'moreThanDue'],
      [5, 'otherFair'],
    ]);

    const result = await confirmTransfers(
      db,
      { fairId: fair.fairId(), file, mapping: analysis.mapping, keys: [analysis.proposals[0]!.key] },
      'Lan',
    );
    expect(result).toEqual({ recorded: 1, totalDong: deposit });
    expect(paymentCount()).toBe(before + analysis.proposals[0]!.payments.length);
    const owed = listAllocations(db, { exhibitorId: first!.exhibitorId }).reduce((n, a) => n + a.balanceDong, 0);
    expect(owed).toBe(first!.dueDong - deposit);

    const again = await analyzeStatement(db, { fairId: fair.fairId(), file });
    expect(again.proposals).toHaveLength(0);
    expect(again.problems[0]).toMatchObject({ row: 3, problem: 'alreadyRecorded' });
    const twice = await refusal(() =>
      confirmTransfers(db, { fairId: fair.fairId(), file, mapping: analysis.mapping, keys: [analysis.proposals[0]!.key] }, 'Lan'),
    );
    expect(twice.code).toBe('CONFLICT');
    expect(paymentCount()).toBe(before + analysis.proposals[0]!.payments.length);
  });

  it('reads an .xlsx statement and refuses a file that is not a statement, recording nothing', async () => {
    const db = fair.db();
    const [who] = listPaymentsDue(db, fair.fairId());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sao kê');
    sheet.addRow(['Transaction date / Ngày GD', 'Description / Diễn giải', 'Credit / Ghi có', 'Reference']);
    sheet.addRow([new Date(Date.UTC(2025, 6, 6)), `IBFT ${who!.memo}`, who!.dueDong, 'X1']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const analysis = await analyzeStatement(db, {
      fairId: fair.fairId(),
      file: { fileName: 'statement.xlsx', mimeType: 'application/octet-stream', base64: xlsx.toString('base64') },
    });
    expect(analysis.proposals).toEqual([expect.objectContaining({ paidOn: '2025-07-06', amountDong: who!.dueDong, key: 'ref:X1' })]);

    const before = paymentCount();
    const notStatement = csv([
      ['Tên đơn vị', 'Điện thoại'],
      ['HTX Một', '0912345678'],
    ]);
    const refused = await refusal(() => analyzeStatement(db, { fairId: fair.fairId(), file: notStatement }));
    expect(refused).toMatchObject({ code: 'FILE_INVALID', details: { reason: 'notStatement' } });
    const image = { fileName: 'anh.png', mimeType: 'image/png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64') };
    expect((await refusal(() => analyzeStatement(db, { fairId: fair.fairId(), file: image }))).code).toBe('FILE_INVALID');
    expect(paymentCount()).toBe(before);
  });
});
