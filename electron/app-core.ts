import type { HandlerContext } from './api/context';
import { createDispatch, type Dispatch } from './api/dispatch';
import { handlers } from './handlers';
import { createDemoFair } from './services/demo';
import { FairLibrary } from './services/library';
import { SettingsStore } from './services/settings';

export interface AppCoreOptions {
  dataDir: string;
  mode: HandlerContext['mode'];
  /** The app's version, as the desktop runtime or package.json tells it. */
  version: string;
  /** Create the demo fair when the library is empty on first run (off in most tests). */
  seedDemo?: boolean;
  checkOutputs?: boolean;
}

export interface AppCore {
  ctx: HandlerContext;
  dispatch: Dispatch;
  close: () => void;
}

/** Everything behind the transports, with no `electron` import: the desktop app, browser mode and tests share it. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const library = new FairLibrary(options.dataDir);
  const settings = new SettingsStore(options.dataDir);
  const ctx: HandlerContext = {
    library,
    settings,
    // The person the app asked for on first start, never the computer's account (often "root" or a shared login).
    actor: () => settings.get().userName || 'FairFloor',
    mode: options.mode,
    version: options.version,
  };
  if (options.seedDemo && !settings.demoCreated() && library.isEmpty()) {
    createDemoFair(library, ctx.actor());
    settings.markDemoCreated();
  }
  const dispatch = createDispatch(handlers, ctx, {
    checkOutputs: options.checkOutputs ?? false,
    logError: (method, error) => console.error(`[fairfloor] ${method} failed:`, error),
  });
  return { ctx, dispatch, close: () => library.closeAll() };
}
