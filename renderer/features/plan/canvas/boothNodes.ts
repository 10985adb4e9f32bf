import type { Booth } from '../../../../shared/model/plan';
import { bounds, corners, unionBox, type Box, type Point } from '../model/geometry';
import type { SpatialIndex } from '../model/spatial';
import { BOOTH_STROKE } from './colors';
import { boothShapeId, Konva, withoutTransformWalk } from './konva';
import { whenIdleSlices } from '../../../ui/idle';
import type { LabelLine } from './labelLayout';
import { boothLabelNode, boothText, LABEL_PADDING, labelFontM } from './boothLabels';

export interface BoothStyle {
  fill: (booth: Booth) => string;
  label: (booth: Booth) => string | undefined;
}

export interface BoothNode {
  booth: Booth;
  fill: string;
  /** The booth's node (for lookups, tests and drag copies); on big plans made after the first drawing, while the page is idle. */
  rect: Konva.Rect | null;
  /** On big plans, made the first time the label is big enough to read: most never need one. */
  text: Konva.Text | null;
  label: string;
  box: Box;
  /** Corners, for rotated booths only. */
  outline: Point[] | null;
  /** Label size in metres: labels are part of the drawing and scale with it. */
  fontM: number;
  /** The label's lines as drawn, laid out when first readable (again after a change of label or size). */
  lines: LabelLine[] | null;
}

/**
 * Up to this many booths every booth and label node exists at once; beyond, a label node is made
 * when first needed, and booth nodes while the page is idle (the plan is drawn first).
 */
const EAGER_NODES_UP_TO = 2_000;

/** Below this many pixels a booth is drawn as a plain tile without an outline. */
const STANDARD_PX = 12;

/** Zoomed out, tiles are a shade darker so light zone colours stay visible on the white floor. */
function shade(hex: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = Number.parseInt(m[1]!, 16);
  const d = (c: number) => Math.round(c * 0.86);
  return `#${((1 << 24) | (d((n >> 16) & 255) << 16) | (d((n >> 8) & 255) << 8) | d(n & 255)).toString(16).slice(1)}`;
}

/** What a sync changed: the spots to repaint (old and new places), or `all` when a redraw is cheaper. */
export type BoothChange = { boxes: Box[] } | 'all';

/** Past this many changed booths a change redraws the whole bitmap (spread over frames) instead of spots. */
const MAX_SPOTS = 400;

/**
 * The booths of the static layer. Each booth keeps a Konva.Rect with its id and attributes (for
 * lookups, tests and drag copies), but booths are painted by one shape in a single pass, one path
 * per fill colour, and only those of the piece of bitmap being drawn (found through the spatial
 * index): ten thousand rectangles cost a few path calls, and no drawing walks every booth.
 */
export class BoothNodes {
  /** Per-booth shapes: found by `#booth-<id>`, painted by `painter`, never drawn one by one. */
  readonly shapes = withoutTransformWalk(new Konva.Group({ listening: false, visible: false, name: 'booth-shapes' }));
  /** Label nodes: hidden as a group; the scene draws the readable ones of each piece itself. */
  readonly labels = withoutTransformWalk(new Konva.Group({ listening: false, visible: false }));
  readonly painter = new Konva.Shape({ listening: false, perfectDrawEnabled: false, name: 'booth-painter' });
  readonly nodes = new Map<string, BoothNode>();
  private scale = 1;
  /** The booths the painter draws next: those of the piece being drawn. */
  private drawList: BoothNode[] = [];
  private allBoxes: Box | null = null;
  private style: BoothStyle | null = null;
  /** The list of the last sync: the next one compares with it record by record. */
  private last: readonly Booth[] = [];
  /** Booth nodes still to make while the page is idle; the cancel of that work. */
  private unmade = new Set<BoothNode>();
  private cancelIdle: (() => void) | null = null;

  constructor() {
    this.painter.sceneFunc((ctx) => this.paint(ctx._context));
  }

