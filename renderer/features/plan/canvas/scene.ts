import type { SceneCanvas } from 'konva/lib/Canvas';
import type { Area, Booth, Feature } from '../../../../shared/model/plan';
import { bounds, boxesOverlap, containsPoint, unionBox, type Box } from '../model/geometry';
import { SpatialIndex } from '../model/spatial';
import { visibleBox, type View } from '../model/view';
import { BoothNodes, labelFontM, MIN_LABEL_PX, type BoothStyle } from './boothNodes';
import { FEATURE_STYLE } from './colors';
import { drawGrid } from './grid';
import { CANVAS_FONT, featureShapeId, Konva } from './konva';

export type { BoothStyle };

/** The cached bitmap covers the viewport plus this share of it on each side, so short pans stay inside. */
const CACHE_MARGIN = 0.5;
const MAX_CACHE_PIXELS = 6_000_000;
/** Zooming in blurs the bitmap until the view rests; past this factor it is redrawn at once. */
const MAX_UPSCALE = 8;
const IDLE_MS = 140;

const ABOVE_BOOTHS: ReadonlySet<Feature['kind']> = new Set(['wall', 'pillar']);

/**
 * The drawing of one area. Everything static (area, grid, features, booths) lives in one group
 * of a non-listening layer that is cached as a bitmap of the viewport while idle: panning and
 * zooming only move that bitmap; culling, label dropping and the re-cache happen once the view
 * rests. Konva nodes are managed here imperatively, so React never renders a booth.
 */
export class FloorScene {
  readonly content = new Konva.Group({ listening: false });
  index = new SpatialIndex<Booth>([]);
  private readonly areaRect = new Konva.Rect({
    id: 'area',
    fill: '#ffffff',
    stroke: '#868e96',
    listening: false,
    perfectDrawEnabled: false,
  });
  private readonly background = new Konva.Group({ listening: false });
  private readonly grid = new Konva.Shape({ listening: false, perfectDrawEnabled: false });
  private readonly featureGroup = new Konva.Group({ listening: false });
  /** Walls and pillars stand in the way of booths: drawn above them, so a pillar inside a booth shows. */
  private readonly structureGroup = new Konva.Group({ listening: false });
  private readonly booths = new BoothNodes();
  private readonly features = new Map<string, { feature: Feature; rect: Konva.Rect; text: Konva.Text }>();
  private readonly hidden = new Set<string>();
  private area: Area | undefined;
  private showGrid = false;
  private view: View = { scale: 1, x: 0, y: 0 };
  private size = { width: 1, height: 1 };
  private cached: { box: Box; scale: number; all: Box } | null = null;
  private refreshQueued = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** Called after each idle refresh, e.g. for overlays that depend on the zoom. */
  onRefresh: (() => void) | undefined;
  /** Told of every view change (overlays keep handles at a constant pixel size). */
  readonly viewListeners = new Set<(view: View) => void>();

  constructor(
    readonly stage: Konva.Stage,
    readonly staticLayer: Konva.Layer,
  ) {
    this.grid.sceneFunc((ctx) => {
      if (this.area && this.showGrid) drawGrid(ctx, this.area, this.cached?.box ?? this.visible(), this.view.scale);
    });
    this.content.add(
      this.areaRect,
      this.background,
      this.grid,
      this.featureGroup,
      this.booths.shapes,
      this.booths.painter,
      this.structureGroup,
      this.booths.labels,
    );
    staticLayer.add(this.content);
  }

  /** Where the background plan image goes (drawn under the grid and the booths). */
  get backgroundGroup(): Konva.Group {
    return this.background;
  }

  get currentView(): View {
    return this.view;
  }

  get viewportSize(): { width: number; height: number } {
    return this.size;
  }

  /** The drawn shapes of a booth or feature (its outline and label), for the drag layer to clone. */
  shapesOf(id: string): Konva.Shape[] {
    const b = this.booths.shapesOf(id);
    if (b.length) return b;
    const f = this.features.get(id);
    return f ? [f.rect, f.text] : [];
  }

  /** The feature under a point, topmost first (features lie under booths). */
  featureAt(pt: { x: number; y: number }): Feature | undefined {
    return [...this.features.values()].reverse().find((f) => containsPoint(f.feature, pt))?.feature;
  }

  setArea(area: Area | undefined, showGrid: boolean): void {
    this.area = area;
    this.showGrid = showGrid;
    this.areaRect.setAttrs({ x: 0, y: 0, width: area?.widthM ?? 0, height: area?.depthM ?? 0, visible: !!area });
    this.invalidate();
  }

