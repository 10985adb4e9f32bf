import { ipcChannel, METHOD_NAMES } from '../shared/api/contract';
import type { Reply } from '../shared/api/errors';
import type { Dispatch } from './api/dispatch';

/** The slice of Electron's `ipcMain` this module needs, so it can be tested under plain Node. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: unknown }, input: unknown) => Promise<Reply<unknown>>): void;
}

/** Registers one IPC channel per contract method; calls from any frame but the app's own are refused. */
export function registerIpcRoutes(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedFrame: (frame: unknown) => boolean): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Refused: the call did not come from FairFloor.' } };
      }
      return dispatch(name, input);
    });
  }
}