  /** Brings the nodes (and the spatial index) up to date; says which spots of the drawing changed. */
  sync(booths: readonly Booth[], style: BoothStyle, index: SpatialIndex<Booth>): BoothChange {
    const first = this.nodes.size === 0;
    // The same colouring as last time: a booth whose record is the same object has not changed.
    const sameStyle = this.style !== null && this.style.fill === style.fill && this.style.label === style.label;
    this.style = style;
    const boxes: Box[] = [];
    const moved: Booth[] = [];
    let geometry = false;
    // Booths that already had a node: when they are as many as the nodes were, none was removed.
    let known = 0;
    const nodesBefore = this.nodes.size;
    const changed = sameStyle ? changedInPlace(this.last, booths) : null;
    this.last = booths;
    if (changed) known = nodesBefore;
    for (const booth of changed ?? booths) {
      const had = this.nodes.get(booth.id);
      if (had && !changed) known++;
      if (sameStyle && had?.booth === booth) continue;
      const fill = style.fill(booth);
      const label = boothText(booth, style.label(booth));
      const node = had;
      if (!node) {
        this.create(booth, fill, label);
        geometry = true;
        moved.push(booth);
        if (boxes.length <= MAX_SPOTS) boxes.push(this.nodes.get(booth.id)!.box);
        continue;
      }
      if (node.booth === booth && node.fill === fill && node.label === label) continue;
      const before = node.box;
      const changes = this.update(node, booth, fill, label);
      if (!changes) continue;
      if (changes === 'geometry') geometry = true;
      moved.push(booth);
      if (boxes.length <= MAX_SPOTS) boxes.push(before, node.box);
    }
    const removed: string[] = [];
    // Every node before this sync still has its booth: no walk of the nodes to find removed ones.
    const keep = known === nodesBefore ? null : new Set(booths.map((b) => b.id));
    for (const [id, node] of keep ? this.nodes : []) {
      if (keep?.has(id)) continue;
      if (boxes.length <= MAX_SPOTS) boxes.push(node.box);
      node.rect?.destroy();
      node.text?.destroy();
      this.unmade.delete(node);
      this.nodes.delete(id);
      removed.push(id);
      geometry = true;
    }
    // Plans of fair size get every node at once, so `#booth-<id>` and `#booth-label-<id>` are always there.
    if (this.nodes.size <= EAGER_NODES_UP_TO) {
      for (const n of this.unmade) this.makeRect(n);
      this.unmade.clear();
      for (const n of this.nodes.values()) n.text ??= this.makeLabel(n);
    } else if (this.unmade.size && !this.cancelIdle) this.cancelIdle = whenIdleSlices((left) => this.makeSomeRects(left));
    const many = moved.length + removed.length > MAX_SPOTS;
    // A few moved booths can only widen the bounds (a little slack after a removal is harmless).
    if (first || many || removed.length) this.allBoxes = unionBox(boxesOf(this.nodes.values()));
    else if (geometry) this.allBoxes = unionBox([...(this.allBoxes ? [this.allBoxes] : []), ...moved.map((b) => bounds(b))]);
    if (first || many) index.rebuild(booths);
    else {
      for (const id of removed) index.remove(id);
      for (const b of moved) {
        index.remove(b.id);
        index.insert(b);
      }
    }
    return first || many ? 'all' : { boxes };
  }

  /** Sets up the painter for one piece of the drawing; returns the booths drawn there. */
  prepare(region: Box, scale: number, hidden: ReadonlySet<string>, index: SpatialIndex<Booth>): BoothNode[] {
    this.scale = scale;
    const list: BoothNode[] = [];
    for (const b of index.within(region, true)) {
      if (hidden.has(b.id)) continue;
      const n = this.nodes.get(b.id);
      if (n) list.push(n);
    }
    this.drawList = list;
    return list;
  }

  /** Booth nodes not made yet (big plans make them while the page is idle). */
  get nodesToMake(): number {
    return this.unmade.size;
  }

  /** Stops making nodes: the scene is going. */
  destroy(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
    this.unmade.clear();
  }

  /** Makes booth nodes until the idle time runs out; true when some are left. */
  private makeSomeRects(timeLeft: () => number): boolean {
    for (const n of this.unmade) {
      if (timeLeft() <= 1) return true;
      this.makeRect(n);
      this.unmade.delete(n);
    }
    this.cancelIdle = null;
    return false;
  }

  /** The shapes a drag copy is made of: the outline (drawn this time) and the label. */
  shapesOf(id: string): Konva.Shape[] {
    const n = this.nodes.get(id);
    if (!n) return [];
    const rect = this.rectOf(n).clone({ strokeWidth: 1 / this.scale, stroke: BOOTH_STROKE, strokeScaleEnabled: true }) as Konva.Rect;
    n.text ??= this.makeLabel(n);
    return [rect, n.text];
  }

  /** The size of a usual booth here (the smaller side of the first one), to judge how big booths look. */
  private typicalSizeM(): number {
    const first = this.nodes.values().next().value;
    return first ? Math.min(first.booth.widthM, first.booth.depthM) : 3;
  }

  boxOf(id: string): Box | undefined {
    return this.nodes.get(id)?.box;
  }

  /** The bounds of all booths (kept up to date by `sync`). */
  bounds(): Box | null {
    return this.allBoxes;
  }