  setBooths(booths: readonly Booth[], style: BoothStyle): void {
    this.booths.sync(booths, style);
    this.index = new SpatialIndex(booths);
    this.invalidate();
  }

  setFeatures(features: readonly Feature[]): void {
    for (const f of this.features.values()) {
      f.rect.destroy();
      f.text.destroy();
    }
    this.features.clear();
    for (const feature of features) {
      const style = FEATURE_STYLE[feature.kind];
      const common = { x: feature.xM, y: feature.yM, rotation: feature.rotationDeg, listening: false };
      const rect = new Konva.Rect({
        ...common,
        id: featureShapeId(feature.id),
        width: feature.widthM,
        height: feature.depthM,
        fill: style.fill,
        stroke: style.stroke,
        dash: style.dash ? [0.4, 0.3] : undefined,
        perfectDrawEnabled: false,
      });
      const fontM = feature.kind === 'label' ? Math.max(0.4, feature.depthM * 0.6) : labelFontM(feature.widthM, feature.depthM) * 0.9;
      const text = new Konva.Text({
        ...common,
        width: Math.max(feature.widthM, 0.1),
        height: Math.max(feature.depthM, fontM),
        text: feature.label,
        fontSize: fontM,
        fontFamily: CANVAS_FONT,
        fill: feature.kind === 'wall' || feature.kind === 'pillar' ? '#ffffff' : '#343a40',
        align: 'center',
        verticalAlign: 'middle',
        wrap: 'none',
        ellipsis: true,
      });
      (ABOVE_BOOTHS.has(feature.kind) ? this.structureGroup : this.featureGroup).add(rect, text);
      this.features.set(feature.id, { feature, rect, text });
    }
    this.invalidate();
  }

