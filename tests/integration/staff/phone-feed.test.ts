import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaleEntry } from '../../../shared/model/sales';
import { STAFF_FEED_PATH, type StaffDevice } from '../../../shared/model/staff';
import { phoneTopics } from '../../../electron/server/staff-mode';
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

const sale = (id: string, amountDong = 150_000, boothNumber = 'A01') => ({
  fairId: h.fairId,
  boothNumber,
  day: '2025-07-05',
  amountDong,
  method: 'cash',
  clientEntryId: id,
});

/** A phone's feed as the page reads it: fetch with its token, events parsed as they arrive. */
async function listen(token: string) {
  const controller = new AbortController();
  const response = await fetch(`${url.replace(/\/$/, '')}${STAFF_FEED_PATH}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  const events: { event: string; data: unknown }[] = [];
  let ended = false;
  const reading = (async () => {
    if (!response.ok || !response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as unknown });
        }
      }
    } catch {
      // Aborted by the test.
    }
    ended = true;
  })();
  return {
    response,
    events,
    ended: () => ended,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe('a phone’s feed', () => {
  it('tells a phone when the organizer voided one of its entries, and not of other phones’ new sales', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const other = new Phone(url);
    await other.join((await h.invite()).code);
    const own = await phone.call<SaleEntry>('recordSale', sale(entryId(1)));
    const feed = await listen(phone.token);
    expect(feed.response.status).toBe(200);
    expect(feed.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(feed.response.headers.get('access-control-allow-origin')).toBeNull();

    // Another phone's sale cannot change this phone's entries: nothing is said.
    await other.call('recordSale', sale(entryId(2), 90_000, 'A02'));
    await h.call('voidSale', { fairId: h.fairId, saleId: own.id, reason: 'Gian báo nhầm' });
    await expect.poll(() => feed.events).toEqual([{ event: 'change', data: { topics: ['sales'] } }]);
    await feed.close();
  });

  it('turns a removed phone away while it listens, in words its page says in its own language', async () => {
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const feed = await listen(phone.token);
    const [device] = await h.call<StaffDevice[]>('listStaffDevices', { fairId: h.fairId });
    await h.call('revokeStaffDevice', { fairId: h.fairId, deviceId: device!.id });
    await expect.poll(() => feed.ended()).toBe(true);
    expect(feed.events).toEqual([
      { event: 'refused', data: { code: 'UNAUTHORIZED', message: expect.any(String) as unknown, details: { staff: 'revoked' } } },
    ]);
    // Listening again is refused outright.
    const again = await listen(phone.token);
    expect(again.response.status).toBe(401);
    expect(await again.response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', details: { staff: 'revoked' } } });
  });

  it('is refused without a phone’s token, and only answers GET', async () => {
    const anonymous = await listen('');
    expect(anonymous.response.status).toBe(401);
    const phone = new Phone(url);
    await phone.join((await h.invite()).code);
    const posted = await fetch(`${url.replace(/\/$/, '')}${STAFF_FEED_PATH}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${phone.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(posted.status).toBe(405);
  });

  it('names only what a phone shows: its history and the booths it picks from', () => {
    expect(phoneTopics({ method: 'voidSale', topics: ['sales', 'reports'] })).toEqual(['sales']);
    expect(phoneTopics({ method: 'correctSale', topics: ['sales', 'reports'] })).toEqual(['sales']);
    expect(phoneTopics({ method: 'recordSale', topics: ['sales', 'reports'] })).toEqual([]);
    expect(phoneTopics({ method: 'setVisitors', topics: ['sales', 'reports'] })).toEqual([]);
    expect(phoneTopics({ method: 'cancelAllocation', topics: ['exhibitors', 'statuses', 'sales', 'reports', 'print'] })).toEqual([
      'sales',
      'booths',
    ]);
    expect(phoneTopics({ method: 'applyPlanChanges', topics: ['plan', 'statuses', 'exhibitors', 'sales', 'reports', 'print'] })).toEqual([
      'sales',
      'booths',
    ]);
    expect(phoneTopics({ method: 'staffSeen', topics: ['staff'] })).toEqual([]);
  });
});
