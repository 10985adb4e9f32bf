import type { SceneCanvas } from 'konva/lib/Canvas';
import type { Area, Booth, Feature } from '../../../../shared/model/plan';
import { bounds, containsPoint, unionBox, type Box } from '../model/geometry';
import { SpatialIndex } from '../model/spatial';
import { visibleBox, type View } from '../model/view';
import { boxInside, cacheRegion, intersect, PiecewiseBitmap } from './bitmap';
import { BoothNodes, type BoothStyle } from './boothNodes';
import { drawBoothLabels, labelFontM, MIN_LABEL_PX } from './boothLabels';
import { FEATURE_STYLE } from './colors';
import { drawGrid, traceOutline } from './grid';
import { drawNeighbours, sameNeighbours, type Neighbour } from './neighbours';
import { CANVAS_FONT, featureShapeId, Konva } from './konva';

export type { BoothStyle };

/** Zooming in blurs the bitmap until the view rests; past this factor it is redrawn at once. */
const MAX_UPSCALE = 8;
const IDLE_MS = 140;

const ABOVE_BOOTHS: ReadonlySet<Feature['kind']> = new Set(['wall', 'pillar']);

/**
 * The drawing of one area. Everything static (area, grid, features, booths) lives in one hidden
 * group that is drawn into a bitmap of the viewport (or of the whole plan when it fits): panning
 * and zooming only move that bitmap. The bitmap is drawn piece by piece within a frame budget
 * (the visible part first), a change repaints only the spots it touches, and a new bitmap (after
 * a zoom, or a pan that leaves it) replaces the old one once complete: no click, drop or gesture
 * end redraws every booth in one go. Konva nodes are managed here imperatively, so React never
 * renders a booth.
 */
export class FloorScene {
  readonly content = new Konva.Group({ listening: false, visible: false, name: 'floor-content' });
  index = new SpatialIndex<Booth>([]);
  private readonly areaRect = new Konva.Rect({
    id: 'area',
    fill: '#ffffff',
    stroke: '#868e96',
    listening: false,
    perfectDrawEnabled: false,
  });
  private readonly background = new Konva.Group({ listening: false });
  /** The other areas of the site around this one, faded (edit in one, see the rest). */
  private readonly neighbours = new Konva.Shape({ listening: false, perfectDrawEnabled: false, name: 'site-neighbours' });
  private neighbourList: Neighbour[] = [];
  private readonly grid = new Konva.Shape({ listening: false, perfectDrawEnabled: false });
  private readonly featureGroup = new Konva.Group({ listening: false });
  /** Walls and pillars stand in the way of booths: drawn above them, so a pillar inside a booth shows. */
  private readonly structureGroup = new Konva.Group({ listening: false });
  private readonly booths = new BoothNodes();
  /** Dimension lines kept on the plan: drawn over everything else. */
  readonly annotations = new Konva.Group({ listening: false });
  /** Puts the bitmaps on screen: one image call, whatever the plan holds. */
  private readonly display = new Konva.Shape({ listening: false, perfectDrawEnabled: false, name: 'floor-bitmap' });
  private readonly features = new Map<string, { feature: Feature; rect: Konva.Rect; text: Konva.Text }>();
  private readonly hidden = new Set<string>();
  private area: Area | undefined;
  private showGrid = false;
  private view: View = { scale: 1, x: 0, y: 0 };
  private size = { width: 1, height: 1 };
  /** The complete bitmap on screen, and the one being drawn to replace it. */
  private readonly bitmap = new PiecewiseBitmap(
    (canvas, inside, scale) => this.drawContent(canvas, inside, scale),
    () => this.staticLayer.batchDraw(),
    () => {
      // Read by tests and the bench: the plan on screen is complete.
      this.stage.setAttr('floorBusy', false);
      this.onRefresh?.();
    },
  );
  /** What the grid draws: the piece being drawn. */
  private drawing: Box | null = null;
  private styledScale = 0;
  private refreshQueued = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** Called after each complete bitmap, e.g. for overlays that depend on the zoom. */
  onRefresh: (() => void) | undefined;
  /** Told of every view change (overlays keep handles at a constant pixel size). */
  readonly viewListeners = new Set<(view: View) => void>();

  constructor(
    readonly stage: Konva.Stage,
    readonly staticLayer: Konva.Layer,
  ) {
    this.grid.sceneFunc((ctx) => {
      if (this.area && this.showGrid && this.drawing) drawGrid(ctx, this.area, this.drawing, this.styledScale);
    });
    // The floor is the area's outline (an L-shaped hall, a bending sidewalk), its bounds for the rest.
    this.areaRect.sceneFunc((ctx, shape) => {
      ctx.beginPath();
      traceOutline(ctx._context, this.area);
      ctx.closePath();
      ctx.fillStrokeShape(shape);
    });
    this.display.sceneFunc((ctx) => this.bitmap.drawOnScreen(ctx._context, this.visible()));
    this.neighbours.sceneFunc((ctx) => drawNeighbours(ctx._context, this.neighbourList, this.styledScale));
    this.content.add(
      this.neighbours,
      this.areaRect,
      this.background,
      this.grid,
      this.featureGroup,
      this.booths.shapes,
      this.booths.painter,
      this.structureGroup,
      this.booths.labels,
      this.annotations,
    );
    staticLayer.add(this.content, this.display);
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
    if (area === this.area && showGrid === this.showGrid && this.area) return;
    this.area = area;
    this.showGrid = showGrid;
    this.areaRect.setAttrs({ x: 0, y: 0, width: area?.widthM ?? 0, height: area?.depthM ?? 0, visible: !!area });
    this.invalidate();
  }