  /** Booths being dragged leave the cached bitmap; the drag layer draws them instead. */
  setHidden(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.hidden.size && [...next].every((id) => this.hidden.has(id))) return;
    const lifted = [...next].filter((id) => !this.hidden.has(id));
    const onlyLifting = [...this.hidden].every((id) => next.has(id));
    this.hidden.clear();
    for (const id of next) this.hidden.add(id);
    // Lifting booths at the start of a drag repaints just their spots: redrawing a big plan's
    // whole bitmap would make the drag's first frames stutter. Putting them back redraws all.
    if (!(onlyLifting && this.repaintInCache(lifted))) this.invalidate();
  }

  setSize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) };
    this.stage.size(this.size);
    this.cached = null;
    this.refresh();
  }

  setView(view: View): void {
    this.view = view;
    this.stage.scale({ x: view.scale, y: view.scale });
    this.stage.position({ x: view.x, y: view.y });
    const c = this.cached;
    // The visible part of the drawing is outside the cached bitmap, or zoomed far past its
    // resolution: redraw now, not on idle.
    const needed = c ? intersect(this.visible(), c.all) : null;
    const covered =
      !c ||
      !needed ||
      (needed.x >= c.box.x - 1e-6 &&
        needed.y >= c.box.y - 1e-6 &&
        needed.x + needed.width <= c.box.x + c.box.width + 1e-6 &&
        needed.y + needed.height <= c.box.y + c.box.height + 1e-6);
    if (!covered || (c && view.scale > c.scale * MAX_UPSCALE)) this.refresh();
    else this.scheduleIdle();
    for (const listener of this.viewListeners) listener(view);
    this.stage.batchDraw();
  }

  /** The world box the viewport shows. */
  visible(): Box {
    return visibleBox(this.view, this.size.width, this.size.height);
  }

  /** Bounds of everything drawn: the area, its features and booths (booths may lie outside it). */
  contentBounds(): Box | null {
    const boxes: Box[] = [];
    if (this.area) boxes.push({ x: 0, y: 0, width: this.area.widthM, height: this.area.depthM });
    for (const f of this.features.values()) boxes.push(bounds(f.feature));
    boxes.push(...this.booths.boxes());
    return unionBox(boxes);
  }

  /** Content changed: redraw before the next frame (several changes in one task redraw once). */
  invalidate(): void {
    this.cached = null;
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  /** Culls to the viewport (plus margin), drops small labels, sets zoom-dependent strokes, re-caches. */
  refresh(): void {
    if (this.destroyed) return;
    clearTimeout(this.idleTimer);
    const { scale } = this.view;
    const all = this.paddedContent();
    const region = this.cacheRegion(all);
    this.content.clearCache();
    const hair = 1 / scale;
    this.areaRect.strokeWidth(1.5 * hair);
    this.booths.cull(region, scale, this.hidden);
    for (const f of this.features.values()) {
      const shown = !!region && boxesOverlap(bounds(f.feature), region);
      f.rect.visible(shown);
      if (shown) f.rect.strokeWidth(hair * (f.feature.kind === 'wall' ? 0 : 1));
      f.text.visible(shown && !!f.feature.label && f.text.fontSize() * scale >= MIN_LABEL_PX);
    }
    if (region) {
      const pixelRatio = scale * (window.devicePixelRatio || 1);
      this.content.cache({ ...region, pixelRatio });
      this.cached = { box: region, scale, all: all! };
    } else {
      this.cached = null;
    }
    this.staticLayer.batchDraw();
    this.onRefresh?.();
  }

  /**
   * Redraws the spots of these booths inside the cached bitmap, without them: only what lies
   * there (floor, grid, features, neighbouring booths) is drawn, clipped to the spots.
   */
  private repaintInCache(ids: readonly string[]): boolean {
    const node = this.content as unknown as CachedNode;
    const cache = node._canvasCache;
    if (!cache || !this.cached) return false;
    const pad = 3 / this.view.scale;
    const spots: Box[] = [];
    for (const id of ids) {
      const box = this.booths.boxOf(id);
      if (box) spots.push({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad });
    }
    const patch = unionBox(spots);
    if (!patch) return false;
    this.booths.cull(patch, this.view.scale, this.hidden);
    const ctx = cache.scene.getContext();
    node._canvasCache = null;
    node._isUnderCache = true;
    ctx.save();
    try {
      ctx.translate(-cache.x, -cache.y);
      ctx.beginPath();
      for (const s of spots) ctx.rect(s.x, s.y, s.width, s.height);
      ctx.clip();
      ctx.clearRect(patch.x, patch.y, patch.width, patch.height);
      this.content.drawScene(cache.scene, this.content);
    } finally {
      ctx.restore();
      node._isUnderCache = false;
      node._canvasCache = cache;
    }
    // Until the next full refresh, only the spots' booths are culled in; the bitmap holds the rest.
    this.redrawSpots(spots);
    return true;
  }

  /** Puts the patched spots of the bitmap on screen without redrawing the whole layer. */
  private redrawSpots(spots: readonly Box[]): void {
    const canvas = this.staticLayer.getCanvas();
    const ctx = canvas.getContext();
    const { scale, x, y } = this.view;
    ctx.save();
    try {
      ctx.beginPath();
      for (const s of spots) ctx.rect(x + s.x * scale, y + s.y * scale, s.width * scale, s.height * scale);
      ctx.clip();
      ctx.clearRect(0, 0, this.size.width, this.size.height);
      this.content.drawScene(canvas);
    } finally {
      ctx.restore();
    }
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.idleTimer);
    this.content.clearCache();
    this.content.destroy();
  }

  private scheduleIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.refresh(), IDLE_MS);
  }

  private paddedContent(): Box | null {
    const content = this.contentBounds();
    if (!content) return null;
    const pad = 2 / this.view.scale + 0.5;
    return { x: content.x - pad, y: content.y - pad, width: content.width + 2 * pad, height: content.height + 2 * pad };
  }

  /** The whole drawing when its bitmap fits the pixel budget (no pan or zoom-out ever leaves it), else the viewport with a margin. */
  private cacheRegion(all: Box | null): Box | null {
    if (!all) return null;
    const pixelRatio = this.view.scale * (window.devicePixelRatio || 1);
    const pixels = (b: Box) => b.width * b.height * pixelRatio * pixelRatio;
    if (pixels(all) <= MAX_CACHE_PIXELS) return all;
    const vis = this.visible();
    for (let margin = CACHE_MARGIN; margin >= 0; margin -= 0.25) {
      const want = {
        x: vis.x - vis.width * margin,
        y: vis.y - vis.height * margin,
        width: vis.width * (1 + 2 * margin),
        height: vis.height * (1 + 2 * margin),
      };
      const box = intersect(want, all);
      if (!box) return null;
      if (pixels(box) <= MAX_CACHE_PIXELS || margin <= 0) return box;
    }
    return null;
  }
}

/** The parts of a cached Konva node the in-place repaint uses (Konva keeps them internal). */
interface CachedNode {
  _canvasCache: { scene: SceneCanvas; x: number; y: number } | null;
  _isUnderCache: boolean;
}

function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}
