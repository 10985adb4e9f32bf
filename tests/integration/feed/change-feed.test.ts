import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, contract } from '../../../shared/api/contract';
import { METHOD_EFFECTS, effectOf } from '../../../shared/api/effects';
import { FEED_PATH, type FairChange } from '../../../shared/api/feed';
import type { Reply } from '../../../shared/api/errors';
import { createAppCore, type AppCore } from '../../../electron/app-core';
import { buildFeedBridge } from '../../../electron/preload-api';
import { startHttpServer, type RunningServer } from '../../../electron/server/http';
import { readEvents } from '../../../renderer/api/feed';
import { SAMPLE_FAIR } from '../../helpers/temp-library';

let dir: string;
let core: AppCore;
let server: RunningServer;
let fairId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-feed-'));
  core = createAppCore({ dataDir: join(dir, 'data'), mode: 'browser', version: 'test', checkOutputs: true });
  server = await startHttpServer({ dispatch: core.dispatch, feed: core.feed });
  const created = (await core.dispatch('createFair', SAMPLE_FAIR)) as Reply<{ id: string }>;
  if (!created.ok) throw new Error('no fair');
  fairId = created.value.id;
});
afterAll(async () => {
  await server.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const AREA = { id: 'area-1', name: 'Hall', widthM: 40, depthM: 30, sortOrder: 0 };

function record(): { changes: FairChange[]; stop: () => void } {
  const changes: FairChange[] = [];
  return { changes, stop: core.feed.subscribe((c) => changes.push(c)) };
}

describe('which methods write', () => {
  it('every contract method is classified as reading or writing, and nothing else is', () => {
    expect(Object.keys(METHOD_EFFECTS).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) {
      const effect = METHOD_EFFECTS[name];
      if (effect.writes) expect(effect.changes.length, name).toBeGreaterThan(0);
    }
  });

  it('a writing method about one fair names that fair in its input, so the announcement can say which', () => {
    for (const name of METHOD_NAMES) {
      const effect = METHOD_EFFECTS[name];
      if (!effect.writes || effect.changes.every((t) => t === 'library' || t === 'settings')) continue;
      const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape;
      expect(shape && 'fairId' in shape, name).toBe(true);
    }
  });

  it('a method the table does not know is taken as changing everything', () => {
    expect(effectOf('somethingNew')).toMatchObject({ writes: true });
    expect(effectOf('getPlan')).toEqual({ writes: false });
  });
});

describe('the change feed', () => {
  it('announces a committed write with its fair, a growing revision and its topics; reads and refusals stay silent', async () => {
    const { changes, stop } = record();
    await core.dispatch('getPlan', { fairId });
    expect(changes).toEqual([]);
    const ok = await core.dispatch('applyPlanChanges', { fairId, added: { areas: [AREA] } });
    expect(ok.ok).toBe(true);
    const refused = await core.dispatch('applyPlanChanges', { fairId, added: { areas: [AREA] } });
    expect(refused.ok).toBe(false);
    await core.dispatch('applyPlanChanges', { fairId, updated: { areas: [{ ...AREA, name: 'Hall A' }] } });
    stop();
    expect(changes.map((c) => [c.fairId, c.method])).toEqual([
      [fairId, 'applyPlanChanges'],
      [fairId, 'applyPlanChanges'],
    ]);
    expect(changes[1]!.revision).toBe(changes[0]!.revision + 1);
    expect(changes[0]!.topics).toContain('plan');
  });

  it('streams changes to a browser over server-sent events, only with the session token', async () => {
    const refused = await fetch(`${server.url}${FEED_PATH}`);
    expect(refused.status).toBe(401);
    const abort = new AbortController();
    const response = await fetch(`${server.url}${FEED_PATH}`, {
      headers: { Authorization: `Bearer ${server.token}` },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read(); // the connected comment: the stream is listening from here
    expect(first.value).toContain(': connected');
    const write = await fetch(`${server.url}/api/updateFair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ fairId, fair: { ...SAMPLE_FAIR, notes: 'Đổi giờ mở cửa' } }),
    });
    expect(write.status).toBe(200);
    const got: FairChange[] = [];
    let buffer = '';
    while (got.length === 0) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = readEvents(buffer + value, (data) => got.push(JSON.parse(data) as FairChange));
    }
    abort.abort();
    expect(got[0]).toMatchObject({ fairId, method: 'updateFair', topics: expect.arrayContaining(['fair']) });
    await expect.poll(() => core.feed.subscribers).toBe(0);
  });

  it('reaches the desktop window through the preload bridge', async () => {
    const listeners = new Map<string, (event: unknown, change: unknown) => void>();
    const bridge = buildFeedBridge({
      on: (channel, l) => listeners.set(channel, l),
      removeListener: (channel) => listeners.delete(channel),
    });
    const got: unknown[] = [];
    const stop = bridge.subscribe((c) => got.push(c));
    const unsubscribe = core.feed.subscribe((change) => [...listeners.values()].forEach((l) => l({}, structuredClone(change))));
    await core.dispatch('setVisitors', { fairId, day: SAMPLE_FAIR.firstDay, count: 120 });
    stop();
    unsubscribe();
    expect(listeners.size).toBe(0);
    expect(got).toEqual([expect.objectContaining({ fairId, method: 'setVisitors', topics: ['sales', 'reports'] })]);
  });

  it('notices a write that another program made to the open fair file', async () => {
    const { changes, stop } = record();
    await core.dispatch('getPlan', { fairId }); // the fair is open
    const other = new Database(core.ctx.library.pathOf(fairId));
    try {
      let n = 0;
      // Written again at each look, so a write lands between two of the watcher's checks whatever the timing.
      await expect
        .poll(
          () => {
            other.prepare('UPDATE area SET name = ?').run(`Renamed elsewhere ${++n}`);
            return changes.some((c) => c.method === 'external' && c.fairId === fairId);
          },
          { timeout: 15_000, interval: 200 },
        )
        .toBe(true);
    } finally {
      other.close();
      stop();
    }
  });
});
