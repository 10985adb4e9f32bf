import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, contract } from '../../shared/api/contract';
import type { Reply } from '../../shared/api/errors';
import { createAppCore, type AppCore } from '../../electron/app-core';
import { registerIpcRoutes, type IpcMainLike } from '../../electron/ipc-routes';
import { buildBridge } from '../../electron/preload-api';
import { startHttpServer, type RunningServer } from '../../electron/server/http';
import { SAMPLE_FAIR } from '../helpers/temp-library';

let dir: string;
let core: AppCore;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-transport-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>FairFloor</title>');
  core = createAppCore({ dataDir: join(dir, 'data'), mode: 'browser', version: 'test', checkOutputs: true });
  server = await startHttpServer({ dispatch: core.dispatch, staticDir, maxBodyBytes: 1024 * 1024 });
});
afterAll(async () => {
  await server.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** fetch() will not send another Host header, so this asks with node:http, as a rebound page would. */
function statusWithHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/api/listFairs`,
      {
        method: 'POST',
        headers: { Host: host, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

/** Electron's IPC, played by a bus in memory: the preload's bridge on one side, the routes on the other. */
function fakeIpc(trusted: boolean) {
  const handlers = new Map<string, (event: { senderFrame: unknown }, input: unknown) => Promise<Reply<unknown>>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  registerIpcRoutes(ipcMain, core.dispatch, () => trusted);
  const bridge = buildBridge((channel, input) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No IPC handler on ${channel}`);
    // Structured clone, as IPC does: nothing but data crosses.
    return handler({ senderFrame: {} }, structuredClone(input));
  });
  return { bridge, channels: [...handlers.keys()] };
}

describe('HTTP transport (browser mode)', () => {
  it('serves the API with the token and refuses calls without it', async () => {
    const ok = await post('createFair', SAMPLE_FAIR);
    expect(ok.status).toBe(200);
    expect((await ok.json()) as Reply<{ name: string }>).toMatchObject({ ok: true, value: { name: SAMPLE_FAIR.name } });

    const anonymous = await post('listFairs', {}, { Authorization: '' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
    const wrong = await post('listFairs', {}, { Authorization: `Bearer ${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
  });

  it('refuses another host name (DNS rebinding), non-JSON bodies, oversized bodies and unknown methods', async () => {
    expect(await statusWithHost('evil.example')).toBe(421);
    expect(await statusWithHost(new URL(server.url).host)).toBe(200);
    const form = await post('listFairs', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    const big = await post('importFair', { fileName: 'x.fairfloor', base64: 'A'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await big.json()) as Reply<never>).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    const unknown = await post('dropAllTables', {});
    expect(unknown.status).toBe(404);
    const broken = await post('listFairs', '{not json');
    expect(broken.status).toBe(400);
  });

  it('validates input with the contract and answers { code, message, details }, never a stack', async () => {
    const res = await post('createFair', { ...SAMPLE_FAIR, lastDay: '2026-04-01' });
    expect(res.status).toBe(400);
    const reply = (await res.json()) as Reply<never>;
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'The last day cannot be before the first day',
        details: { issues: [{ path: ['lastDay'], message: 'The last day cannot be before the first day' }] },
      },
    });
    const missing = (await (await post('openFair', { fairId: 'nope' })).json()) as Reply<never>;
    expect(missing).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String), details: { fairId: 'nope' } } });
    expect(JSON.stringify(missing)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('serves the interface with a content security policy, and nothing outside its folder', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escape = await fetch(`${server.url}/..%2F..%2Fdata%2Fsettings.json`);
    expect(await escape.text()).toContain('<title>FairFloor</title>');
  });
});

describe('one contract, both transports', () => {
  it('every contract method is reachable over HTTP', async () => {
    for (const name of METHOD_NAMES) {
      const reply = (await (await post(name, {})).json()) as Reply<unknown>;
      if (!reply.ok) expect(reply.error.code, name).not.toBe('UNKNOWN_METHOD');
    }
  });

  it('every contract method has its own IPC channel and the bridge has one function per method', async () => {
    const { bridge, channels } = fakeIpc(true);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    expect(channels.sort()).toEqual(METHOD_NAMES.map((n) => `fairfloor:${n}`).sort());
    for (const name of METHOD_NAMES) {
      const reply = await bridge[name]({});
      if (!reply.ok) expect(reply.error.code, name).not.toBe('UNKNOWN_METHOD');
    }
  });

  it('the two transports give the same answers', async () => {
    const { bridge } = fakeIpc(true);
    const viaIpc = await bridge.listFairs({});
    const viaHttp = (await (await post('listFairs', {})).json()) as Reply<unknown>;
    expect(viaIpc).toEqual(viaHttp);
    const badIpc = await bridge.createFair({ name: '' });
    const badHttp = (await (await post('createFair', { name: '' })).json()) as Reply<unknown>;
    expect(badIpc).toEqual(badHttp);
  });

  it('IPC from a frame that is not the app is refused', async () => {
    const { bridge } = fakeIpc(false);
    expect(await bridge.listFairs({})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('every method declares schemas for its input and output', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(typeof spec.input.safeParse, name).toBe('function');
      expect(typeof spec.output.safeParse, name).toBe('function');
      expect(Array.isArray(spec.errors), name).toBe(true);
    }
  });
});
