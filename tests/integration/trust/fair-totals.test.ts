import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AMOUNT_MAX, FAIR_TOTAL_MAX } from '../../../shared/amount';
import { reasonOf } from '../../../shared/api/errors';
import type { Db } from '../../../electron/db/open';
import { createDemoFair } from '../../../electron/services/demo';
import { insertLedgerRow } from '../../../electron/services/exhibitors/ledger';
import { insertSale, recordSale } from '../../../electron/services/sales/entries';
import { useTempLibrary } from '../../helpers/temp-library';
import { refusal } from '../../helpers/refusal';

const one = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('a fair’s totals are bounded, so every sum on every screen stays exact to the đồng', () => {
  const t = useTempLibrary();

  it('sales: the entry that would take the fair’s total past 1 triệu tỷ is refused with a reason; up to it is recorded', () => {
    const { id: fairId } = createDemoFair(t.library, 'seed');
    const db = t.library.db(fairId);
    const sold = () => one(db, 'SELECT coalesce(sum(revenue), 0) AS n FROM sale_total');
    const booth = db.prepare("SELECT id FROM booth WHERE number = 'A01'").get() as { id: string };
    const day = one(db, 'SELECT first_day AS n FROM fair') as unknown as string;
    // Fill the fair to within less than one largest entry of the bound, as 10,000 entries of 100 tỷ would.
    const sale = {
      boothId: booth.id,
      exhibitorId: null as unknown as string,
      day,
      amountDong: AMOUNT_MAX,
      method: 'cash',
      note: '',
      correctsSaleId: null,
    };
    db.transaction(() => {
      for (let n = Math.floor((FAIR_TOTAL_MAX - sold()) / AMOUNT_MAX); n > 0; n--) insertSale(db, sale, 'Lan', '2026-04-10T02:00:00.000Z');
    }).immediate();
    const room = FAIR_TOTAL_MAX - sold();
    const entries = one(db, 'SELECT count(*) AS n FROM sale');
    const input = { fairId, boothNumber: 'A01', day, method: 'cash' as const, note: '', confirmLarge: true, confirmDuplicate: true };
    const error = refusal(() => recordSale(db, { ...input, amountDong: room + 1 }, 'Lan'));
    expect(error.code).toBe('VALIDATION');
    expect(reasonOf(error)?.reason).toBe('fairTotalTooLarge');
    expect(one(db, 'SELECT count(*) AS n FROM sale')).toBe(entries);
    expect(sold()).toBe(FAIR_TOTAL_MAX - room);
    recordSale(db, { ...input, amountDong: room }, 'Lan');
    expect(sold()).toBe(FAIR_TOTAL_MAX);
    expect(Number.isSafeInteger(sold() * 9)).toBe(true);
  });

  it('the payment ledger: a row past the bound is refused and the ledger is unchanged', () => {
    const { id: fairId } = createDemoFair(t.library, 'seed');
    const db = t.library.db(fairId);
    const held = () => one(db, 'SELECT coalesce(sum(amount_dong), 0) AS n FROM payment');
    const booking = db.prepare("SELECT id, exhibitor_id AS exhibitorId FROM allocation WHERE status <> 'cancelled' LIMIT 1").get() as {
      id: string;
      exhibitorId: string;
    };
    const row = (amountDong: number) =>
      insertLedgerRow(
        db,
        randomUUID(),
        {
          kind: 'payment',
          allocationId: booking.id,
          exhibitorId: booking.exhibitorId,
          amountDong,
          paidOn: '2026-04-01',
          method: 'bank_transfer',
        },
        'Lan',
        '2026-04-01T02:00:00.000Z',
      );
    db.transaction(() => {
      for (let n = Math.floor((FAIR_TOTAL_MAX - held()) / AMOUNT_MAX); n > 0; n--) row(AMOUNT_MAX);
    }).immediate();
    const before = held();
    const error = refusal(() => db.transaction(() => row(FAIR_TOTAL_MAX - before + 1)).immediate());
    expect(reasonOf(error)?.reason).toBe('fairTotalTooLarge');
    expect(held()).toBe(before);
  });
});
