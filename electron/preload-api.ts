import { ipcChannel, METHOD_NAMES, type MethodName } from '../shared/api/contract';
import type { Reply } from '../shared/api/errors';

export type RawBridge = Record<MethodName, (input: unknown) => Promise<Reply<unknown>>>;

/**
 * What the preload exposes as `window.fairfloor`: one named function per contract method, each
 * bound to its own channel. There is no generic `invoke(channel, …)` for a page to abuse.
 */
export function buildBridge(invoke: (channel: string, input: unknown) => Promise<Reply<unknown>>): RawBridge {
  const bridge = {} as RawBridge;
  for (const name of METHOD_NAMES) bridge[name] = (input: unknown) => invoke(ipcChannel(name), input);
  return bridge;
}

/** Desktop-only abilities that are not part of the fair API (native dialogs, printing). */
export interface DesktopBridge {
  saveFile: (file: { fileName: string; base64: string }) => Promise<{ saved: boolean; path?: string }>;
  printPdf: (file: { fileName: string; base64: string }) => Promise<void>;
}

export const DESKTOP_CHANNELS = { saveFile: 'fairfloor-desktop:saveFile', printPdf: 'fairfloor-desktop:printPdf' } as const;
