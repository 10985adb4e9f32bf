import type { z } from 'zod';
import { METHOD_NAMES } from '../shared/api/contract';
import { ApiError, type Reply } from '../shared/api/errors';
import type { Dispatch } from './api/dispatch';
import { fieldIssues } from './api/dispatch';
import { DESKTOP_CHANNELS, ipcChannel } from './preload-api';
import { PrintPdfInput, SaveFileInput } from './shell/desktop-channels';
import { uploadRefusal, UploadTooLarge, type Uploads } from './api/uploads';

/** The slice of Electron's `ipcMain` this module needs, so it can be tested under plain Node. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: unknown }, input: unknown) => Promise<unknown>): void;
}

const REFUSED = { code: 'UNAUTHORIZED', message: 'Refused: the call did not come from FairFloor.' } as const;

/** Registers one IPC channel per contract method; calls from any frame but the app's own are refused. */
export function registerIpcRoutes(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedFrame: (frame: unknown) => boolean): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input): Promise<Reply<unknown>> => {
      if (!isTrustedFrame(event.senderFrame)) return { ok: false, error: REFUSED };
      return dispatch(name, input);
    });
  }
}

/** The desktop-only abilities, carried out by main.ts with Electron's dialogs and shell. */
export interface DesktopActions {
  saveFile: (file: SaveFileInput) => Promise<{ saved: boolean; path?: string }>;
  printPdf: (file: PrintPdfInput) => Promise<void>;
}

/** Thrown back over IPC (the renderer's promise rejects with its message). */
export class DesktopCallRefused extends Error {}

function checked<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = fieldIssues(parsed.error)[0];
    throw new DesktopCallRefused(`Refused: ${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Save and print: the same frame check as the fair API, and the input validated with zod before anything is written. */
export function registerDesktopRoutes(ipcMain: IpcMainLike, actions: DesktopActions, isTrustedFrame: (frame: unknown) => boolean): void {
  const guard = (frame: unknown) => {
    if (!isTrustedFrame(frame)) throw new DesktopCallRefused(REFUSED.message);
  };
  ipcMain.handle(DESKTOP_CHANNELS.saveFile, async (event, input) => {
    guard(event.senderFrame);
    return actions.saveFile(checked(SaveFileInput, input));
  });
  ipcMain.handle(DESKTOP_CHANNELS.printPdf, async (event, input) => {
    guard(event.senderFrame);
    await actions.printPdf(checked(PrintPdfInput, input));
  });
}

/**
 * Files the person chose, sent ahead of the call that uses them as in browser mode: the window names
 * the file's path (or sends the bytes of one it made) and the main process streams it to disk, so no
 * file travels as base64 inside a call.
 */
export function registerUploadRoutes(
  ipcMain: IpcMainLike,
  uploads: Pick<Uploads, 'receiveFile' | 'receiveBytes'>,
  isTrustedFrame: (frame: unknown) => boolean,
): void {
  const received = async (frame: unknown, receive: () => Promise<{ upload: string }>): Promise<Reply<{ upload: string }>> => {
    if (!isTrustedFrame(frame)) return { ok: false, error: REFUSED };
    try {
      return { ok: true, value: { upload: (await receive()).upload } };
    } catch (error) {
      if (error instanceof UploadTooLarge) return { ok: false, error: uploadRefusal(error) };
      if (ApiError.is(error)) return { ok: false, error: error.toJSON() };
      throw error;
    }
  };
  const refusedInput = (message: string): Reply<never> => ({ ok: false, error: { code: 'VALIDATION', message } });
  ipcMain.handle(DESKTOP_CHANNELS.uploadFile, async (event, path) =>
    typeof path === 'string' && path.length > 0 && path.length <= 4096
      ? received(event.senderFrame, () => uploads.receiveFile(path))
      : refusedInput('Refused: a file is named by its path.'),
  );
  ipcMain.handle(DESKTOP_CHANNELS.uploadBytes, async (event, bytes) =>
    bytes instanceof Uint8Array
      ? received(event.senderFrame, () => uploads.receiveBytes(bytes))
      : refusedInput('Refused: bytes are sent as a Uint8Array.'),
  );
}
