import { join } from 'node:path';
import type { HandlerContext } from './api/context';
import { createDispatch, type Dispatch } from './api/dispatch';
import { ChangeFeed, watchExternalWrites } from './api/feed';
import { handlers } from './handlers';
import { jobs as printJobs } from './handlers/print';
import { WARM_JOBS_AFTER_MS, WorkerRunner } from './services/jobs/worker-runner';
import { createDemoFair } from './services/demo';
import { FairLibrary } from './services/library';
import { SettingsStore } from './services/settings';
import { staffCaller } from './api/caller';
import { Uploads } from './api/uploads';
import { StaffMode, type StaffModeOptions } from './server/staff-mode';

export interface AppCoreOptions {
  dataDir: string;
  mode: HandlerContext['mode'];
  /** The app's version, as the desktop runtime or package.json tells it. */
  version: string;
  /** Create the demo fair when the library is empty on first run (off in most tests). */
  seedDemo?: boolean;
  checkOutputs?: boolean;
  /** Staff mode: where the staff page is built, and (tests) which networks and port to offer. */
  staff?: Pick<StaffModeOptions, 'staticDir' | 'networks' | 'port' | 'now'>;
}

export interface AppCore {
  ctx: HandlerContext;
  dispatch: Dispatch;
  /** Committed writes, announced to every open view (IPC events, server-sent events). */
  feed: ChangeFeed;
  close: () => void;
}

/** Everything behind the transports, with no `electron` import: the desktop app, browser mode and tests share it. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const library = new FairLibrary(options.dataDir);
  const settings = new SettingsStore(options.dataDir);
  // The person the app asked for on first start, never the computer's account (often "root" or a shared login).
  const organizer = () => settings.get().userName || 'FairFloor';
  // Staff mode wraps the dispatch that is made from the context it is part of: handed over below.
  const late: { dispatch?: Dispatch; feed?: ChangeFeed } = {};
  const staff = new StaffMode({
    ...options.staff,
    library,
    actor: organizer,
    dispatch: () => late.dispatch!,
    // Joins and phones seen again do not go through the dispatch: staff mode announces them itself.
    announce: (fairId, method) => late.feed?.announce(fairId, method, ['staff']),
    subscribe: (listener) => late.feed?.subscribe(listener) ?? (() => {}),
  });
  const ctx: HandlerContext = {
    library,
    settings,
    actor: () => staffCaller()?.personName ?? organizer(),
    deviceId: () => staffCaller()?.deviceId ?? null,
    staff,
    files: new Uploads(join(options.dataDir, '.uploads')),
    mode: options.mode,
    version: options.version,
  };
  if (options.seedDemo && !settings.demoCreated() && library.isEmpty()) {
    createDemoFair(library, ctx.actor());
    settings.markDemoCreated();
  }
  const feed = new ChangeFeed();
  late.feed = feed;
  const external = watchExternalWrites(feed, () => library.openConnections());
  const dispatch = createDispatch(handlers, ctx, {
    feed,
    checkOutputs: options.checkOutputs ?? false,
    logError: (method, error) => console.error(`[fairfloor] ${method} failed:`, error),
  });
  late.dispatch = dispatch;
  return {
    ctx,
    dispatch,
    feed,
    close: () => {
      // Nothing listens on the LAN once the app is gone.
      staff.close();
      external.stop();
      library.closeAll();
    },
  };
}

/**
 * The app core of a running app (desktop or browser mode): PDFs are made in a worker thread built
 * beside the app's bundle (`workerFile`), so a sale is never queued behind a big map; closing the core
 * stops the workers too.
 */
export function startAppCore(options: AppCoreOptions & { workerFile: string }): AppCore {
  printJobs.workers = new WorkerRunner({ file: options.workerFile });
  printJobs.workers.warmAfter(WARM_JOBS_AFTER_MS);
  const core = createAppCore(options);
  const close = core.close;
  return {
    ...core,
    close: () => {
      printJobs.workers?.close();
      close();
    },
  };
}
