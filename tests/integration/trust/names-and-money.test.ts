import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { AMOUNT_MAX } from '../../../shared/amount';
import { safeFileName } from '../../../shared/file-name';
import { safePdfName } from '../../../electron/security';
import { exportDirectory } from '../../../electron/services/exhibitors/export';
import { SAMPLE_FAIR, useTempLibrary } from '../../helpers/temp-library';

/** What Windows, macOS and Linux all accept as one file name. */
function portable(name: string): boolean {
  const stem = name.replace(/\.[^.]*$/, '');
  return (
    // eslint-disable-next-line no-control-regex
    !/[\\/:*?"<>|\u0000-\u001f]/.test(name) &&
    !name.startsWith('.') &&
    !/[. ]$/.test(stem) &&
    !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(stem) &&
    new TextEncoder().encode(name).length <= 200
  );
}

describe('file names made from what people typed are safe everywhere', () => {
  const t = useTempLibrary();
  const names = ['CON', 'nul', 'com1.backup', '.hidden', '...', 'Hội chợ. ', 'a/b\\c:d*e?f"g<h>i|j', 'Tết\u0007', 'Â'.repeat(400), '   '];

  it('fair exports, exhibitor lists and PDFs get portable names', async () => {
    for (const name of names) {
      const { id } = t.library.create({ ...SAMPLE_FAIR, name: name.trim() || 'x' }, 'Lan');
      t.library.db(id).prepare('UPDATE fair SET name = ?').run(name);
      const fair = await t.library.exportFair(id);
      expect(fair.fileName, name).toSatisfy(portable);
      expect(fair.fileName.endsWith('.fairfloor')).toBe(true);
      const list = await exportDirectory(t.library.db(id), 'csv');
      expect(list.fileName, name).toSatisfy(portable);
      expect(safePdfName(`${name}.pdf`), name).toSatisfy(portable);
    }
  });

  it('keeps what a person recognises', () => {
    expect(safeFileName('Hội chợ OCOP Quảng Ninh 2026', '.fairfloor')).toBe('Hội chợ OCOP Quảng Ninh 2026.fairfloor');
    expect(safeFileName('CON', '.csv')).toBe('_CON.csv');
    expect(safeFileName('.env', '.pdf')).toBe('env.pdf');
    expect(safeFileName('', '.pdf')).toBe('FairFloor.pdf');
  });
});

describe('money typed in stays exact', () => {
  it('every amount a person enters is bounded at the amount reader’s maximum, 100 tỷ', () => {
    const fee = contract.setAllocationFee.input;
    const ok = { fairId: 'f', allocationId: 'a', feeDong: AMOUNT_MAX, discountDong: 0, discountReason: '' };
    expect(fee.safeParse(ok).success).toBe(true);
    expect(fee.safeParse({ ...ok, feeDong: AMOUNT_MAX + 1 }).success).toBe(false);
    expect(fee.safeParse({ ...ok, feeDong: 2 ** 53 + 2 }).success).toBe(false);
    const pay = contract.recordPayment.input;
    const payment = { amountDong: AMOUNT_MAX + 1, paidOn: '2026-01-01', method: 'cash', note: '' };
    expect(pay.safeParse({ fairId: 'f', allocationId: 'a', payment }).success).toBe(false);
    expect(pay.safeParse({ fairId: 'f', allocationId: 'a', payment: { ...payment, amountDong: AMOUNT_MAX } }).success).toBe(true);
    // 90,071 entries of the largest amount still sum below 2^53.
    expect(90_071 * AMOUNT_MAX).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });
});
