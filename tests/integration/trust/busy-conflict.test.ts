import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toErrorShape } from '../../../electron/api/dispatch';
import { allocateBooth, getAllocation, setAllocationStatus } from '../../../electron/services/exhibitors/allocations';
import { recordPayment } from '../../../electron/services/exhibitors/payments';
import { FairHolder } from '../../helpers/child-fair';
import { addExhibitor, makeFair, type TestFair } from '../exhibitors/fixture';

const pay = { paidOn: '2026-07-01', method: 'cash' as const, note: '' };

/** What a transport would send back for this call. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    const shape = toErrorShape(error, 'recordPayment', {});
    return shape.code === 'CONFLICT' ? `CONFLICT:${(shape.details as { reason?: string } | undefined)?.reason ?? ''}` : shape.code;
  }
}

describe('two processes writing one fair', () => {
  let fair: TestFair;
  let allocationId: string;
  const holders: FairHolder[] = [];
  beforeEach(() => {
    fair = makeFair();
    const e = addExhibitor(fair.db, 'HTX Mật ong');
    allocationId = allocateBooth(fair.db, 'tester', { boothId: fair.booth.A1!, exhibitorId: e.id }).id;
    setAllocationStatus(fair.db, 'tester', { allocationId, status: 'reserved' });
    setAllocationStatus(fair.db, 'tester', { allocationId, status: 'confirmed' });
  });
  afterEach(async () => {
    for (const h of holders.splice(0)) await h.kill();
    fair.close();
  });

  it('a payment while another process holds the write lock is refused as CONFLICT (busy), never INTERNAL, and nothing is saved', async () => {
    const holder = new FairHolder(fair.dir, fair.fairId, 'lock');
    holders.push(holder);
    expect(await holder.nextLine()).toBe('ready');
    expect(outcome(() => recordPayment(fair.db, 'Lan', allocationId, { ...pay, amountDong: 3_000_000 }))).toBe('CONFLICT:busy');
    holder.send('commit');
    await expect
      .poll(() => outcome(() => recordPayment(fair.db, 'Lan', allocationId, { ...pay, amountDong: 1_000_000 })), {
        timeout: 30_000,
      })
      .toBe('ok');
    expect(getAllocation(fair.db, allocationId).paidDong).toBe(1_000_000);
  });

  it('two processes paying one booking at once: one payment lands, every other is a typed refusal', async () => {
    const holder = new FairHolder(fair.dir, fair.fairId, 'pay', `${allocationId}:3000000:15`);
    holders.push(holder);
    expect(await holder.nextLine()).toBe('ready');
    holder.send('go');
    const mine: string[] = [];
    for (let i = 0; i < 200; i++) mine.push(outcome(() => recordPayment(fair.db, 'Lan', allocationId, { ...pay, amountDong: 3_000_000 })));
    const theirs = JSON.parse(await holder.nextLine()) as string[];
    const all = [...mine, ...theirs];
    expect(all.filter((o) => o === 'ok')).toHaveLength(1);
    for (const o of all) expect(['ok', 'VALIDATION', 'CONFLICT:busy', 'CONFLICT:changedMeanwhile']).toContain(o);
    expect(getAllocation(fair.db, allocationId)).toMatchObject({ paidDong: 3_000_000, status: 'paid' });
  });

  it('every write transaction in the services takes the write lock up front', () => {
    const deferred: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && /db\.transaction\([\s\S]*?\n\s*\}\)\(\)/.test(readFileSync(path, 'utf8'))) deferred.push(path);
      }
    };
    walk(join(__dirname, '../../../electron'));
    expect(deferred).toEqual([]);
  });
});
