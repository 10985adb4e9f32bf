import { SceneCanvas } from 'konva/lib/Canvas';
import { boxesOverlap, unionBox, type Box } from '../model/geometry';
import { Konva } from './konva';

/** The bitmap covers the viewport plus this share of it on each side, so short pans stay inside. */
const CACHE_MARGIN = 0.5;
const MAX_CACHE_PIXELS = 6_000_000;
/** The bitmap is drawn in square pieces of this many device pixels, nearest the viewport centre first. */
const TILE_PX = 256;
/**
 * Drawing pieces stops for this frame once its budget has gone: the rest follows next frames. The
 * budget adapts: a frame that came late (the pieces and the rest of the frame's work did not fit
 * one display interval) halves it, a frame on time gives a millisecond back.
 */
export const FRAME_BUDGET_MS = { min: 2, start: 6, max: 9 } as const;
/** A frame later than this after the one before missed the display's interval (60 Hz plus jitter). */
const LATE_FRAME_MS = 20;

/** The next frame's budget for drawing pieces, from this one's and the time since the last frame. */
export function nextBudget(budget: number, sinceLastFrameMs: number): number {
  if (sinceLastFrameMs > LATE_FRAME_MS) return Math.max(FRAME_BUDGET_MS.min, budget / 2);
  return Math.min(FRAME_BUDGET_MS.max, budget + 1);
}

/** One square piece of a bitmap: its world box and, once drawn, its own small canvas. */
export interface Piece {
  box: Box;
  canvas: SceneCanvas | null;
}

/** A bitmap of part of the drawing at one scale, in pieces, and how many of its pieces are drawn. */
export interface Bitmap {
  box: Box;
  scale: number;
  pixelRatio: number;
  /** The whole drawing's bounds when it was started. */
  all: Box;
  /** Its pieces, in drawing order; the first `done` are drawn. */
  tiles: Piece[];
  done: number;
  /** False once the content changed in a way its pieces were not repainted for: none of them may be reused. */
  reusable: boolean;
}

/** Draws the drawing's content lying in `inside` (world box) into a canvas already clipped and set to world coordinates. */
export type DrawContent = (canvas: SceneCanvas, inside: Box, scale: number) => void;

/** A canvas of so many device pixels (the bitmap sets its own transform, so no Konva pixel ratio). */
export type MakeCanvas = (widthPx: number, heightPx: number) => SceneCanvas;

const sceneCanvas: MakeCanvas = (width, height) => new SceneCanvas({ width, height, pixelRatio: 1 });

/**
 * Canvases of pieces no longer shown are kept for new pieces, up to this many (16 MB at 256 px):
 * making a canvas cost about a millisecond, paid by every piece of every new scale.
 */
const SPARE_CANVASES = 64;

/**
 * The piecewise bitmap painter: a complete bitmap on screen and the one being drawn to replace it,
 * piece by piece within a frame budget (visible part first). Each piece has its own small canvas,
 * made when the piece is first drawn: starting a bitmap allocates nothing big (a canvas of the
 * whole viewport and margin took ~80 ms to allocate on the frame a zoom or pan ended). A change
 * repaints only the pieces its spots touch, in both bitmaps. Knows nothing of booths: what is
 * drawn comes from `draw`.
 */
export class PiecewiseBitmap {
  shown: Bitmap | null = null;
  pending: Bitmap | null = null;
  private frame = 0;
  /** This frame's time for drawing pieces (adapts to how late frames come). */
  private budget: number = FRAME_BUDGET_MS.start;
  /** When the last frame's pieces were started; 0 when no frame of pieces came before. */
  private lastPump = 0;
  /** Canvases of pieces gone, for new pieces. */
  private spare: SceneCanvas[] = [];

  constructor(
    private readonly draw: DrawContent,
    /** Something on screen changed: the layer should draw again. */
    private readonly changed: () => void,
    /** The pending bitmap is complete and now shown. */
    private readonly completed: () => void,
    private readonly makeCanvas: MakeCanvas = sceneCanvas,
  ) {}

  /** The bitmap that will be on screen once drawing finishes. */
  get current(): Bitmap | null {
    return this.pending ?? this.shown;
  }

  get busy(): boolean {
    return !!this.pending;
  }

