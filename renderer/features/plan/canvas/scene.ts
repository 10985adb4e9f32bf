import type { Area, Booth, Feature } from '../../../../shared/model/plan';
import { bounds, boxesOverlap, unionBox, type Box } from '../model/geometry';
import { SpatialIndex } from '../model/spatial';
import { visibleBox, type View } from '../model/view';
import { BOOTH_STROKE, FEATURE_STYLE } from './colors';
import { drawGrid } from './grid';
import { boothLabelId, boothShapeId, CANVAS_FONT, featureShapeId, Konva } from './konva';

export interface BoothStyle {
  fill: (booth: Booth) => string;
  label: (booth: Booth) => string | undefined;
}

interface BoothNode {
  booth: Booth;
  rect: Konva.Rect;
  text: Konva.Text;
  box: Box;
  /** Label size in metres: labels are part of the drawing and scale with it. */
  fontM: number;
}

/** Labels smaller than this on screen are dropped: unreadable, and the costliest thing to draw. */
const MIN_LABEL_PX = 6.5;
/** The cached bitmap covers the viewport plus this share of it on each side, so short pans stay inside. */
const CACHE_MARGIN = 0.5;
const MAX_CACHE_PIXELS = 14_000_000;
const IDLE_MS = 140;

export function labelFontM(widthM: number, depthM: number): number {
  return Math.min(1.2, Math.max(0.18, Math.min(widthM, depthM) * 0.24));
}

export function boothText(booth: Booth, label: string | undefined): string {
  return label ? `${booth.number}\n${label}` : booth.number;
}

/**
 * The drawing of one area. Everything static (area, grid, features, booths) lives in one group
 * of a non-listening layer that is cached as a bitmap of the viewport while idle: panning and
 * zooming only move that bitmap; culling, label dropping and the re-cache happen once the view
 * rests. Konva nodes are managed here imperatively, so React never renders a booth.
 */
export class FloorScene {
  readonly content = new Konva.Group({ listening: false });
  index = new SpatialIndex<Booth>([]);
  private readonly areaRect = new Konva.Rect({ id: 'area', fill: '#ffffff', stroke: '#868e96', listening: false, perfectDrawEnabled: false });
  private readonly background = new Konva.Group({ listening: false });
  private readonly grid = new Konva.Shape({ listening: false, perfectDrawEnabled: false });
  private readonly featureGroup = new Konva.Group({ listening: false });
  private readonly boothGroup = new Konva.Group({ listening: false });
  private readonly nodes = new Map<string, BoothNode>();
  private readonly features = new Map<string, { feature: Feature; rect: Konva.Rect; text: Konva.Text }>();
  private readonly hidden = new Set<string>();
  private area: Area | undefined;
  private showGrid = false;
  private view: View = { scale: 1, x: 0, y: 0 };
  private size = { width: 1, height: 1 };
  private cached: { box: Box; scale: number } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** Called after each idle refresh, e.g. for overlays that depend on the zoom. */
  onRefresh: (() => void) | undefined;

  constructor(
    readonly stage: Konva.Stage,
    readonly staticLayer: Konva.Layer,
  ) {
    this.grid.sceneFunc((ctx) => {
      if (this.area && this.showGrid) drawGrid(ctx, this.area, this.cached?.box ?? this.visible(), this.view.scale);
    });
    this.content.add(this.areaRect, this.background, this.grid, this.featureGroup, this.boothGroup);
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

  boothNode(id: string): Konva.Rect | undefined {
    return this.nodes.get(id)?.rect;
  }

  setArea(area: Area | undefined, showGrid: boolean): void {
    this.area = area;
    this.showGrid = showGrid;
    this.areaRect.setAttrs({ x: 0, y: 0, width: area?.widthM ?? 0, height: area?.depthM ?? 0, visible: !!area });
    this.invalidate();
  }

  setBooths(booths: readonly Booth[], style: BoothStyle): void {
    const keep = new Set<string>();
    for (const booth of booths) {
      keep.add(booth.id);
      const fill = style.fill(booth);
      const text = boothText(booth, style.label(booth));
      const existing = this.nodes.get(booth.id);
      if (existing) this.updateBooth(existing, booth, fill, text);
      else this.createBooth(booth, fill, text);
    }
    for (const [id, node] of this.nodes) {
      if (keep.has(id)) continue;
      node.rect.destroy();
      node.text.destroy();
      this.nodes.delete(id);
      this.hidden.delete(id);
    }
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
      this.featureGroup.add(rect, text);
      this.features.set(feature.id, { feature, rect, text });
    }
    this.invalidate();
  }