  private paint(c: CanvasRenderingContext2D): void {
    const byFill = new Map<string, BoothNode[]>();
    for (const n of this.drawList) {
      const fill = n.fill;
      const list = byFill.get(fill);
      if (list) list.push(n);
      else byFill.set(fill, [n]);
    }
    const trace = (n: BoothNode) => {
      if (!n.outline) return c.rect(n.booth.xM, n.booth.yM, n.booth.widthM, n.booth.depthM);
      c.moveTo(n.outline[0]!.x, n.outline[0]!.y);
      for (const p of n.outline.slice(1)) c.lineTo(p.x, p.y);
      c.closePath();
    };
    // Tiny booths (a zoomed-out big plan): a hairline gap instead of an outline, as stroking
    // thousands of outlines is the costliest thing to rasterize.
    const tiny = STANDARD_PX > 0 && this.typicalSizeM() * this.scale < STANDARD_PX;
    const inset = tiny ? 0.6 / this.scale : 0;
    for (const [fill, list] of byFill) {
      c.beginPath();
      for (const n of list) {
        if (inset && !n.outline) c.rect(n.booth.xM + inset / 2, n.booth.yM + inset / 2, n.booth.widthM - inset, n.booth.depthM - inset);
        else trace(n);
      }
      c.fillStyle = tiny ? shade(fill) : fill;
      c.fill();
    }
    if (tiny) return;
    c.beginPath();
    for (const list of byFill.values()) for (const n of list) trace(n);
    c.lineWidth = 1 / this.scale;
    c.strokeStyle = BOOTH_STROKE;
    c.stroke();
  }

  private create(booth: Booth, fill: string, label: string): void {
    const node: BoothNode = { booth, fill, rect: null, text: null, label, lines: null, ...geometryOf(booth) };
    this.nodes.set(booth.id, node);
    this.unmade.add(node);
  }

  private rectOf(n: BoothNode): Konva.Rect {
    if (n.rect) return n.rect;
    this.unmade.delete(n);
    return this.makeRect(n);
  }

  private makeRect(n: BoothNode): Konva.Rect {
    const { booth } = n;
    n.rect = new Konva.Rect({
      id: boothShapeId(booth.id),
      x: booth.xM,
      y: booth.yM,
      width: booth.widthM,
      height: booth.depthM,
      rotation: booth.rotationDeg,
      fill: n.fill,
      stroke: BOOTH_STROKE,
      listening: false,
      perfectDrawEnabled: false,
    });
    this.shapes.add(n.rect);
    return n.rect;
  }

  /** Applies a booth's new record to its node; says what changed that shows. */
  private update(node: BoothNode, booth: Booth, fill: string, label: string): 'geometry' | 'look' | null {
    const b = node.booth;
    let shows: 'geometry' | 'look' | null = null;
    if (
      b.xM !== booth.xM ||
      b.yM !== booth.yM ||
      b.widthM !== booth.widthM ||
      b.depthM !== booth.depthM ||
      b.rotationDeg !== booth.rotationDeg
    ) {
      const geometry = { x: booth.xM, y: booth.yM, width: booth.widthM, height: booth.depthM, rotation: booth.rotationDeg };
      Object.assign(node, geometryOf(booth));
      node.rect?.setAttrs(geometry);
      node.text?.setAttrs({ ...geometry, fontSize: node.fontM, padding: node.fontM * LABEL_PADDING });
      node.lines = null;
      shows = 'geometry';
    }
    if (node.fill !== fill) {
      node.fill = fill;
      node.rect?.fill(fill);
      shows ??= 'look';
    }
    if (node.label !== label) {
      node.label = label;
      node.lines = null;
      node.text?.text(label);
      shows ??= 'look';
    }
    node.booth = booth;
    return shows;
  }

  private makeLabel(n: BoothNode): Konva.Text {
    const text = boothLabelNode(n);
    this.labels.add(text);
    return text;
  }
}

/**
 * The booths of `next` that are not the same records as in `prev`, when both list the same booths
 * in the same order (an edit replaces records in place): a pointer comparison per booth instead of
 * a lookup. Null when the lists differ otherwise (booths added, removed or reordered).
 */
function changedInPlace(prev: readonly Booth[], next: readonly Booth[]): Booth[] | null {
  if (prev.length !== next.length || prev.length === 0) return null;
  const changed: Booth[] = [];
  for (let i = 0; i < next.length; i++) {
    const b = next[i]!;
    if (b === prev[i]) continue;
    if (b.id !== prev[i]!.id) return null;
    changed.push(b);
  }
  return changed;
}

function geometryOf(booth: Booth): { box: Box; outline: Point[] | null; fontM: number } {
  return {
    box: bounds(booth),
    outline: booth.rotationDeg % 360 === 0 ? null : corners(booth),
    fontM: labelFontM(booth.widthM, booth.depthM),
  };
}

/** The booths' boxes, one at a time (no list of 20,000 made to take their bounds). */
function* boxesOf(nodes: Iterable<BoothNode>): Generator<Box> {
  for (const n of nodes) yield n.box;
}
