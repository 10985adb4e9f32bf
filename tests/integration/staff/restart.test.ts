import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../shared/api/errors';
import type { SaleEntry } from '../../../shared/model/sales';
import { StaffMode } from '../../../electron/server/staff-mode';
import { LOOPBACK, Phone, entryId, removeDir, staffHarness, type StaffHarness } from './harness';

const open: StaffHarness[] = [];
afterEach(() => {
  for (const h of open.splice(0)) h.close();
});

describe('an entry retried across a restart', () => {
  it('is stored once when the app stops after the write but before the phone heard back', async () => {
    const first = staffHarness();
    open.push(first);
    // The staff listener of the first run: it dies right after the sale is committed, before replying.
    let dieAfterCommit = true;
    const staff: StaffMode = new StaffMode({
      library: first.core.ctx.library,
      actor: () => 'organizer',
      networks: () => [LOOPBACK],
      port: 0,
      now: first.clock.now,
      dispatch: () => async (method, input) => {
        const reply: Reply<unknown> = await first.core.dispatch(method, input);
        if (method === 'recordSale' && dieAfterCommit) {
          dieAfterCommit = false;
          staff.close();
          await new Promise(() => undefined);
        }
        return reply;
      },
    });
    const { url } = await staff.start(first.fairId, LOOPBACK.address);
    const phone = new Phone(url!);
    await phone.join((await staff.invite(first.fairId)).code);
    const entry = {
      fairId: first.fairId,
      boothNumber: 'A03',
      day: '2025-07-05',
      amountDong: 2_500_000,
      method: 'qr',
      clientEntryId: entryId(42),
    };
    await expect(phone.post('recordSale', entry)).rejects.toThrow();
    first.close();
    open.pop();

    // The app starts again on the same folder; the phone, with the same token, sends its outbox again, twice.
    const second = staffHarness(first.dir, first.clock);
    open.push(second);
    phone.base = (await second.start()).url!;
    const retried = await phone.call<SaleEntry>('recordSale', entry);
    const again = await phone.call<SaleEntry>('recordSale', entry);
    expect(again.id).toBe(retried.id);
    expect(retried).toMatchObject({ amountDong: 2_500_000, boothNumber: 'A03', deviceNumber: 1 });
    const db = second.core.ctx.library.db(second.fairId);
    expect(db.prepare('SELECT count(*) AS n FROM sale WHERE client_entry_id = ?').get(entryId(42))).toEqual({ n: 1 });
    second.close();
    open.pop();
    removeDir(first.dir);
  });
});
