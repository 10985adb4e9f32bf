import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from '../api/feed';

/** A comment line now and then keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/** Writes one event to the stream; `last` ends the stream after it. */
export type SendEvent = (event: string, data: unknown, last?: boolean) => void;

/**
 * Server-sent events on a long GET, for a caller already let in. `listen` starts what feeds the
 * stream and returns the way to stop it, called once the stream closes from either side.
 */
export function streamEvents(req: IncomingMessage, res: ServerResponse, listen: (send: SendEvent) => () => void): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  res.socket?.setNoDelay(true);
  // Said at once, so the reader knows it is connected (and refetches whatever it may have missed).
  res.write(': connected\n\n');
  const send: SendEvent = (event, data, last) => {
    if (res.writableEnded) return;
    const block = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    if (last) res.end(block);
    else res.write(block);
  };
  const unsubscribe = listen(send);
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref?.();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}

/**
 * Browser mode's change feed. The caller has checked the Bearer token already; EventSource cannot
 * send one, so the renderer reads this with fetch().
 */
export function streamFeed(feed: ChangeFeed, req: IncomingMessage, res: ServerResponse): void {
  streamEvents(req, res, (send) => feed.subscribe((change) => send('change', change)));
}
