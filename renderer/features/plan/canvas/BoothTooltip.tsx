import { memo, useEffect, useRef } from 'react';
import type { Booth } from '../../../../shared/model/plan';
import { toWorld } from '../model/view';
import { localPoint } from './hooks';
import type { FloorScene } from './scene';

/** Below this many pixels a booth's label is cut short or dropped: the tooltip shows it whole. */
const OFFSET_PX = 14;

/**
 * A tooltip with a booth's whole number, exhibitor and status while the pointer rests on it (labels
 * on the canvas are cut to the booth's size). Updated straight in the DOM; hidden while a button is
 * held, so it never follows a drag.
 */
export const BoothTooltip = memo(function BoothTooltip({ scene, text }: { scene: FloorScene | null; text: (booth: Booth) => string }) {
  const tip = useRef<HTMLDivElement>(null);
  const textRef = useRef(text);
  textRef.current = text;
  useEffect(() => {
    const el = scene?.stage.container();
    const box = tip.current;
    if (!scene || !el || !box) return;
    let shown: string | null = null;
    const hide = () => {
      box.hidden = true;
      shown = null;
    };
    const onMove = (e: PointerEvent) => {
      const p = localPoint(el, e);
      const booth = e.buttons === 0 ? scene.index.at(toWorld(scene.currentView, p)) : undefined;
      if (!booth) return hide();
      if (shown !== booth.id) {
        box.textContent = textRef.current(booth);
        shown = booth.id;
      }
      box.hidden = false;
      const { width, height } = scene.viewportSize;
      // Kept inside the canvas: flipped to the left or above near the right and bottom edges.
      const x = p.x + OFFSET_PX + box.offsetWidth > width ? p.x - OFFSET_PX - box.offsetWidth : p.x + OFFSET_PX;
      const y = p.y + OFFSET_PX + box.offsetHeight > height ? p.y - OFFSET_PX - box.offsetHeight : p.y + OFFSET_PX;
      box.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, y)}px)`;
    };
    const listening = new AbortController();
    const options = { signal: listening.signal };
    el.addEventListener('pointermove', onMove, options);
    el.addEventListener('pointerleave', hide, options);
    el.addEventListener('pointerdown', hide, options);
    el.addEventListener('wheel', hide, options);
    return () => listening.abort();
  }, [scene]);
  return <div ref={tip} className="plan-tooltip" role="tooltip" data-testid="booth-tooltip" hidden style={{ left: 0, top: 0 }} />;
});
