import { ipcChannel, METHOD_NAMES, type MethodName } from '../shared/api/contract';
import type { Reply } from '../shared/api/errors';
import { FEED_CHANNEL } from '../shared/api/feed';

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

/** The change feed as the preload exposes it (`window.fairfloorFeed`): listen, and stop listening. */
export interface FeedBridge {
  subscribe: (listener: (change: unknown) => void) => () => void;
}

/** Builds the feed bridge over Electron's `ipcRenderer.on/removeListener`, testable without Electron. */
export function buildFeedBridge(ipc: {
  on: (channel: string, listener: (event: unknown, change: unknown) => void) => unknown;
  removeListener: (channel: string, listener: (event: unknown, change: unknown) => void) => unknown;
}): FeedBridge {
  return {
    subscribe: (listener) => {
      const forward = (_event: unknown, change: unknown) => listener(change);
      ipc.on(FEED_CHANNEL, forward);
      return () => void ipc.removeListener(FEED_CHANNEL, forward);
    },
  };
}