  /** The other areas at their places on the site, relative to this area's origin. */
  setNeighbours(list: Neighbour[]): void {
    // Every edit of this area rebuilds the list: redraw only when another area or its booths changed.
    if (sameNeighbours(list, this.neighbourList)) return;
    this.neighbourList = list;
    this.neighbours.setAttr('count', list.length);
    this.invalidate();
  }

  setBooths(booths: readonly Booth[], style: BoothStyle): void {
    const change = this.booths.sync(booths, style, this.index);
    if (change === 'all') return this.invalidate();
    const target = this.bitmap.current;
    const content = this.paddedContent();
    // A booth moved beyond the drawing's bounds needs a bigger bitmap; else repaint the spots.
    if (!target || !content || !boxInside(content, target.all)) return this.invalidate();
    this.bitmap.repaint(change.boxes, this.view.scale);
  }

  setFeatures(features: readonly Feature[]): void {
    // A new list of the same records (every plan change rebuilds the lists): nothing to redraw.
    const same = features.length === this.features.size && features.every((f) => this.features.get(f.id)?.feature === f);
    if (same) return;
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

  /** Booths being dragged leave the bitmap (the drag layer draws them); put back, they return to it. */
  setHidden(ids: Iterable<string>): void {
    const next = new Set(ids);
    const changed = [...next].filter((id) => !this.hidden.has(id));
    for (const id of this.hidden) if (!next.has(id)) changed.push(id);
    if (changed.length === 0) return;
    this.hidden.clear();
    for (const id of next) this.hidden.add(id);
    const spots = changed.map((id) => this.booths.boxOf(id)).filter((b): b is Box => !!b);
    if (this.bitmap.current) this.bitmap.repaint(spots, this.view.scale);
    else this.invalidate();
  }

  setSize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) };
    this.stage.size(this.size);
    this.refresh();
  }

  setView(view: View): void {
    this.view = view;
    this.stage.scale({ x: view.scale, y: view.scale });
    this.stage.position({ x: view.x, y: view.y });
    const c = this.bitmap.current;
    // The visible part of the drawing is outside the bitmap, or zoomed far past its
    // resolution: start a new one now (drawn over the next frames), not on idle.
    const needed = c ? intersect(this.visible(), c.all) : null;
    const covered = !c || !needed || boxInside(needed, c.box);
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
    for (const n of this.neighbourList) boxes.push({ x: n.dx, y: n.dy, width: n.area.widthM, height: n.area.depthM });
    for (const f of this.features.values()) boxes.push(bounds(f.feature));
    const booths = this.booths.bounds();
    if (booths) boxes.push(booths);
    return unionBox(boxes);
  }

  /** Content changed: redraw before the next frame (several changes in one task redraw once). */
  invalidate(): void {
    this.bitmap.stale();
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  /**
   * Starts a new bitmap of the viewport (plus margin) at the current scale. Its pieces are drawn
   * nearest the viewport centre first, as many as fit this frame's budget; the old bitmap stays
   * under them until the new one is complete.
   */
  refresh(): void {
    if (this.destroyed) return;
    clearTimeout(this.idleTimer);
    const all = this.paddedContent();
    const pixelRatio = this.view.scale * (window.devicePixelRatio || 1);
    const region = cacheRegion(all, this.visible(), pixelRatio);
    if (!region || !all) {
      this.stage.setAttr('floorBusy', false);
      return this.bitmap.clear();
    }
    this.stage.setAttr('floorBusy', true);
    this.bitmap.start(region, all, this.view.scale, pixelRatio, this.visible());
  }

  /** Draws floor, grid, features, booths and readable labels lying in `inside` into a bitmap's canvas. */
  private drawContent(canvas: SceneCanvas, inside: Box, scale: number): void {
    this.styleFor(scale);
    this.drawing = inside;
    try {
      const list = this.booths.prepare(inside, scale, this.hidden, this.index);
      this.content.drawScene(canvas, this.content);
      drawBoothLabels(canvas, list, scale);
    } finally {
      this.drawing = null;
    }
  }

  /** Zoom-dependent looks: hairline strokes, which feature labels are readable. */
  private styleFor(scale: number): void {
    if (scale === this.styledScale) return;
    this.styledScale = scale;
    const hair = 1 / scale;
    this.areaRect.strokeWidth(1.5 * hair);
    for (const f of this.features.values()) {
      f.rect.strokeWidth(hair * (f.feature.kind === 'wall' ? 0 : 1));
      f.text.visible(!!f.feature.label && f.text.fontSize() * scale >= MIN_LABEL_PX);
    }
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.idleTimer);
    this.bitmap.destroy();
    this.booths.destroy();
    this.content.destroy();
    this.display.destroy();
  }

  private scheduleIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.needsRefresh()) this.refresh();
    }, IDLE_MS);
  }

  /** Once the view rests: a new bitmap only if the zoom changed or the viewport left the old one. */
  private needsRefresh(): boolean {
    const b = this.bitmap.current;
    if (!b) return true;
    if (Math.abs(this.view.scale / b.scale - 1) > 0.01) return true;
    if (b.box === b.all) return false;
    const vis = this.visible();
    const near = { x: vis.x - vis.width / 4, y: vis.y - vis.height / 4, width: vis.width * 1.5, height: vis.height * 1.5 };
    const want = intersect(near, b.all);
    return !!want && !boxInside(want, b.box);
  }

  private paddedContent(): Box | null {
    const content = this.contentBounds();
    if (!content) return null;
    const pad = 2 / this.view.scale + 0.5;
    return { x: content.x - pad, y: content.y - pad, width: content.width + 2 * pad, height: content.height + 2 * pad };
  }
}
