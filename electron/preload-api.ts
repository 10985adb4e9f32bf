// Imported by the preload: types only from shared/ (erased), so no zod and no schema is bundled into it.
import type { MethodName } from '../shared/api/contract';
import type { Reply } from '../shared/api/errors';
import type { IncomingFileMessage } from './shell/incoming';
import { FEED_CHANNEL } from '../shared/api/channels';

export type RawBridge = Record<MethodName, (input: unknown) => Promise<Reply<unknown>>>;

/** The IPC channel of one contract method. */
export const ipcChannel = (name: string) => `fairfloor:${name}`;

/**
 * What the preload exposes as `window.fairfloor`: one named function per contract method, each
 * bound to its own channel. There is no generic `invoke(channel, …)` for a page to abuse.
 * The names come from the build (see build/scripts/build.mjs), so the contract's schemas stay out.
 */
export function buildBridge(names: readonly MethodName[], invoke: (channel: string, input: unknown) => Promise<Reply<unknown>>): RawBridge {
  const bridge = {} as RawBridge;
  for (const name of names) bridge[name] = (input: unknown) => invoke(ipcChannel(name), input);
  return bridge;
}

/** Desktop-only abilities that are not part of the fair API (native dialogs, printing, files from the system). */
export interface DesktopBridge {
  saveFile: (file: { fileName: string; base64: string }) => Promise<{ saved: boolean; path?: string }>;
  /** Hands the PDF to the system's viewer, which offers printing; rejects with the reason when it cannot. */
  printPdf: (file: { fileName: string; base64: string }) => Promise<void>;
  /** Sends a chosen file ahead of the call that uses it (streamed from disk by the main process); answers its upload id. */
  uploadFile: (file: File) => Promise<Reply<{ upload: string }>>;
  /** The same for bytes the window made itself (a drawing rendered to PNG). */
  uploadBytes: (bytes: Uint8Array) => Promise<Reply<{ upload: string }>>;
  /** Files the system handed over (double-click, argv, a second launch); returns the unsubscribe. */
  onIncomingFile: (listener: (file: IncomingFileMessage) => void) => () => void;
  /** Menu items that act in the window (new fair, import, open a recent fair). */
  onMenuCommand: (listener: (command: WindowCommand) => void) => () => void;
}

/** Menu commands the window carries out. */
export type WindowCommand =
  | { kind: 'new-fair' }
  | { kind: 'import-fair' }
  | { kind: 'import-exhibitors' }
  | { kind: 'library' }
  | { kind: 'open-fair'; fairId: string };

export const DESKTOP_CHANNELS = {
  saveFile: 'fairfloor-desktop:saveFile',
  printPdf: 'fairfloor-desktop:printPdf',
  /** window → main: a chosen file's path, or bytes the window made; answered with an upload id. */
  uploadFile: 'fairfloor-desktop:uploadFile',
  uploadBytes: 'fairfloor-desktop:uploadBytes',
  /** main → window: a file to open or import. */
  incomingFile: 'fairfloor-desktop:incomingFile',
  /** window → main: listening for files now (those that came before are sent). */
  incomingReady: 'fairfloor-desktop:incomingReady',
  /** main → window: a menu command. */
  menuCommand: 'fairfloor-desktop:menuCommand',
  // The change feed's channel is FEED_CHANNEL (shared/api/channels.ts), used by buildFeedBridge below.
} as const;

/** The desktop channels the window calls and waits on (ipcRenderer.invoke), besides one per contract method. */
export const DESKTOP_CALL_CHANNELS = [
  DESKTOP_CHANNELS.saveFile,
  DESKTOP_CHANNELS.printPdf,
  DESKTOP_CHANNELS.uploadFile,
  DESKTOP_CHANNELS.uploadBytes,
] as const;

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
