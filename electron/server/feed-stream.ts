import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from '../api/feed';

/** A comment line now and then keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/**
 * Browser mode's change feed: server-sent events on a long GET. The caller has checked the
 * Bearer token already; EventSource cannot send one, so the renderer reads this with fetch().
 */
export function streamFeed(feed: ChangeFeed, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  res.socket?.setNoDelay(true);
  // Said at once, so the reader knows it is connected (and refetches whatever it may have missed).
  res.write(': connected\n\n');
  const unsubscribe = feed.subscribe((change) => {
    res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref?.();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}
