import type { Plan } from '../../../../shared/model/plan';
import { zoneFill } from '../canvas/colors';
import { boxFromPoints, containsPoint, type Box, type Point } from '../model/geometry';
import { fitBox, panBy, toWorld, zoomAt, type View } from '../model/view';
import type { BenchSurface } from './surface';

/** Baseline: raw Canvas 2D that redraws every booth on every frame something changed. */
export function mountRawCanvas(host: HTMLElement, plan: Plan, width: number, height: number): BenchSurface {
  const canvas = document.createElement('canvas');
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  host.append(canvas);
  const ctx = canvas.getContext('2d')!;
  const area = plan.areas[0]!;
  const fill = zoneFill(plan);
  const booths = plan.booths.map((b) => ({ ...b, fill: fill(b) }));
  let view: View = fitBox({ x: 0, y: 0, width: area.widthM, height: area.depthM }, width, height);
  let selection = new Set<string>();
  let marquee: Box | null = null;
  let gesture: { kind: 'pan' | 'drag' | 'marquee'; last: Point; start: Point } | null = null;
  let queued = false;

  const draw = () => {
    queued = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#eef0f3';
    ctx.fillRect(0, 0, width, height);
    ctx.setTransform(dpr * view.scale, 0, 0, dpr * view.scale, dpr * view.x, dpr * view.y);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, area.widthM, area.depthM);
    ctx.lineWidth = 1 / view.scale;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const b of booths) {
      ctx.fillStyle = b.fill;
      ctx.fillRect(b.xM, b.yM, b.widthM, b.depthM);
      ctx.strokeStyle = selection.has(b.id) ? '#1864ab' : '#495057';
      ctx.strokeRect(b.xM, b.yM, b.widthM, b.depthM);
      const font = Math.min(b.widthM, b.depthM) * 0.24;
      if (font * view.scale >= 6.5) {
        ctx.fillStyle = '#212529';
        ctx.font = `${font}px "Be Vietnam Pro", sans-serif`;
        ctx.fillText(b.number, b.xM + b.widthM / 2, b.yM + b.depthM / 2);
      }
    }
    if (marquee) {
      ctx.strokeStyle = '#1864ab';
      ctx.strokeRect(marquee.x, marquee.y, marquee.width, marquee.height);
    }
  };
  const redraw = () => {
    if (!queued) requestAnimationFrame(draw);
    queued = true;
  };
  const at = (e: PointerEvent | WheelEvent) => ({ x: e.offsetX, y: e.offsetY });
  canvas.addEventListener('pointerdown', (e) => {
    const p = at(e);
    const w = toWorld(view, p);
    const hit = e.button === 0 ? booths.find((b) => containsPoint(b, w)) : undefined;
    if (hit && !selection.has(hit.id)) selection = new Set([hit.id]);
    gesture = { kind: e.button === 1 ? 'pan' : hit ? 'drag' : 'marquee', last: p, start: p };
    redraw();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!gesture) return;
    const p = at(e);
    if (gesture.kind === 'pan') view = panBy(view, p.x - gesture.last.x, p.y - gesture.last.y);
    if (gesture.kind === 'drag') {
      for (const b of booths) {
        if (!selection.has(b.id)) continue;
        b.xM += (p.x - gesture.last.x) / view.scale;
        b.yM += (p.y - gesture.last.y) / view.scale;
      }
    }
    if (gesture.kind === 'marquee') marquee = boxFromPoints(toWorld(view, gesture.start), toWorld(view, p));
    gesture.last = p;
    redraw();
  });
  canvas.addEventListener('pointerup', () => {
    const m = marquee;
    if (gesture?.kind === 'marquee' && m) {
      selection = new Set(
        booths
          .filter((b) => b.xM >= m.x && b.yM >= m.y && b.xM + b.widthM <= m.x + m.width && b.yM + b.depthM <= m.y + m.height)
          .map((b) => b.id),
      );
      marquee = null;
    }
    gesture = null;
    redraw();
  });
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      view = zoomAt(view, at(e), Math.exp(-e.deltaY * 0.0016));
      redraw();
    },
    { passive: false },
  );
  draw();
  return {
    toScreen: (p) => ({ x: p.x * view.scale + view.x, y: p.y * view.scale + view.y }),
    select: (ids) => {
      selection = new Set(ids);
      redraw();
    },
    selectedCount: () => selection.size,
  };
}
