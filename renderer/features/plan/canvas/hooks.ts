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
