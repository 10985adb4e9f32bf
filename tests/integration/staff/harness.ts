import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from '../../../shared/api/errors';
import type { StaffInvite, StaffSession, StaffStatus } from '../../../shared/model/staff';
import { createAppCore, type AppCore } from '../../../electron/app-core';
import { createDemoFair } from '../../../electron/services/demo';

/** Loopback only: tests never send a byte to a real network. */
export const LOOPBACK = { name: 'lo', address: '127.0.0.1' };

/** A clock the test moves by hand (join codes expire, rate limits refill). */
export class TestClock {
  constructor(public ms = Date.parse('2025-07-05T03:00:00Z')) {}
  now = () => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface StaffHarness {
  dir: string;
  core: AppCore;
  fairId: string;
  clock: TestClock;
  call<T>(method: string, input: unknown): Promise<T>;
  start(): Promise<StaffStatus>;
  invite(): Promise<StaffInvite>;
  close(): void;
}

/** An app core with the demo fair and staff mode on loopback, the way the organizer switches it on. */
export function staffHarness(dir = mkdtempSync(join(tmpdir(), 'fairfloor-staff-')), clock = new TestClock()): StaffHarness {
  const core = createAppCore({
    dataDir: dir,
    mode: 'browser',
    version: 'test',
    checkOutputs: true,
    staff: { networks: () => [LOOPBACK], port: 0, now: clock.now },
  });
  const existing = core.ctx.library.list().fairs[0];
  const fairId = existing ? existing.id : createDemoFair(core.ctx.library, 'seed').id;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const reply = await core.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value as T;
  };
  return {
    dir,
    core,
    fairId,
    clock,
    call,
    start: () => call<StaffStatus>('startStaffMode', { fairId, address: LOOPBACK.address }),
    invite: () => call<StaffInvite>('createStaffInvite', { fairId }),
    close: () => core.close(),
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A phone: the staff page's calls, as fetch sends them from the page's own origin. */
export class Phone {
  token = '';
  constructor(public base: string) {}

  async post(route: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; reply: Reply<unknown> }> {
    const res = await fetch(`${this.base}api/${route}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, reply: (await res.json()) as Reply<unknown> };
  }

  async join(code: string, personName = 'Nguyễn Thị Lan'): Promise<StaffSession> {
    const { reply } = await this.post('join', { code, personName, platform: 'Android' });
    if (!reply.ok) throw new Error(`join refused: ${JSON.stringify(reply.error)}`);
    const value = reply.value as { token: string; session: StaffSession };
    this.token = value.token;
    return value.session;
  }

  async call<T>(method: string, input: unknown): Promise<T> {
    const { reply } = await this.post(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value as T;
  }
}

/** A random-looking entry id, as the page makes with crypto.getRandomValues. */
export const entryId = (n: number | string) => `test-entry-${String(n).padStart(8, '0')}`;
