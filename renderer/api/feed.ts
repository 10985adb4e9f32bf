import { FairChange, FEED_PATH } from '../../shared/api/feed';

export { ALL_TOPICS } from '../../shared/api/feed';
import type { FeedBridge } from '../../electron/preload-api';
import { takeSessionToken } from './client';
import { readEvents } from './events';

export { readEvents };

declare global {
  interface Window {
    /** Present in the desktop app only: the change feed over IPC. */
    fairfloorFeed?: FeedBridge;
  }
}

export interface FeedHandlers {
  onChange: (change: FairChange) => void;
  /** The stream came back after a break: whatever was announced meanwhile was missed. */
  onReconnect?: () => void;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

function parse(data: unknown, onChange: (change: FairChange) => void): void {
  const change = FairChange.safeParse(data);
  if (change.success) onChange(change.data);
}

/**
 * Subscribes to the change feed, whichever transport carries it: IPC events in the desktop app,
 * server-sent events read with fetch() in browser mode (the token goes in the Authorization
 * header, never in the URL). Reconnects after a break. Returns the way to stop.
 */
export function subscribeFeed(handlers: FeedHandlers): () => void {
  const bridge = window.fairfloorFeed;
  if (bridge) return bridge.subscribe((change) => parse(change, handlers.onChange));

  const token = takeSessionToken();
  const abort = new AbortController();
  let delay = RETRY_MIN_MS;
  let connectedBefore = false;
  const run = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      try {
        const response = await fetch(FEED_PATH, { headers: { Authorization: `Bearer ${token}` }, signal: abort.signal });
        if (!response.ok || !response.body) throw new Error(`feed ${response.status}`);
        if (connectedBefore) handlers.onReconnect?.();
        connectedBefore = true;
        delay = RETRY_MIN_MS;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = readEvents(buffer + value, (data) => {
            try {
              parse(JSON.parse(data), handlers.onChange);
            } catch {
              // A line that is not JSON is not a change.
            }
          });
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
  };
  void run();
  return () => abort.abort();
}
