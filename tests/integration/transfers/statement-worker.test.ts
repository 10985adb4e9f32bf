import { beforeEach, describe, expect, it } from 'vitest';
import { useJobWorker } from '../../helpers/job-worker';
import { useTempCore } from '../../helpers/temp-core';
import type { PaymentDue } from '../../../shared/model/transfers';
import { paymentMemo } from '../../../shared/vietqr';

const csv = (rows: string[][]) => ({
  fileName: 'sao-ke.csv',
  base64: Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'), 'utf8').toString('base64'),
});
const HEADER = ['Ngày giao dịch', 'Số tham chiếu', 'Nội dung', 'Ghi nợ', 'Ghi có'];

describe('bank statements read in the job worker', () => {
  const temp = useTempCore({ seedDemo: true });
  const call = temp.call;
  let fairId: string;
  /** The tasks the worker was given: the reading must happen there, not on the main thread. */
  const worker = useJobWorker();
  beforeEach(async () => {
    const { fairs } = await call<{ fairs: { id: string }[] }>('listFairs', {});
    fairId = fairs[0]!.id;
  });
  /** What a statement could change: the payments, the recorded transfers and the audit trail. */
  const ledger = async () => ({
    due: await call<PaymentDue[]>('listPaymentsDue', { fairId }),
    history: (await call<unknown[]>('getHistory', { fairId })).length,
  });

  it('proposes and records the payments of a statement read off the main thread', async () => {
    const [first] = await call<PaymentDue[]>('listPaymentsDue', { fairId });
    const amount = Math.min(1_000_000, first!.dueDong);
    const file = csv([
      ['SAO KÊ TÀI KHOẢN', '', '', '', ''],
      HEADER,
      ['05/07/2025', 'FT001', `MBVCB.1234.${paymentMemo(fairId, first!.boothNumbers)} CT tu 0123`, '', amount.toLocaleString('vi-VN')],
      ['06/07/2025', 'FT004', 'Lai tien gui', '', '12.000'],
    ]);
    const analysis = await call<{ proposals: { key: string; amountDong: number }[]; mapping: Record<string, number> }>('analyzeStatement', {
      fairId,
      file,
    });
    expect(analysis.proposals).toEqual([expect.objectContaining({ amountDong: amount })]);
    const recorded = await call('confirmTransfers', { fairId, file, mapping: analysis.mapping, keys: [analysis.proposals[0]!.key] });
    expect(recorded).toEqual({ recorded: 1, totalDong: amount });
    const after = await call<PaymentDue[]>('listPaymentsDue', { fairId });
    expect(after.find((d) => d.exhibitorId === first!.exhibitorId)?.dueDong ?? 0).toBe(first!.dueDong - amount);
    expect(worker.ran()).toEqual(['bankStatement', 'bankStatement']);
  }, 120_000);

  it('brings the worker’s refusals back typed, and a bad statement changes nothing', async () => {
    const before = await ledger();
    const damaged = { fileName: 'sao-ke.xlsx', base64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9]).toString('base64') };
    expect(await temp.core.dispatch('analyzeStatement', { fairId, file: damaged })).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID', details: { reason: 'damaged' } },
    });
    const notStatement = csv([
      ['Tên', 'Số điện thoại'],
      ['Công ty A', '0901234567'],
    ]);
    expect(await temp.core.dispatch('analyzeStatement', { fairId, file: notStatement })).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID', details: { reason: 'notStatement' } },
    });
    // Confirming from a file that cannot be read records nothing, whatever keys it is sent with.
    const confirmed = await temp.core.dispatch('confirmTransfers', {
      fairId,
      file: damaged,
      mapping: { credit: 4, description: 2 },
      keys: ['x'],
    });
    expect(confirmed).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    expect(await ledger()).toEqual(before);
    expect(worker.ran()).toEqual(['bankStatement', 'bankStatement', 'bankStatement']);
  }, 120_000);
});
