import { describe, expect, it } from 'vitest';
import { deferredIpc } from '../../../electron/ipc-deferred';
import { registerDesktopRoutes, registerIpcRoutes, registerUploadRoutes, type IpcMainLike } from '../../../electron/ipc-routes';
import { DESKTOP_CALL_CHANNELS, ipcChannel } from '../../../electron/preload-api';
import { METHOD_NAMES } from '../../../shared/api/contract';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, input: unknown = {}) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: 'app' }, input);
  };
  return { ipcMain, listeners, invoke };
}

/** Every channel the desktop window calls, as main.ts lists them before the rules load. */
const ALL_CHANNELS = [...METHOD_NAMES.map(ipcChannel), ...DESKTOP_CALL_CHANNELS];

describe('IPC routes registered before the rules load', () => {
  it('registers every channel at once; a call that comes first asks for the rules and is answered once they are in', async () => {
    const { ipcMain, listeners, invoke } = fakeIpcMain();
    let asked = 0;
    const late = deferredIpc(ipcMain, ALL_CHANNELS, () => asked++);
    expect([...listeners.keys()].sort()).toEqual([...new Set(ALL_CHANNELS)].sort());
    expect(asked).toBe(0);

    let answered: unknown = 'waiting';
    const call = invoke(ipcChannel('listFairs')).then((reply) => (answered = reply));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toBeGreaterThan(0);
    expect(answered).toBe('waiting');

    // The rules register their listeners on the deferred routes with the usual functions.
    registerIpcRoutes(
      late,
      async (method, input) => ({ ok: true, value: { method, input } }),
      () => true,
    );
    await call;
    expect(answered).toEqual({ ok: true, value: { method: 'listFairs', input: {} } });
    // Later calls go straight through.
    await expect(invoke(ipcChannel('getSettings'), { a: 1 })).resolves.toEqual({
      ok: true,
      value: { method: 'getSettings', input: { a: 1 } },
    });
  });

  it('knows every channel the rules register: the contract, save, print and uploads', () => {
    const { ipcMain } = fakeIpcMain();
    const late = deferredIpc(ipcMain, ALL_CHANNELS, () => {});
    const uploads = { receiveFile: async () => ({ upload: 'u' }), receiveBytes: async () => ({ upload: 'u' }) };
    expect(() => {
      registerIpcRoutes(
        late,
        async () => ({ ok: true, value: null }),
        () => true,
      );
      registerDesktopRoutes(late, { saveFile: async () => ({ saved: false }), printPdf: async () => {} }, () => true);
      registerUploadRoutes(late, uploads as never, () => true);
    }).not.toThrow();
  });

  it('refuses a channel it was not told of, so none can be forgotten', () => {
    const { ipcMain } = fakeIpcMain();
    const withoutUploads = ALL_CHANNELS.filter((c) => !c.includes('upload'));
    const late = deferredIpc(ipcMain, withoutUploads, () => {});
    const uploads = { receiveFile: async () => ({ upload: 'u' }), receiveBytes: async () => ({ upload: 'u' }) };
    expect(() => registerUploadRoutes(late, uploads as never, () => true)).toThrow(/was not registered before the window opened/);
  });

  it('answers waiting calls with the error when the rules cannot load', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const late = deferredIpc(ipcMain, ALL_CHANNELS, () => {});
    const call = invoke(ipcChannel('listFairs'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    late.fail(new Error('the database driver is missing'));
    await expect(call).rejects.toThrow('the database driver is missing');
    await expect(invoke(ipcChannel('getSettings'))).rejects.toThrow('the database driver is missing');
  });
});
