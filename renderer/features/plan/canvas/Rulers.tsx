import { memo, useEffect, useRef } from 'react';
import type { View } from '../model/view';
import type { FloorScene } from './scene';

export const RULER_PX = 20;
const STEPS_M = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Labelled ticks at least this far apart on screen. */
const LABEL_GAP_PX = 60;

/** The metre step between labelled ticks at this zoom, and the minor step between them. */
export function rulerSteps(scale: number): { major: number; minor: number } {
  const major = STEPS_M.find((m) => m * scale >= LABEL_GAP_PX) ?? STEPS_M.at(-1)!;
  const minor = STEPS_M.filter((m) => m < major && (major / m) % 1 === 0 && m * scale >= 6).at(-1) ?? major;
  return { major, minor };
}

/**
 * Rulers in metres along the top and left edges of the canvas, drawn straight onto two small
 * canvases on every view change (no React render per frame).
 */
export const Rulers = memo(function Rulers({ scene }: { scene: FloorScene | null }) {
  const top = useRef<HTMLCanvasElement>(null);
  const left = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!scene) return;
    const draw = (view: View) => {
      const { width, height } = scene.viewportSize;
      if (top.current) paint(top.current, width, view, 'x');
      if (left.current) paint(left.current, height, view, 'y');
    };
    draw(scene.currentView);
    scene.viewListeners.add(draw);
    return () => void scene.viewListeners.delete(draw);
  }, [scene]);
  return (
    <>
      <canvas ref={top} className="plan-ruler plan-ruler-top" aria-hidden="true" data-testid="ruler-top" />
      <canvas ref={left} className="plan-ruler plan-ruler-left" aria-hidden="true" data-testid="ruler-left" />
      <div className="plan-ruler-corner" aria-hidden="true">
        m
      </div>
    </>
  );
});

function paint(canvas: HTMLCanvasElement, length: number, view: View, axis: 'x' | 'y'): void {
  const dpr = window.devicePixelRatio || 1;
  const [w, h] = axis === 'x' ? [length, RULER_PX] : [RULER_PX, length];
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = 'rgba(248, 249, 250, 0.96)';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#868e96';
  ctx.fillStyle = '#495057';
  ctx.font = '10px sans-serif';
  ctx.lineWidth = 1;
  const offset = axis === 'x' ? view.x : view.y;
  const { major, minor } = rulerSteps(view.scale);
  const first = Math.floor(-offset / view.scale / minor) * minor;
  const last = (length - offset) / view.scale;
  ctx.beginPath();
  for (let m = first; m <= last; m += minor) {
    const at = Math.round(m * view.scale + offset) + 0.5;
    const isMajor = Math.abs(m / major - Math.round(m / major)) < 1e-6;
    const tick = isMajor ? RULER_PX * 0.6 : RULER_PX * 0.25;
    if (axis === 'x') {
      ctx.moveTo(at, RULER_PX);
      ctx.lineTo(at, RULER_PX - tick);
    } else {
      ctx.moveTo(RULER_PX, at);
      ctx.lineTo(RULER_PX - tick, at);
    }
    if (!isMajor) continue;
    const label = String(Math.round(m * 10) / 10);
    if (axis === 'x') ctx.fillText(label, at + 2, 9);
    else {
      ctx.save();
      ctx.translate(9, at - 2);
      ctx.rotate(-Math.PI / 2);
      ctx.fillText(label, 0, 0);
      ctx.restore();
    }
  }
  ctx.stroke();
  ctx.beginPath();
  if (axis === 'x') {
    ctx.moveTo(0, RULER_PX - 0.5);
    ctx.lineTo(w, RULER_PX - 0.5);
  } else {
    ctx.moveTo(RULER_PX - 0.5, 0);
    ctx.lineTo(RULER_PX - 0.5, h);
  }
  ctx.stroke();
}
