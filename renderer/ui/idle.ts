/** Runs `work` when the page is idle (within a second at the latest); returns a cancel for effects. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 200);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

/** Time an idle slice may take when the browser gives none (no requestIdleCallback, or the wait timed out). */
const SLICE_MS = 5;

/**
 * Runs `work` in idle slices until it returns false (nothing left): each slice is given the time
 * left in it. Within a second a slice runs even if the page never rests. Returns a cancel.
 */
export function whenIdleSlices(work: (timeLeft: () => number) => boolean): () => void {
  let cancel = () => {};
  const fixed = () => {
    const started = performance.now();
    return () => SLICE_MS - (performance.now() - started);
  };
  const next = () => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => work(fixed()) && next(), 0);
      cancel = () => clearTimeout(timer);
      return;
    }
    const id = requestIdleCallback((d) => work(d.didTimeout ? fixed() : () => d.timeRemaining()) && next(), { timeout: 1000 });
    cancel = () => cancelIdleCallback(id);
  };
  next();
  return () => cancel();
}
