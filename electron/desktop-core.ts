import { startAppCore, type AppCore, type AppCoreOptions } from './app-core';
import { registerDesktopRoutes, registerIpcRoutes, registerUploadRoutes, type DesktopActions, type IpcMainLike } from './ipc-routes';

// The desktop app's rules, built as a bundle of their own (dist/electron/desktop-core.cjs) that the main
// process loads after it has made the window: the contract's schemas, the handlers and the database
// driver never hold the window back. No `electron` import: main.ts hands in what this needs.

export interface DesktopCoreOptions extends Omit<AppCoreOptions, 'mode'> {
  workerFile: string;
  /** Where the IPC routes go: the deferred routes main.ts registered before the window opened. */
  ipc: IpcMainLike;
  isTrusted: (frame: unknown) => boolean;
  desktop: DesktopActions;
  /** After each successful call (the menu's recent fairs and language follow the writes). */
  afterWrite: (method: string, input: unknown) => void;
}

/** Opens the library and answers the window's calls. */
export function startDesktopCore(options: DesktopCoreOptions): AppCore {
  const { ipc, isTrusted, desktop, afterWrite, ...coreOptions } = options;
  const core = startAppCore({ ...coreOptions, mode: 'desktop' });
  registerIpcRoutes(
    ipc,
    async (method, input) => {
      const reply = await core.dispatch(method, input);
      if (reply.ok) afterWrite(method, input);
      return reply;
    },
    isTrusted,
  );
  registerDesktopRoutes(ipc, desktop, isTrusted);
  registerUploadRoutes(ipc, core.ctx.files, isTrusted);
  return core;
}
