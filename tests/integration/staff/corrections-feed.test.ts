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
