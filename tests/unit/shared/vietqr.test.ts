import { describe, expect, it } from 'vitest';
import { BANKS } from '../../../shared/banks';
import { crc16, fairMemoCode, findMemo, memoText, paymentMemo, vietQrPayload } from '../../../shared/vietqr';

/** An independent reading of EMVCo TLV: id, length, value, repeated; nested where the spec nests. */
function decode(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const id = text.slice(i, i + 2);
    const length = Number.parseInt(text.slice(i + 2, i + 4), 10);
    expect(Number.isNaN(length)).toBe(false);
    fields.set(id, text.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  expect(i).toBe(text.length);
  return fields;
}

/** CRC-16/CCITT-FALSE written the table-free textbook way, bit by bit over a string of bits. */
function referenceCrc(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = (crc >> 15) & 1;
      const incoming = (byte >> bit) & 1;
      crc = (crc << 1) & 0xffff;
      if (top ^ incoming) crc ^= 0x1021;
    }
  }
  return crc;
}

describe('VietQR payload', () => {
  it('CRC-16/CCITT-FALSE gives the published check value of "123456789"', () => {
    expect(crc16('123456789')).toBe('29B1');
    expect(referenceCrc('123456789')).toBe(0x29b1);
  });

  it('carries NAPAS GUID, BIN, account, service, currency, amount, country and memo; its CRC checks', () => {
    const payload = vietQrPayload({ bin: '970436', accountNumber: '0011001234567', amountDong: 1_500_000, memo: 'FFK7QX A01 A02' });
    const top = decode(payload);
    expect(top.get('00')).toBe('01');
    expect(top.get('01')).toBe('12');
    const account = decode(top.get('38')!);
    expect(account.get('00')).toBe('A000000727');
    expect(account.get('02')).toBe('QRIBFTTA');
    const beneficiary = decode(account.get('01')!);
    expect(beneficiary.get('00')).toBe('970436');
    expect(beneficiary.get('01')).toBe('0011001234567');
    expect(top.get('53')).toBe('704');
    expect(top.get('54')).toBe('1500000');
    expect(top.get('58')).toBe('VN');
    expect(decode(top.get('62')!).get('08')).toBe('FFK7QX A01 A02');
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(Number.parseInt(top.get('63')!, 16)).toBe(referenceCrc(payload.slice(0, -4)));
    // Fields come in ascending id order, 63 last.
    expect([...top.keys()]).toEqual(['00', '01', '38', '53', '54', '58', '62', '63']);
  });

  it('leaves the amount out of a static code and refuses what a bank would not take', () => {
    const top = decode(vietQrPayload({ bin: '970422', accountNumber: '123', amountDong: 0, memo: '' }));
    expect(top.get('01')).toBe('11');
    expect(top.has('54')).toBe(false);
    expect(top.has('62')).toBe(false);
    expect(() => vietQrPayload({ bin: '97042', accountNumber: '123', amountDong: 1, memo: '' })).toThrow(/BIN/);
    expect(() => vietQrPayload({ bin: '970422', accountNumber: '12-3', amountDong: 1, memo: '' })).toThrow(/account/);
    expect(() => vietQrPayload({ bin: '970422', accountNumber: '123', amountDong: 1.5, memo: '' })).toThrow(/whole/);
  });

  it('memos are upper-case ASCII within 25 characters; the fair code and booths read back from a bank line', () => {
    expect(memoText('Hội chợ Hải Phòng – gian A-01')).toBe('HOI CHO HAI PHONG GIAN A');
    const code = fairMemoCode('fair-1');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    expect(fairMemoCode('fair-2')).not.toBe(code);
    expect(paymentMemo('fair-1', ['A01', 'B-12'])).toBe(`FF${code} A01 B12`);
    const long = paymentMemo('fair-1', ['A01', 'A02', 'A03', 'A04', 'A05', 'A06']);
    expect(long).toBe(`FF${code} A01 +5`);
    expect(findMemo(`MBVCB.123456.NGUYEN VAN A chuyen tien ff${code.toLowerCase()} a01 b12.CT tu 0011`)).toEqual({
      fairCode: code,
      booths: ['A01', 'B12', 'CT', 'TU', '0011'],
      more: 0,
    });
    expect(findMemo(`IBFT ${long}`)).toEqual({ fairCode: code, booths: ['A01'], more: 5 });
    expect(findMemo('STAFF payment A01')).toBeNull();
    expect(BANKS.every((b) => /^\d{6}$/.test(b.bin))).toBe(true);
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(BANKS.length);
  });
});
