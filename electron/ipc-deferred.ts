import type { IpcMainLike } from './ipc-routes';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** The IPC routes of a window that is up before the app's rules: every channel answers once they have loaded. */
export interface DeferredIpc extends IpcMainLike {
  /** Calls waiting for the rules are answered with this error (the rules could not load). */
  fail(error: unknown): void;
}

/**
 * Registers every channel on `ipcMain` at once, before the rules have loaded, so that no call from the
 * window ever meets "no handler registered": a call that comes first asks for the rules (`wanted`) and
 * waits for its real listener. The rules then register their listeners on the returned object (with
 * the same functions as ever); a channel not named here is refused loudly, so none is forgotten.
 * Plain Node: no `electron` import, zod-free (the desktop main process loads this before its rules).
 */
export function deferredIpc(ipcMain: IpcMainLike, channels: readonly string[], wanted: () => void): DeferredIpc {
  const listeners = new Map<string, Listener>();
  let failure: { error: unknown } | null = null;
  let waiting: Array<() => void> = [];
  const settled = () => {
    for (const wake of waiting) wake();
    waiting = [];
  };
  const listenerOf = async (channel: string): Promise<Listener> => {
    for (;;) {
      if (failure) throw failure.error;
      const listener = listeners.get(channel);
      if (listener) return listener;
      wanted();
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };
  for (const channel of new Set(channels)) ipcMain.handle(channel, async (event, input) => (await listenerOf(channel))(event, input));
  const known = new Set(channels);
  return {
    handle(channel, listener) {
      if (!known.has(channel)) throw new Error(`IPC channel ${channel} was not registered before the window opened`);
      if (listeners.has(channel)) throw new Error(`IPC channel ${channel} registered twice`);
      listeners.set(channel, listener);
      settled();
    },
    fail(error) {
      failure = { error };
      settled();
    },
  };
}
