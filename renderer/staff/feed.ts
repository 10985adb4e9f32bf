import type { ApiErrorShape } from '../../shared/api/errors';
import { STAFF_FEED_PATH, StaffFeedEvent, type StaffFeedTopic } from '../../shared/model/staff';
import { readEvents } from '../api/events';
import type { StaffApi } from './api';

export interface FeedHandlers {
  /** The organizer changed what the phone shows: read it again. */
  onChange: (topics: StaffFeedTopic[]) => void;
  /** Connected (again): whatever changed while the phone did not listen was missed, so read everything. */
  onConnect: () => void;
  /** The phone was turned away (removed, or not joined): nothing more is heard. */
  onRefused: (error: ApiErrorShape) => void;
}

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15_000;
/** The server says something every 20 s; a stream silent for longer is dead (a phone walking out of the Wi-Fi). */
const SILENCE_MS = 45_000;

/**
 * Listens to the organizer's changes while the page is open: server-sent events read with fetch,
 * the token in the Authorization header (never in the address). Reconnects with a growing pause,
 * at once when the phone is back online. Returns the way to stop.
 */
export function listenToOrganizer(api: StaffApi, handlers: FeedHandlers): () => void {
  const stopped = new AbortController();
  let wake = () => {};
  const online = () => wake();
  window.addEventListener('online', online);
  stopped.signal.addEventListener('abort', () => window.removeEventListener('online', online));

  const listenOnce = async (): Promise<'refused' | 'lost'> => {
    const attempt = new AbortController();
    const abort = () => attempt.abort();
    stopped.signal.addEventListener('abort', abort);
    let silence: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(abort, SILENCE_MS);
    };
    try {
      heard();
      const response = await fetch(`.${STAFF_FEED_PATH}`, {
        headers: api.token ? { Authorization: `Bearer ${api.token}` } : {},
        cache: 'no-store',
        signal: attempt.signal,
      });
      if (response.status === 401) {
        const body = (await response.json()) as { error: ApiErrorShape };
        handlers.onRefused(body.error);
        return 'refused';
      }
      if (!response.ok || !response.body) return 'lost';
      handlers.onConnect();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let refused = false;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        heard();
        buffer = readEvents(buffer + value, (data) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(data);
          } catch {
            return;
          }
          const change = StaffFeedEvent.safeParse(parsed);
          if (change.success) handlers.onChange(change.data.topics);
          else if (parsed && typeof parsed === 'object' && 'code' in parsed) {
            refused = true;
            handlers.onRefused(parsed as ApiErrorShape);
          }
        });
      }
      return refused ? 'refused' : 'lost';
    } catch {
      return 'lost';
    } finally {
      clearTimeout(silence);
      stopped.signal.removeEventListener('abort', abort);
    }
  };

  void (async () => {
    let pause = RETRY_MIN_MS;
    while (!stopped.signal.aborted) {
      const started = Date.now();
      if ((await listenOnce()) === 'refused') return;
      if (stopped.signal.aborted) return;
      // A stream that lived a while was fine: start again quickly.
      if (Date.now() - started > SILENCE_MS) pause = RETRY_MIN_MS;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = () => {};
      pause = Math.min(pause * 2, RETRY_MAX_MS);
    }
  })();
  return () => stopped.abort();
}