  /**
   * Starts a new bitmap of `region` (inside `all`), its pieces nearest the centre of `visible` first.
   * Pieces lie on one grid per scale, so after a pan the pieces both bitmaps share are taken over
   * as drawn (their canvases shared): only the pieces newly in view are drawn.
   */
  start(region: Box, all: Box, scale: number, pixelRatio: number, visible: Box): void {
    const drawn = this.drawnPieces(scale, pixelRatio);
    const ready: Piece[] = [];
    const toDraw: Piece[] = [];
    for (const box of tilesOf(region, pixelRatio, visible)) {
      const canvas = drawn.get(pieceKey(box, pixelRatio)) ?? null;
      (canvas ? ready : toDraw).push({ box, canvas });
    }
    const before = this.pending;
    cancelAnimationFrame(this.frame);
    this.pending = { box: region, scale, pixelRatio, all, tiles: [...ready, ...toDraw], done: ready.length, reusable: true };
    this.release(before, this.shown, this.pending);
    // Painted from the next frame on, not in the wheel or pointer event that asked: during a zoom or
    // a pan past the bitmap every event starts one, and painting there too gave a frame twice its budget.
    this.frame = requestAnimationFrame(this.pump);
  }

  /** The content changed without a repaint of the spots (a redraw follows): no piece drawn so far may be reused. */
  stale(): void {
    for (const b of [this.shown, this.pending]) if (b) b.reusable = false;
  }

  /** Nothing to draw: both bitmaps go. */
  clear(): void {
    this.dropPending();
    this.release(this.shown);
    this.shown = null;
    this.changed();
  }

  /** Redraws these spots (world boxes) in the bitmaps: only the pieces they touch, only what lies there. */
  repaint(spots: readonly Box[], scale: number): void {
    const pad = 3 / scale;
    const padded = spots.map((s) => ({ x: s.x - pad, y: s.y - pad, width: s.width + 2 * pad, height: s.height + 2 * pad }));
    if (padded.length === 0) return;
    // A piece both bitmaps share is one canvas: painted once.
    const painted = new Set<SceneCanvas>();
    for (const b of [this.shown, this.pending]) {
      if (!b) continue;
      // Pieces not drawn yet will be drawn from the changed content anyway.
      for (let i = 0; i < b.done; i++) {
        const piece = b.tiles[i]!;
        if (!piece.canvas || painted.has(piece.canvas)) continue;
        const touching = padded.filter((s) => boxesOverlap(s, piece.box));
        if (touching.length === 0) continue;
        this.paintPiece(b, piece, touching);
        painted.add(piece.canvas);
      }
    }
    this.changed();
  }

  /** The visible pieces of the complete bitmap, then the drawn pieces of the one replacing it, in world coordinates. */
  drawOnScreen(c: CanvasRenderingContext2D, visible: Box): void {
    const s = this.shown;
    if (s) for (const piece of s.tiles) if (piece.canvas && boxesOverlap(piece.box, visible)) put(c, piece);
    const p = this.pending;
    if (!p) return;
    for (let i = 0; i < p.done; i++) {
      const piece = p.tiles[i]!;
      if (!piece.canvas || !boxesOverlap(piece.box, visible)) continue;
      if (s) c.clearRect(piece.box.x, piece.box.y, piece.box.width, piece.box.height);
      put(c, piece);
    }
  }

  destroy(): void {
    this.dropPending();
    this.release(this.shown);
    this.shown = null;
    for (const c of this.spare) Konva.Util.releaseCanvas(c._canvas);
    this.spare = [];
  }

  /** The drawn pieces of both bitmaps at this scale that are still true to the content, by grid place. */
  private drawnPieces(scale: number, pixelRatio: number): Map<string, SceneCanvas> {
    const drawn = new Map<string, SceneCanvas>();
    for (const b of [this.shown, this.pending]) {
      if (!b || !b.reusable || b.scale !== scale || b.pixelRatio !== pixelRatio) continue;
      for (let i = 0; i < b.done; i++) {
        const piece = b.tiles[i]!;
        if (piece.canvas) drawn.set(pieceKey(piece.box, pixelRatio), piece.canvas);
      }
    }
    return drawn;
  }

  /** Draws pieces of the pending bitmap until the frame's budget is spent; continues next frame. */
  private pump = (): void => {
    const inFrame = this.frame !== 0;
    this.frame = 0;
    const p = this.pending;
    if (!p) return;
    const started = performance.now();
    if (inFrame && this.lastPump) this.budget = nextBudget(this.budget, started - this.lastPump);
    this.lastPump = inFrame ? started : 0;
    while (p.done < p.tiles.length) {
      const piece = p.tiles[p.done]!;
      this.paintPiece(p, piece, [piece.box]);
      p.done++;
      if (performance.now() - started >= this.budget) break;
    }
    if (p.done === p.tiles.length) {
      this.lastPump = 0;
      this.release(this.shown, p);
      this.shown = p;
      this.pending = null;
      this.completed();
    } else {
      this.frame = requestAnimationFrame(this.pump);
    }
    this.changed();
  };

