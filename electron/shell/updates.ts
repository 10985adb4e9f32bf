/**
 * When FairFloor looks for updates. The feed is a plain folder of installers on a web server (the
 * generic provider), whose address is set when the installers are built (FAIRFLOOR_UPDATE_URL), so a
 * department can host its own. An update is offered, downloaded only when the person agrees, and
 * installed when they restart or quit: never forced.
 */
export type UpdatePolicy = { enabled: true; feedUrl: string; checkOnStart: boolean } | { enabled: false; reason: string };

export function updatePolicy(input: { feedUrl: string | undefined; isPackaged: boolean; disabledByEnv?: string }): UpdatePolicy {
  const feedUrl = (input.feedUrl ?? '').trim();
  if (!input.isPackaged) return { enabled: false, reason: 'Updates: skipped (development build).' };
  if (input.disabledByEnv === '1') return { enabled: false, reason: 'Updates: skipped (FAIRFLOOR_NO_UPDATES=1).' };
  if (!feedUrl) return { enabled: false, reason: 'Updates: skipped (no update address was set when this copy was built).' };
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    return { enabled: false, reason: `Updates: skipped (the update address "${feedUrl}" is not a URL).` };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) {
    return { enabled: false, reason: `Updates: skipped (the update address must use https, not ${url.protocol}).` };
  }
  return { enabled: true, feedUrl: url.href, checkOnStart: true };
}

/** The quiet check on start waits this long: the updater and its libraries load after the first screen, not before the window. */
export const UPDATE_CHECK_AFTER_MS = 10_000;

/** electron-updater's switches that keep the person in charge: nothing downloads or installs unasked. */
export const UPDATER_SETTINGS = { autoDownload: false, autoInstallOnAppQuit: true, allowDowngrade: false, allowPrerelease: false } as const;
