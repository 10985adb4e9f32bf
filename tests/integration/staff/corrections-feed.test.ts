import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FairChange } from '../../../shared/api/feed';
import type { SaleEntry } from '../../../shared/model/sales';
import type { StaffDevice } from '../../../shared/model/staff';
import { Phone, entryId, removeDir, staffHarness, type StaffHarness } from './harness';

let h: StaffHarness;
let url: string;
let changes: FairChange[];
beforeEach(async () => {
  h = staffHarness();
  url = (await h.start()).url!;
  changes = [];
  h.core.feed.subscribe((c) => changes.push(c));
});
afterEach(() => {
  h.close();
  removeDir(h.dir);
});

const sale = (id: string, amountDong = 150_000, boothNumber = 'A01') => ({
  fairId: h.fairId,
  boothNumber,
  day: '2025-07-05',
  amountDong,
  method: 'cash',
  clientEntryId: id,
});
const staffChanges = () => changes.filter((c) => c.topics.includes('staff')).map((c) => c.method);

describe('a phone’s corrections', () => {
  it('are applied once however often the outbox resends them, and refused when the entry changed meanwhile', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const own = await phone.call<SaleEntry>('recordSale', sale(entryId(1)));
    const correction = { ...sale(entryId(2), 160_000), saleId: own.id, reason: 'Sửa trên điện thoại nhân viên' };
    const first = await phone.call<SaleEntry>('correctSale', correction);
    // The reply was lost on the Wi-Fi: the outbox sends the same correction again, twice.
    expect(await phone.call<SaleEntry>('correctSale', correction)).toMatchObject({ id: first.id, amountDong: 160_000 });
    expect(await phone.call<SaleEntry>('correctSale', correction)).toMatchObject({ id: first.id });
    const db = h.core.ctx.library.db(h.fairId);
    expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT client_entry_id AS id FROM sale WHERE corrects_sale_id = ?').get(own.id)).toEqual({ id: entryId(2) });

    // The organizers void the corrected entry at their computer; a later correction from the phone is stale.
    await h.call('voidSale', { fairId: h.fairId, saleId: first.id, reason: 'Gian báo nhầm' });
    const { reply } = await phone.post('correctSale', { ...sale(entryId(3), 170_000), saleId: first.id, reason: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL').get()).toEqual({ n: 2 });
  });

  it('are asked about, not refused silently, when the same amount was recorded at the booth minutes ago', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    await h.call('recordSale', { ...sale(entryId(9), 300_000, 'B01'), clientEntryId: undefined });
    const { reply } = await phone.post('recordSale', sale(entryId(10), 300_000, 'B01'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'duplicateSale' } } });
    const again = await phone.call<SaleEntry>('recordSale', { ...sale(entryId(10), 300_000, 'B01'), confirmDuplicate: true });
    expect(again).toMatchObject({ amountDong: 300_000, recordedBy: 'Nguyễn Thị Lan' });
  });
});

describe('a phone’s undo of its correction', () => {
  it('brings the corrected entry back as a new entry linked to the correction, once however often it is resent', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const own = await phone.call<SaleEntry>('recordSale', sale(entryId(30), 500_000));
    const correction = await phone.call<SaleEntry>('correctSale', { ...sale(entryId(31), 450_000), saleId: own.id, reason: 'Sửa' });
    // Undo of the correction: the entry it replaced comes back, as it was, in a row of its own.
    const restore = { ...sale(entryId(32), 500_000), saleId: correction.id, reason: 'Hoàn tác bản sửa' };
    const back = await phone.call<SaleEntry>('correctSale', restore);
    expect(await phone.call<SaleEntry>('correctSale', restore)).toMatchObject({ id: back.id });
    expect(back).toMatchObject({ amountDong: 500_000, boothNumber: 'A01', method: 'cash', correctsSaleId: correction.id, voidedAt: null });
    const db = h.core.ctx.library.db(h.fairId);
    // Money stays append-only: three rows, two voided, the booth's total back to what it was.
    expect(
      db
        .prepare('SELECT amount_dong AS amount, voided_at IS NOT NULL AS voided FROM sale WHERE device_id IS NOT NULL ORDER BY rowid')
        .all(),
    ).toEqual([
      { amount: 500_000, voided: 1 },
      { amount: 450_000, voided: 1 },
      { amount: 500_000, voided: 0 },
    ]);
    expect(db.prepare("SELECT sum(revenue) AS n FROM sale_total WHERE day = '2025-07-05' AND booth_id = ?").get(back.boothId)).toEqual({
      n: 500_000 + demoRevenue(db, back.boothId),
    });
  });
});

