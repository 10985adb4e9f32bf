import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import type { SaleBooth, SaleEntry, SaleList } from '../../../shared/model/sales';
import type { StaffDevice } from '../../../shared/model/staff';
import { STAFF_METHODS } from '../../../electron/server/staff-access';
import { TOKEN_TRUST_MS } from '../../../electron/server/staff-mode';
import { JOIN_CODE_TTL_MS } from '../../../electron/services/staff/devices';
import { Phone, entryId, removeDir, staffHarness, type StaffHarness } from './harness';

let h: StaffHarness;
let url: string;
beforeEach(async () => {
  h = staffHarness();
  url = (await h.start()).url!;
});
afterEach(() => {
  h.close();
  removeDir(h.dir);
});

/** Every row of every table of the fair file: "nothing changed" means this stays equal. */
function fingerprint(h: StaffHarness): string {
  const db = h.core.ctx.library.db(h.fairId);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()));
  hash.update(JSON.stringify(h.core.ctx.library.list()));
  return hash.digest('hex');
}

async function joinedPhone(name?: string): Promise<Phone> {
  const phone = new Phone(url);
  await phone.join((await h.invite()).code, name);
  return phone;
}

const sale = (h: StaffHarness, id: string, amountDong = 150_000, boothNumber = 'A01') => ({
  fairId: h.fairId,
  boothNumber,
  day: '2025-07-05',
  amountDong,
  method: 'cash',
  clientEntryId: id,
});

