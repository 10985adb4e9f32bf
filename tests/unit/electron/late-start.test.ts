import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_RULES_BY_MS, QUIET_AFTER_SCRIPTS_MS, startWhenPageRests } from '../../../electron/server/late-start';

/** A request for `url` on a fake server; returns a function that finishes sending its answer. */
function request(server: EventEmitter, url: string): () => void {
  const res = new EventEmitter();
  server.emit('request', { url }, res);
  return () => res.emit('close');
}

describe('browser mode loads its rules once the page rests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the page and its scripts to be sent, then a quiet moment', () => {
    const server = new EventEmitter();
    const start = vi.fn();
    startWhenPageRests(server, start);
    request(server, '/?token=abc')();
    vi.advanceTimersByTime(QUIET_AFTER_SCRIPTS_MS * 3);
    expect(start).not.toHaveBeenCalled(); // the page alone: its scripts are still to come
    const sendMain = request(server, '/assets/main-1.js');
    const sendChunk = request(server, '/assets/i18n-2.js?v=1');
    sendMain();
    vi.advanceTimersByTime(QUIET_AFTER_SCRIPTS_MS * 3);
    expect(start).not.toHaveBeenCalled(); // a script still on its way
    sendChunk();
    vi.advanceTimersByTime(QUIET_AFTER_SCRIPTS_MS - 1);
    const sendCss = request(server, '/assets/main.css');
    vi.advanceTimersByTime(QUIET_AFTER_SCRIPTS_MS * 3);
    expect(start).not.toHaveBeenCalled();
    sendCss();
    vi.advanceTimersByTime(QUIET_AFTER_SCRIPTS_MS);
    expect(start).toHaveBeenCalledTimes(1);
    expect(server.listenerCount('request')).toBe(0);
    vi.advanceTimersByTime(LOAD_RULES_BY_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('loads at once on the first call, and by a deadline when no page comes', () => {
    const server = new EventEmitter();
    const start = vi.fn();
    const now = startWhenPageRests(server, start);
    now();
    now();
    expect(start).toHaveBeenCalledTimes(1);

    const idle = vi.fn();
    startWhenPageRests(new EventEmitter(), idle);
    vi.advanceTimersByTime(LOAD_RULES_BY_MS - 1);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