describe('refusals a phone receives', () => {
  it('name the sales rule they were made under, so the page says them in its person’s language', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const refusal = async (method: string, input: unknown) => {
      const { reply } = await phone.post(method, input);
      if (reply.ok) throw new Error(`${method} was not refused`);
      return reply.error;
    };
    expect(await refusal('recordSale', sale(entryId(40), 100_000, 'Z99'))).toMatchObject({
      code: 'VALIDATION',
      details: { rule: 'noBooth', issues: [{ path: ['boothNumber'] }] },
    });
    expect(await refusal('recordSale', { ...sale(entryId(41)), day: '2025-08-01' })).toMatchObject({
      code: 'VALIDATION',
      details: { rule: 'dayOutside' },
    });
    const own = await phone.call<SaleEntry>('recordSale', sale(entryId(42), 120_000));
    await h.call('voidSale', { fairId: h.fairId, saleId: own.id, reason: 'Gian báo nhầm' });
    expect(await refusal('voidSale', { fairId: h.fairId, saleId: own.id, reason: 'Hủy' })).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'alreadyVoided' },
    });
  });
});

describe('the organizer’s staff panel, live', () => {
  it('hears of a phone joining, being seen again and being removed through the change feed', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    expect(staffChanges()).toContain('staffJoin');
    const joined = staffChanges().length;
    // Within half a minute a phone's calls are not announced again: no refetch storm on a busy evening.
    await phone.call('listSaleBooths', { fairId: h.fairId });
    await phone.call('listSaleBooths', { fairId: h.fairId });
    expect(staffChanges()).toHaveLength(joined);
    h.clock.advance(31_000);
    await phone.call('listSaleBooths', { fairId: h.fairId });
    expect(staffChanges().slice(joined)).toEqual(['staffSeen']);
    // The panel reads when it was seen from memory, though the file is written in batches.
    const [device] = await h.call<StaffDevice[]>('listStaffDevices', { fairId: h.fairId });
    expect(device!.lastSeenAt).toBe(h.clock.now().toISOString());
    // A sale refreshes "entries today" through the sales topic; removing the phone announces the staff topic.
    await phone.call('recordSale', sale(entryId(20)));
    expect(changes.at(-1)).toMatchObject({ method: 'recordSale', topics: expect.arrayContaining(['sales']) as unknown });
    await h.call('revokeStaffDevice', { fairId: h.fairId, deviceId: device!.id });
    expect(staffChanges().at(-1)).toBe('revokeStaffDevice');
  });

  it('writes when phones were last seen once staff mode stops, without a disk write per call', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const db = h.core.ctx.library.db(h.fairId);
    const stored = () => (db.prepare('SELECT last_seen_at AS at FROM staff_device').get() as { at: string }).at;
    const joinedAt = stored();
    h.clock.advance(45_000);
    await phone.call('listSaleBooths', { fairId: h.fairId });
    expect(stored()).toBe(joinedAt);
    await h.call('stopStaffMode', {});
    expect(stored()).toBe(h.clock.now().toISOString());
  });
});

/** What the demo fair holds for a booth on the first day, before the phone's entries. */
function demoRevenue(db: ReturnType<StaffHarness['core']['ctx']['library']['db']>, boothId: string): number {
  const row = db
    .prepare(
      "SELECT coalesce(sum(amount_dong), 0) AS n FROM sale WHERE booth_id = ? AND day = '2025-07-05' AND voided_at IS NULL AND device_id IS NULL",
    )
    .get(boothId) as { n: number };
  return row.n;
}