describe('joining staff mode', () => {
  it('spends a join code on one phone: the second use and a use after 10 minutes are refused', async () => {
    const invite = await h.invite();
    expect(invite.url).toBe(`${url}#join=${invite.code}`);
    expect(invite.qrSvg).toContain('<svg');
    const first = new Phone(url);
    const session = await first.join(invite.code, 'Trần Văn Minh');
    expect(session).toMatchObject({ fair: { id: h.fairId }, day: '2025-07-05', device: { number: 1, personName: 'Trần Văn Minh' } });

    const again = await new Phone(url).post('join', { code: invite.code, personName: 'Người khác' });
    expect(again.status).toBe(401);
    expect(again.reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', details: { staff: 'codeUsed' } } });

    const late = await h.invite();
    h.clock.advance(JOIN_CODE_TTL_MS - 1000);
    const inTime = new Phone(url);
    const lateCopy = await h.invite();
    await inTime.join(lateCopy.code);
    h.clock.advance(1000);
    const expired = await new Phone(url).post('join', { code: late.code, personName: 'Chậm chân' });
    expect(expired.reply).toMatchObject({ ok: false, error: { details: { staff: 'codeExpired' } } });

    const unknown = await new Phone(url).post('join', { code: 'ABCDEFGHJK', personName: 'Đoán mò' });
    expect(unknown.reply).toMatchObject({ ok: false, error: { details: { staff: 'codeUnknown' } } });
  });

  it('keeps only hashes of tokens and codes in the fair file', async () => {
    const invite = await h.invite();
    const phone = new Phone(url);
    await phone.join(invite.code);
    const db = h.core.ctx.library.db(h.fairId);
    const dump = JSON.stringify([db.prepare('SELECT * FROM staff_device').all(), db.prepare('SELECT * FROM staff_join_code').all()]);
    expect(dump).not.toContain(phone.token);
    expect(dump).not.toContain(invite.code);
    expect(dump).toContain(createHash('sha256').update(phone.token).digest('hex'));
  });
});

describe('what a staff phone may do', () => {
  it('refuses every method outside the allow-list with 403 and changes nothing', async () => {
    const phone = await joinedPhone();
    await phone.call('listSaleBooths', { fairId: h.fairId });
    const before = fingerprint(h);
    const others = METHOD_NAMES.filter((m) => !Object.hasOwn(STAFF_METHODS, m));
    expect(others).toEqual(
      expect.arrayContaining([
        'applyPlanChanges',
        'allocateBooth',
        'listFairs',
        'deleteFair',
        'exportFair',
        'exportFairReport',
        'revokeStaffDevice',
      ]),
    );
    for (const method of others) {
      h.clock.advance(100);
      const input = { fairId: h.fairId, boothId: 'x', exhibitorId: 'x', saleId: 'x', jobId: 'x', deviceId: 'x', address: '127.0.0.1' };
      const { status, reply } = await phone.post(method, input);
      expect({ method, status }).toEqual({ method, status: 403 });
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(fingerprint(h)).toBe(before);
    expect((await h.call<{ running: boolean }>('getStaffMode', {})).running).toBe(true);
  });

  it('works on its own fair only, and corrects or voids only what it recorded itself', async () => {
    const phone = await joinedPhone();
    const other = await h.call<{ id: string }>('createFair', {
      name: 'Hội chợ khác',
      venue: '',
      organizer: '',
      firstDay: '2025-08-01',
      lastDay: '2025-08-03',
      notes: '',
    });
    expect((await phone.post('listSaleBooths', { fairId: other.id })).status).toBe(403);
    const organizers = await h.call<SaleEntry>('recordSale', { ...sale(h, 'x'.repeat(16)), clientEntryId: undefined });
    expect((await phone.post('voidSale', { fairId: h.fairId, saleId: organizers.id, reason: 'nhầm' })).status).toBe(403);
    expect((await phone.post('correctSale', { ...sale(h, 'y'.repeat(16)), saleId: organizers.id })).status).toBe(403);

    const own = await phone.call<SaleEntry>('recordSale', sale(h, entryId(1), 140_000));
    const corrected = await phone.call<SaleEntry>('correctSale', { ...sale(h, entryId(2), 160_000), saleId: own.id, reason: 'gõ nhầm' });
    expect(corrected).toMatchObject({ amountDong: 160_000, correctsSaleId: own.id, recordedBy: 'Nguyễn Thị Lan', deviceNumber: 1 });
    await phone.call('voidSale', { fairId: h.fairId, saleId: corrected.id, reason: 'Hủy trên điện thoại' });
    // Its history holds its own entries only, whatever filter it sends.
    const history = await phone.call<SaleList>('listSales', { fairId: h.fairId, deviceId: 'someone-else' });
    expect(history.entries.map((e) => e.id).sort()).toEqual([own.id, corrected.id].sort());
    expect(history.revenue).toBe(0);
    const booths = await phone.call<SaleBooth[]>('listSaleBooths', { fairId: h.fairId });
    expect(booths.find((b) => b.number === 'A01')?.exhibitorName).toBeTruthy();
  });

  it('shows the person and the device on the organizer’s list', async () => {
    const lan = await joinedPhone('Nguyễn Thị Lan');
    const minh = await joinedPhone('Trần Văn Minh');
    await lan.call('recordSale', sale(h, entryId('lan-1')));
    await minh.call('recordSale', sale(h, entryId('minh-1'), 90_000, 'A02'));
    const list = await h.call<SaleList>('listSales', { fairId: h.fairId, day: '2025-07-05', limit: 2 });
    expect(list.entries.map((e) => [e.recordedBy, e.deviceNumber])).toEqual([
      ['Trần Văn Minh', 2],
      ['Nguyễn Thị Lan', 1],
    ]);
    const devices = await h.call<StaffDevice[]>('listStaffDevices', { fairId: h.fairId });
    expect(devices.map((d) => [d.personName, d.entriesToday, d.lastSeenAt !== null])).toEqual([
      ['Trần Văn Minh', 1, true],
      ['Nguyễn Thị Lan', 1, true],
    ]);
  });
});

describe('retries never record twice', () => {
  it('stores an entry sent three times once', async () => {
    const phone = await joinedPhone();
    const answers = await Promise.all([1, 2, 3].map(() => phone.call<SaleEntry>('recordSale', sale(h, entryId(7)))));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    const db = h.core.ctx.library.db(h.fairId);
    expect(db.prepare('SELECT count(*) AS n FROM sale WHERE client_entry_id = ?').get(entryId(7))).toEqual({ n: 1 });
  });
});

describe('revoking and the listener itself', () => {
  it('refuses a revoked phone on its very next call, and says why', async () => {
    const phone = await joinedPhone();
    // Its token was just found valid (and is trusted for a moment): removing the phone still acts at once.
    expect((await phone.post('listSaleBooths', { fairId: h.fairId })).status).toBe(200);
    const [device] = await h.call<StaffDevice[]>('listStaffDevices', { fairId: h.fairId });
    await h.call('revokeStaffDevice', { fairId: h.fairId, deviceId: device!.id });
    const next = await phone.post('listSaleBooths', { fairId: h.fairId });
    expect(next.status).toBe(401);
    expect(next.reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', details: { staff: 'revoked' } } });
    const listed = await h.call<StaffDevice[]>('listStaffDevices', { fairId: h.fairId });
    expect(listed[0]?.revokedAt).not.toBeNull();
  });

  it('refuses a phone removed in the fair file by other means within the trust period of its token', async () => {
    const phone = await joinedPhone();
    expect((await phone.post('listSaleBooths', { fairId: h.fairId })).status).toBe(200);
    const db = h.core.ctx.library.db(h.fairId);
    db.prepare("UPDATE staff_device SET revoked_at = '2025-07-05T03:00:00.000Z', revoked_by = 'other'").run();
    h.clock.advance(TOKEN_TRUST_MS + 1);
    const next = await phone.post('listSaleBooths', { fairId: h.fairId });
    expect(next.status).toBe(401);
    expect(next.reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', details: { staff: 'revoked' } } });
    expect(TOKEN_TRUST_MS).toBeLessThanOrEqual(1000);
  });

  it('checks Host and Origin, limits bodies and rates, and sends no CORS headers', async () => {
    const phone = await joinedPhone();
    const withHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${url}api/listVisitors`,
          { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json', Authorization: `Bearer ${phone.token}` } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ fairId: h.fairId }));
      });
    expect(await withHost(new URL(url).host)).toBe(200);
    expect(await withHost(`evil.example:${new URL(url).port}`)).toBe(421);
    const foreign = await phone.post('listVisitors', { fairId: h.fairId }, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const ownOrigin = await fetch(`${url}api/listVisitors`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${phone.token}`, Origin: url.replace(/\/$/, '') },
      body: JSON.stringify({ fairId: h.fairId }),
    });
    expect(ownOrigin.status).toBe(200);
    expect(ownOrigin.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${url}api/recordSale`, { method: 'OPTIONS', headers: { Origin: url.replace(/\/$/, '') } });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const big = await phone.post('recordSale', { ...sale(h, entryId(9)), note: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    const noToken = await new Phone(url).post('listVisitors', { fairId: h.fairId });
    expect(noToken.status).toBe(401);

    // The clock stands still: a burst beyond the bucket is told to wait, then served once it refills.
    let limitedAt = 0;
    for (let i = 1; i <= 200 && !limitedAt; i++) if ((await phone.post('listVisitors', { fairId: h.fairId })).status === 429) limitedAt = i;
    expect(limitedAt).toBeGreaterThan(100);
    expect(limitedAt).toBeLessThan(200);
    h.clock.advance(1000);
    expect((await phone.post('listVisitors', { fairId: h.fairId })).status).toBe(200);
  });

  it('stops listening on the LAN when staff mode is switched off', async () => {
    await h.call('stopStaffMode', {});
    await expect(fetch(url)).rejects.toThrow();
    expect((await h.call<{ running: boolean; url: string | null }>('getStaffMode', {})).url).toBeNull();
  });

  it('stops listening on the LAN when the app quits with staff mode on', async () => {
    const phone = await joinedPhone();
    expect((await phone.post('listSaleBooths', { fairId: h.fairId })).status).toBe(200);
    const quit = h;
    quit.close();
    await expect(fetch(url)).rejects.toThrow();
    await expect(phone.post('listSaleBooths', { fairId: quit.fairId })).rejects.toThrow();
    removeDir(quit.dir);
    h = staffHarness();
  });

  it('refuses an address that is not one of this computer’s networks', async () => {
    const reply = await h.core.dispatch('startStaffMode', { fairId: h.fairId, address: '0.0.0.0' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