  /** Clears and draws the given boxes of one piece (its canvas made on first use). */
  private paintPiece(b: Bitmap, piece: Piece, boxes: readonly Box[]): void {
    const patch = unionBox([...boxes]);
    const inside = patch && intersect(patch, piece.box);
    if (!inside) return;
    const r = b.pixelRatio;
    piece.canvas ??= this.canvasOf(Math.round(piece.box.width * r), Math.round(piece.box.height * r));
    const ctx = piece.canvas.getContext();
    ctx.save();
    try {
      ctx.setTransform(r, 0, 0, r, -piece.box.x * r, -piece.box.y * r);
      ctx.beginPath();
      for (const s of boxes) ctx.rect(s.x, s.y, s.width, s.height);
      ctx.clip();
      ctx.clearRect(inside.x, inside.y, inside.width, inside.height);
      this.draw(piece.canvas, inside, b.scale);
    } finally {
      ctx.restore();
    }
  }

  /** A canvas for a new piece: a spare one of that size, else a new one. */
  private canvasOf(width: number, height: number): SceneCanvas {
    const i = this.spare.findIndex((c) => c.width === width && c.height === height);
    if (i < 0) return this.makeCanvas(width, height);
    const [canvas] = this.spare.splice(i, 1);
    return canvas!;
  }

  /** A bitmap's pieces go (but those `keep` shares): kept as spares, the rest freed at once rather than when the collector gets to them. */
  private release(b: Bitmap | null, ...keep: (Bitmap | null)[]): void {
    if (!b) return;
    const shared = new Set(keep.flatMap((k) => k?.tiles.map((piece) => piece.canvas) ?? []));
    for (const piece of b.tiles) {
      const canvas = piece.canvas;
      if (!canvas || shared.has(canvas)) continue;
      if (this.spare.length < SPARE_CANVASES) this.spare.push(canvas);
      else Konva.Util.releaseCanvas(canvas._canvas);
    }
  }

  private dropPending(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.release(this.pending, this.shown);
    this.pending = null;
  }
}

function put(c: CanvasRenderingContext2D, piece: Piece): void {
  const { box, canvas } = piece;
  c.drawImage(canvas!._canvas, 0, 0, canvas!.width, canvas!.height, box.x, box.y, box.width, box.height);
}

/** The whole drawing when its bitmap fits the pixel budget (no pan or zoom-out ever leaves it), else the viewport with a margin. */
export function cacheRegion(all: Box | null, visible: Box, pixelRatio: number): Box | null {
  if (!all) return null;
  const pixels = (b: Box) => b.width * b.height * pixelRatio * pixelRatio;
  if (pixels(all) <= MAX_CACHE_PIXELS) return all;
  for (let margin = CACHE_MARGIN; margin >= 0; margin -= 0.25) {
    const want = {
      x: visible.x - visible.width * margin,
      y: visible.y - visible.height * margin,
      width: visible.width * (1 + 2 * margin),
      height: visible.height * (1 + 2 * margin),
    };
    const box = intersect(want, all);
    if (!box) return null;
    if (pixels(box) <= MAX_CACHE_PIXELS || margin <= 0) return box;
  }
  return null;
}

/** A piece's place on its scale's grid. */
function pieceKey(box: Box, pixelRatio: number): string {
  return `${Math.round((box.x * pixelRatio) / TILE_PX)},${Math.round((box.y * pixelRatio) / TILE_PX)}`;
}

export function boxInside(inner: Box, outer: Box): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

/**
 * The pieces covering a bitmap, nearest the viewport centre first: squares of one grid per scale
 * (whole device pixels from the world's origin, so pieces meet without seams and a pan finds the
 * same pieces again).
 */
function tilesOf(box: Box, pixelRatio: number, visible: Box): Box[] {
  const step = TILE_PX / pixelRatio;
  const i0 = Math.floor(box.x / step);
  const j0 = Math.floor(box.y / step);
  const i1 = Math.ceil((box.x + box.width) / step);
  const j1 = Math.ceil((box.y + box.height) / step);
  const cx = visible.x + visible.width / 2;
  const cy = visible.y + visible.height / 2;
  const tiles: { box: Box; d: number }[] = [];
  for (let j = j0; j < j1; j++)
    for (let i = i0; i < i1; i++) {
      const t = { x: i * step, y: j * step, width: step, height: step };
      const inView = boxesOverlap(t, visible) ? 0 : 1;
      tiles.push({ box: t, d: inView * 1e12 + Math.hypot(t.x + t.width / 2 - cx, t.y + t.height / 2 - cy) });
    }
  return tiles.sort((a, b) => a.d - b.d).map((t) => t.box);
}

export function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}
