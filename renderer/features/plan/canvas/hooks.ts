import { useEffect, useState, type RefObject } from 'react';
import { loadCanvasFonts } from './konva';

/** The size of an element, kept current with a ResizeObserver. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** True once the UI font is loaded: the canvas draws nothing before, so labels never show a fallback font. */
export function useCanvasFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadCanvasFonts().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

/** The pointer's position in the element, in CSS pixels. */
export function localPoint(el: HTMLElement, event: { clientX: number; clientY: number }): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: event.clientX - r.left, y: event.clientY - r.top };
}

/** Wheel (and trackpad pinch, which arrives as ctrl+wheel) to a zoom factor. */
export function wheelZoomFactor(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
  const speed = event.ctrlKey ? 0.01 : 0.0016;
  return Math.exp(-event.deltaY * unit * speed);
}

/** Keeps pointer moves coming while a drag leaves the canvas; a pointer that is already gone is fine. */
export function capturePointer(el: Element, pointerId: number): void {
  try {
    el.setPointerCapture(pointerId);
  } catch {
    // The pointer ended before capture (or was synthesized): the gesture still works inside the canvas.
  }
}

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