  /** Booths being dragged leave the cached bitmap; the drag layer draws them instead. */
  setHidden(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.hidden.size && [...next].every((id) => this.hidden.has(id))) return;
    this.hidden.clear();
    for (const id of next) this.hidden.add(id);
    this.invalidate();
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
    const visible = this.visible();
    const c = this.cached;
    // Outside the cached bitmap, or zoomed in far past its resolution: redraw now, not on idle.
    const covered = c && visible.x >= c.box.x && visible.y >= c.box.y && visible.x + visible.width <= c.box.x + c.box.width && visible.y + visible.height <= c.box.y + c.box.height;
    if (!covered || view.scale > c.scale * 3) this.refresh();
    else this.scheduleIdle();
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
    for (const n of this.nodes.values()) boxes.push(n.box);
    return unionBox(boxes);
  }

  /** Content changed: redraw at once so the change is visible in this frame. */
  invalidate(): void {
    this.cached = null;
    this.refresh();
  }

  /** Culls to the viewport (plus margin), drops small labels, sets zoom-dependent strokes, re-caches. */
  refresh(): void {
    if (this.destroyed) return;
    clearTimeout(this.idleTimer);
    const { scale } = this.view;
    const region = this.cacheRegion();
    this.content.clearCache();
    const hair = 1 / scale;
    this.areaRect.strokeWidth(1.5 * hair);
    for (const n of this.nodes.values()) {
      const shown = !this.hidden.has(n.booth.id) && !!region && boxesOverlap(n.box, region);
      n.rect.visible(shown);
      if (shown) n.rect.strokeWidth(hair);
      n.text.visible(shown && n.fontM * scale >= MIN_LABEL_PX);
    }
    for (const f of this.features.values()) {
      const shown = !!region && boxesOverlap(bounds(f.feature), region);
      f.rect.visible(shown);
      if (shown) f.rect.strokeWidth(hair * (f.feature.kind === 'wall' ? 0 : 1));
      f.text.visible(shown && !!f.feature.label && f.text.fontSize() * scale >= MIN_LABEL_PX);
    }
    if (region) {
      const pixelRatio = scale * (window.devicePixelRatio || 1);
      this.content.cache({ ...region, pixelRatio });
      this.cached = { box: region, scale };
    } else {
      this.cached = null;
    }
    this.staticLayer.batchDraw();
    this.onRefresh?.();
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

  private cacheRegion(): Box | null {
    const vis = this.visible();
    const content = this.contentBounds();
    if (!content) return null;
    const pad = 2 / this.view.scale + 0.5;
    const all = { x: content.x - pad, y: content.y - pad, width: content.width + 2 * pad, height: content.height + 2 * pad };
    const pixelRatio = this.view.scale * (window.devicePixelRatio || 1);
    for (let margin = CACHE_MARGIN; margin >= 0; margin -= 0.25) {
      const want = { x: vis.x - vis.width * margin, y: vis.y - vis.height * margin, width: vis.width * (1 + 2 * margin), height: vis.height * (1 + 2 * margin) };
      const box = intersect(want, all);
      if (!box) return null;
      if (box.width * box.height * pixelRatio * pixelRatio <= MAX_CACHE_PIXELS || margin <= 0) return box;
    }
    return null;
  }

  private createBooth(booth: Booth, fill: string, text: string): void {
    const fontM = labelFontM(booth.widthM, booth.depthM);
    const rect = new Konva.Rect({
      id: boothShapeId(booth.id),
      x: booth.xM,
      y: booth.yM,
      width: booth.widthM,
      height: booth.depthM,
      rotation: booth.rotationDeg,
      fill,
      stroke: BOOTH_STROKE,
      listening: false,
      perfectDrawEnabled: false,
      shadowForStrokeEnabled: false,
    });
    const label = new Konva.Text({
      id: boothLabelId(booth.id),
      x: booth.xM,
      y: booth.yM,
      width: booth.widthM,
      height: booth.depthM,
      rotation: booth.rotationDeg,
      text,
      fontSize: fontM,
      fontFamily: CANVAS_FONT,
      fill: '#212529',
      align: 'center',
      verticalAlign: 'middle',
      wrap: 'none',
      ellipsis: true,
      padding: fontM * 0.15,
      lineHeight: 1.15,
      listening: false,
      perfectDrawEnabled: false,
    });
    this.boothGroup.add(rect, label);
    this.nodes.set(booth.id, { booth, rect, text: label, box: bounds(booth), fontM });
  }

  private updateBooth(node: BoothNode, booth: Booth, fill: string, text: string): void {
    const b = node.booth;
    if (b.xM !== booth.xM || b.yM !== booth.yM || b.widthM !== booth.widthM || b.depthM !== booth.depthM || b.rotationDeg !== booth.rotationDeg) {
      const geometry = { x: booth.xM, y: booth.yM, width: booth.widthM, height: booth.depthM, rotation: booth.rotationDeg };
      node.fontM = labelFontM(booth.widthM, booth.depthM);
      node.rect.setAttrs(geometry);
      node.text.setAttrs({ ...geometry, fontSize: node.fontM, padding: node.fontM * 0.15 });
      node.box = bounds(booth);
    }
    if (node.rect.fill() !== fill) node.rect.fill(fill);
    if (node.text.text() !== text) node.text.text(text);
    node.booth = booth;
  }
}

function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}
