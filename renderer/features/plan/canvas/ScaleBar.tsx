import { memo, useEffect, useRef } from 'react';
import type { FloorScene } from './scene';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

const NICE_M = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const TARGET_PX = 110;

/** A scale bar in metres, updated straight in the DOM on view changes (no React render per frame). */
export const ScaleBar = memo(function ScaleBar({ scene }: { scene: FloorScene | null }) {
  const bar = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const language = useLanguage();
  useEffect(() => {
    if (!scene) return;
    const update = () => {
      const scale = scene.currentView.scale;
      const metres = NICE_M.find((m) => m * scale >= TARGET_PX * 0.6) ?? NICE_M.at(-1)!;
      if (bar.current) bar.current.style.width = `${Math.round(metres * scale)}px`;
      if (text.current) text.current.textContent = `${formatNumber(metres, language, 1)} m`;
    };
    update();
    scene.viewListeners.add(update);
    return () => void scene.viewListeners.delete(update);
  }, [scene, language]);
  return (
    <div className="plan-scale" aria-hidden="true">
      <div className="plan-scale-bar" ref={bar} />
      <span ref={text} data-testid="scale-bar" />
    </div>
  );
});
