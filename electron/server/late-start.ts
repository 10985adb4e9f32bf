import type { EventEmitter } from 'node:events';

/** How long the server rests after sending the page's scripts before it loads the rules. */
export const QUIET_AFTER_SCRIPTS_MS = 30;
/** The latest the rules load after listening when no page asks for anything. */
export const LOAD_RULES_BY_MS = 1500;

/**
 * Runs `start` once, when the page is unlikely to want anything more for a while: after its scripts have
 * been sent and the server rested QUIET_AFTER_SCRIPTS_MS (the browser then spends a moment evaluating
 * them), at the first call of the returned `now`, or LOAD_RULES_BY_MS after this is armed, whichever is
 * first. Loading the rules holds the event loop; done before the scripts it would hold the page back.
 */
export function startWhenPageRests(server: Pick<EventEmitter, 'on' | 'off'>, start: () => void, by = LOAD_RULES_BY_MS): () => void {
  let started = false;
  let sending = 0;
  let scriptsSent = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    if (started) return;
    started = true;
    clearTimeout(quiet);
    clearTimeout(latest);
    server.off('request', watch);
    start();
  };
  const watch = (req: { url?: string }, res: { once: (event: 'close', listener: () => void) => unknown }) => {
    clearTimeout(quiet);
    sending++;
    if ((req.url ?? '').split('?')[0]!.endsWith('.js')) scriptsSent = true;
    res.once('close', () => {
      sending--;
      if (scriptsSent && sending === 0) quiet = setTimeout(now, QUIET_AFTER_SCRIPTS_MS);
    });
  };
  server.on('request', watch);
  const latest = setTimeout(now, by);
  return now;
}
