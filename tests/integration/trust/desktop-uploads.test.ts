import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app-core';
import { Uploads } from '../../../electron/api/uploads';
import { registerUploadRoutes, type IpcMainLike } from '../../../electron/ipc-routes';
import { DESKTOP_CHANNELS } from '../../../electron/preload-api';
import { createDemoFair } from '../../../electron/services/demo';
import type { Reply } from '../../../shared/api/errors';

const MB = 1024 * 1024;

/**
 * The desktop app sends a chosen file as its path (the preload asks Electron where the file lies) and
 * the main process streams it to disk as an upload, as browser mode does: no file crosses IPC as base64.
 */
describe('desktop: files chosen in the window go ahead of the call, streamed from disk', () => {
  let dir: string;
  let core: AppCore;
  let uploads: Uploads;
  let trusted: boolean;
  const listeners = new Map<string, (event: { senderFrame: unknown }, input: unknown) => Promise<unknown>>();
  const send = async (channel: string, input: unknown) =>
    (await listeners.get(channel)!({ senderFrame: 'app' }, structuredClone(input))) as Reply<{ upload: string }>;
  const uploadsDir = () => join(dir, 'data', '.uploads');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairfloor-desktop-uploads-'));
    core = createAppCore({ dataDir: join(dir, 'data'), mode: 'desktop', version: 'test', checkOutputs: true });
    uploads = new Uploads(uploadsDir(), { maxBytes: 8 * MB, maxPendingBytes: 12 * MB });
    core.ctx.files = uploads;
    trusted = true;
    const ipcMain: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) };
    registerUploadRoutes(ipcMain, uploads, () => trusted);
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a fair file named by its path is imported through an upload, and nothing stays behind', async () => {
    const demo = createDemoFair(core.ctx.library, 'test');
    const exported = await core.ctx.library.exportFair(demo.id);
    const onDisk = join(dir, exported.fileName);
    writeFileSync(onDisk, Buffer.from(exported.base64, 'base64'));

    const sent = await send(DESKTOP_CHANNELS.uploadFile, onDisk);
    expect(sent.ok).toBe(true);
    const upload = sent.ok ? sent.value.upload : '';
    const reply = await core.dispatch('importFair', {
      fileName: exported.fileName,
      mimeType: 'application/vnd.fairfloor',
      base64: '',
      upload,
    });
    expect(reply).toMatchObject({ ok: true, value: { name: demo.name } });
    expect(readdirSync(uploadsDir())).toEqual([]);
    expect(uploads.pendingBytes()).toBe(0);
  });

  it('bytes the window made go the same way', async () => {
    const sent = await send(DESKTOP_CHANNELS.uploadBytes, new Uint8Array([1, 2, 3, 4]));
    expect(sent).toMatchObject({ ok: true, value: { upload: expect.any(String) } });
    expect(uploads.pendingBytes()).toBe(4);
  });

  it('a file past the limit is refused with the size, a missing file or a folder is refused, and nothing is left on disk', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, Buffer.alloc(9 * MB, 0x41));
    expect(await send(DESKTOP_CHANNELS.uploadFile, big)).toEqual({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than 8 MB.', details: { maxMb: 8 } },
    });
    expect(await send(DESKTOP_CHANNELS.uploadFile, join(dir, 'gone.xlsx'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send(DESKTOP_CHANNELS.uploadFile, dir)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send(DESKTOP_CHANNELS.uploadFile, 'relative/name.xlsx')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send(DESKTOP_CHANNELS.uploadFile, { path: big })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await send(DESKTOP_CHANNELS.uploadBytes, 'AAAA')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readdirSync(uploadsDir())).toEqual([]);
    expect(uploads.pendingBytes()).toBe(0);
  });

  it('a call from a frame that is not the app is refused before anything is read', async () => {
    trusted = false;
    const file = join(dir, 'a.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    expect(await send(DESKTOP_CHANNELS.uploadFile, file)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(uploads.pendingBytes()).toBe(0);
  });
});
