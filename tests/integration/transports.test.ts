import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, contract, type MethodName } from '../../shared/api/contract';
import type { Reply } from '../../shared/api/errors';
import { createAppCore, type AppCore } from '../../electron/app-core';
import { handlers } from '../../electron/handlers';
import { registerIpcRoutes, type IpcMainLike } from '../../electron/ipc-routes';
import { buildBridge } from '../../electron/preload-api';
import { APP_INDEX_URL, isAppFrame, type FrameLike } from '../../electron/security';
import { startHttpServer, type RunningServer } from '../../electron/server/http';
import { resolveAppUrl } from '../../electron/shell/static-files';
import { SAMPLE_FAIR } from '../helpers/temp-library';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let dir: string;
let core: AppCore;
let server: RunningServer;
let staticDir: string;
const SECRET = 'the organizer settings and fairs live here';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-transport-'));
  staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>FairFloor</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Beside the interface's folder, as the fairs and settings are: nothing may serve it.
  writeFileSync(join(dir, 'secret.txt'), SECRET);
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

/** A GET with the path exactly as written: fetch() would resolve `..` and `%2e%2e` before sending. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/`, { method: 'GET', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ESCAPES = [
  '/../secret.txt',
  '/..%2Fsecret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/assets/..%2F..%2Fsecret.txt',
  '/..%5Csecret.txt',
  '/%2F..%2Fsecret.txt',
];

/**
 * Electron's IPC, played by a bus in memory: the preload's bridge on one side, the routes on the
 * other, and the real frame check (isAppFrame) judging which frame is calling.
 */
function fakeIpc(sender: () => FrameLike, mainFrame: FrameLike) {
  const listeners = new Map<string, (event: { senderFrame: unknown }, input: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) };
  registerIpcRoutes(ipcMain, core.dispatch, (frame) => isAppFrame(frame as FrameLike, mainFrame));
  const bridge = buildBridge(METHOD_NAMES, async (channel, input) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No IPC handler on ${channel}`);
    // Structured clone, as IPC does: nothing but data crosses.
    return (await listener({ senderFrame: sender() }, structuredClone(input))) as Reply<unknown>;
  });
  return { bridge, channels: [...listeners.keys()] };
}

function appWindow() {
  const mainFrame = { url: `${APP_INDEX_URL}#/` };
  return { mainFrame, ...fakeIpc(() => mainFrame, mainFrame) };
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
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.any(String), details: { fairId: 'nope', reason: 'fairGone' } },
    });
    expect(JSON.stringify(missing)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('serves the interface with the content security policy, and nothing outside its folder', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>FairFloor</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await rawGet('/assets/app.js');
    expect(script).toEqual({ status: 200, body: 'console.log(1)' });
    for (const path of ESCAPES) {
      const res = await rawGet(path);
      expect(res.body, path).not.toContain(SECRET);
      expect(res.status, path).toBe(404);
    }
  });
});

describe('app:// protocol (desktop window)', () => {
  it("resolves the interface's own files and nothing outside its folder", () => {
    expect(resolveAppUrl(staticDir, APP_INDEX_URL)).toBe(join(staticDir, 'index.html'));
    expect(resolveAppUrl(staticDir, 'app://fairfloor/')).toBe(join(staticDir, 'index.html'));
    expect(resolveAppUrl(staticDir, 'app://fairfloor/assets/app.js')).toBe(join(staticDir, 'assets', 'app.js'));
    for (const path of ESCAPES) expect(resolveAppUrl(staticDir, `app://fairfloor${path}`), path).toBeNull();
    expect(resolveAppUrl(staticDir, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppUrl(staticDir, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppUrl(staticDir, 'app://fairfloor/assets/missing.js')).toBeNull();
    expect(resolveAppUrl(staticDir, 'app://fairfloor/index.html%00.js')).toBeNull();
  });
});

describe('one contract, both transports', () => {
  it('every contract method has a handler in the main process', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name], name).toBe('function');
  });

  /** With an empty input a method either works or refuses in its contract's terms; never INTERNAL, never unknown. */
  function expectContractAnswer(name: MethodName, reply: Reply<unknown>) {
    if (reply.ok) return;
    const allowed: string[] = ['VALIDATION', ...contract[name].errors];
    expect(allowed, `${name} answered ${reply.error.code}: ${reply.error.message}`).toContain(reply.error.code);
  }

  it('every contract method answers over HTTP within its contract', async () => {
    for (const name of METHOD_NAMES) expectContractAnswer(name, (await (await post(name, {})).json()) as Reply<unknown>);
  });

  it('every contract method has its own IPC channel, the bridge one function per method, and each answers within its contract', async () => {
    const { bridge, channels } = appWindow();
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    expect(channels.sort()).toEqual(METHOD_NAMES.map((n) => `fairfloor:${n}`).sort());
    for (const name of METHOD_NAMES) expectContractAnswer(name, await bridge[name]({}));
  });

  it('one real call per handler group gives the same answer over both transports', async () => {
    const { bridge } = appWindow();
    const created = (await bridge.createFair({ ...SAMPLE_FAIR, name: 'Hội chợ hai đường' })) as Reply<{ id: string }>;
    expect(created.ok).toBe(true);
    const fairId = created.ok ? created.value.id : '';
    const calls: [MethodName, unknown][] = [
      ['getFair', { fairId }],
      ['getPlan', { fairId }],
      ['listExhibitors', { fairId }],
      ['listSaleBooths', { fairId }],
      ['getDashboard', { fairId }],
      ['getPrintChoices', { fairId }],
    ];
    for (const [name, input] of calls) {
      const viaIpc = await bridge[name](input);
      const viaHttp = (await (await post(name, input)).json()) as Reply<unknown>;
      expect(viaIpc.ok, `${name}: ${JSON.stringify(viaIpc).slice(0, 200)}`).toBe(true);
      expect(viaIpc, name).toEqual(viaHttp);
    }
    const badIpc = await bridge.createFair({ name: '' });
    const badHttp = (await (await post('createFair', { name: '' })).json()) as Reply<unknown>;
    expect(badIpc).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(badIpc).toEqual(badHttp);
  });

  it("IPC is answered only for the app window's main frame showing the app (the real isAppFrame)", async () => {
    const mainFrame = { url: `${APP_INDEX_URL}#/fair/x/plan` };
    let sender: FrameLike = mainFrame;
    const { bridge } = fakeIpc(() => sender, mainFrame);
    expect(await bridge.listFairs({})).toMatchObject({ ok: true });

    // An iframe inside the app, even one showing the app's own page.
    sender = { url: APP_INDEX_URL };
    expect(await bridge.listFairs({})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // The main frame after it was somehow navigated away from the app.
    mainFrame.url = 'https://example.com/';
    sender = mainFrame;
    expect(await bridge.listFairs({})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    mainFrame.url = 'file:///opt/FairFloor/resources/app.asar/dist/renderer/index.html';
    expect(await bridge.createFair(SAMPLE_FAIR)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});
