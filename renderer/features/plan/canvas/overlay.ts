import type { Booth, Feature } from '../../../../shared/model/plan';
import { centre, corners, type Box, type Point } from '../model/geometry';
import { toScreen, type View } from '../model/view';
import type { Guide } from '../editor/snapping';
import { HIGHLIGHT_STROKE } from './colors';
import { Konva } from './konva';

/** Corners resize two sides, side handles one; `rotate` sits above the top side. */
export type HandleKind = 'nw' | 'ne' | 'se' | 'sw' | 'n' | 'e' | 's' | 'w' | 'rotate';
export const HANDLE_PX = 9;
const ROTATE_OFFSET_PX = 26;
const ISSUE_STROKE = '#e03131';

type Item = Booth | Feature;

/** Where the handles of one selected item are on screen (pixels). */
export function handlePoints(item: Item, view: View): { kind: HandleKind; at: Point }[] {
  const [nw, ne, se, sw] = corners(item).map((c) => toScreen(view, c)) as [Point, Point, Point, Point];
  const top = { x: (nw.x + ne.x) / 2, y: (nw.y + ne.y) / 2 };
  const c = toScreen(view, centre(item));
  const len = Math.hypot(top.x - c.x, top.y - c.y) || 1;
  const rotate = { x: top.x + ((top.x - c.x) / len) * ROTATE_OFFSET_PX, y: top.y + ((top.y - c.y) / len) * ROTATE_OFFSET_PX };
  const handles: { kind: HandleKind; at: Point }[] = [
    { kind: 'nw', at: nw },
    { kind: 'ne', at: ne },
    { kind: 'se', at: se },
    { kind: 'sw', at: sw },
    { kind: 'rotate', at: rotate },
  ];
  // Side handles only where the side is long enough on screen to tell them from the corners.
  const sides: [HandleKind, Point, Point][] = [
    ['n', nw, ne],
    ['e', ne, se],
    ['s', se, sw],
    ['w', sw, nw],
  ];
  for (const [kind, a, b] of sides)
    if (Math.hypot(b.x - a.x, b.y - a.y) >= 4 * HANDLE_PX) handles.push({ kind, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } });
  return handles;
}

/** The resize cursor for a handle, turned with the item (in 45° steps). */
export function handleCursor(kind: HandleKind, rotationDeg: number): string {
  if (kind === 'rotate') return 'grab';
  const order = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
  const turned = order[(order.indexOf(kind) + Math.round((((rotationDeg % 360) + 360) % 360) / 45)) % 8]!;
  return `${turned}-resize`;
}

/**
 * The interactive layer: selection outlines, resize and rotate handles, snapping guides, the
 * marquee and check markers. Few nodes, redrawn freely; handles keep their pixel size at any zoom.
 */
export class Overlay {
  private readonly selection = new Konva.Group({ listening: false });
  private readonly issues = new Konva.Group({ listening: false });
  private readonly handles = new Konva.Group({ listening: false });
  private readonly guides = new Konva.Group({ listening: false });
  private readonly marquee = new Konva.Rect({
    fill: 'rgba(24,100,171,0.08)',
    stroke: HIGHLIGHT_STROKE,
    strokeWidth: 1,
    strokeScaleEnabled: false,
    dash: [4, 3],
    visible: false,
    listening: false,
  });
  private handleItem: Item | null = null;
  private view: View = { scale: 1, x: 0, y: 0 };

  constructor(readonly layer: Konva.Layer) {
    layer.add(this.issues, this.selection, this.handles, this.guides, this.marquee);
    this.hideWhenEmpty();
  }

  /** An empty overlay is hidden: the browser then composites one canvas fewer on every frame. */
  hideWhenEmpty(): void {
    // Every group on the layer counts (tools such as the measure add their own).
    const groups = this.layer.getChildren().filter((g) => g !== this.marquee) as Konva.Group[];
    const empty = groups.every((g) => g.getChildren().length === 0) && !this.marquee.visible();
    if (this.layer.visible() === empty) this.layer.visible(!empty);
  }

  setView(view: View): void {
    this.view = view;
    this.drawHandles();
  }

  setSelection(items: readonly Item[]): void {
    this.selection.destroyChildren();
    for (const it of items) this.selection.add(outline(it, HIGHLIGHT_STROKE, 2, `selected-${it.id}`));
    this.handleItem = items.length === 1 && !('locked' in items[0]! && items[0]!.locked) ? items[0]! : null;
    this.drawHandles();
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  /** Hidden while a gesture moves the selection on the drag layer. */
  showSelection(shown: boolean): void {
    this.selection.visible(shown);
    this.handles.visible(shown);
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  setIssues(items: readonly Item[]): void {
    // Every edit sets them again; with the checks panel closed there are none to clear or draw.
    if (items.length === 0 && !this.issues.hasChildren()) return;
    this.issues.destroyChildren();
    for (const it of items) this.issues.add(outline(it, ISSUE_STROKE, 3, `issue-${it.id}`, [6, 4]));
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  setGuides(guides: readonly Guide[]): void {
    // Most gestures end with no guide shown: nothing to clear, nothing to redraw.
    if (guides.length === 0 && !this.guides.hasChildren()) return;
    this.guides.destroyChildren();
    for (const g of guides) {
      const points = g.axis === 'x' ? [g.at, g.from - 1, g.at, g.to + 1] : [g.from - 1, g.at, g.to + 1, g.at];
      this.guides.add(
        new Konva.Line({ points, stroke: '#e64980', strokeWidth: 1, strokeScaleEnabled: false, dash: [4, 3], listening: false }),
      );
    }
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  /** Calibration points: small crosses where the person clicked. */
  setMarkers(points: readonly Point[]): void {
    this.guides.destroyChildren();
    const r = 8 / this.view.scale;
    for (const p of points) {
      this.guides.add(
        new Konva.Line({
          points: [p.x - r, p.y, p.x + r, p.y],
          stroke: '#e64980',
          strokeWidth: 2,
          strokeScaleEnabled: false,
          listening: false,
          name: 'calibration-mark',
        }),
      );
      this.guides.add(
        new Konva.Line({
          points: [p.x, p.y - r, p.x, p.y + r],
          stroke: '#e64980',
          strokeWidth: 2,
          strokeScaleEnabled: false,
          listening: false,
        }),
      );
    }
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  setMarquee(box: Box | null): void {
    this.marquee.visible(!!box);
    if (box) this.marquee.setAttrs(box);
    this.hideWhenEmpty();
    this.layer.batchDraw();
  }

  private drawHandles(): void {
    this.handles.destroyChildren();
    const it = this.handleItem;
    if (!it) return;
    const s = this.view.scale;
    for (const h of handlePoints(it, this.view)) {
      const world = { x: (h.at.x - this.view.x) / s, y: (h.at.y - this.view.y) / s };
      const common = {
        x: world.x,
        y: world.y,
        fill: '#ffffff',
        stroke: HIGHLIGHT_STROKE,
        strokeWidth: 1.5,
        strokeScaleEnabled: false,
        listening: false,
        name: `handle-${h.kind}`,
      };
      this.handles.add(
        h.kind === 'rotate'
          ? new Konva.Circle({ ...common, radius: HANDLE_PX / 2 / s })
          : new Konva.Rect({
              ...common,
              width: HANDLE_PX / s,
              height: HANDLE_PX / s,
              offsetX: HANDLE_PX / 2 / s,
              offsetY: HANDLE_PX / 2 / s,
              rotation: it.rotationDeg,
            }),
      );
    }
  }
}

function outline(it: Item, stroke: string, width: number, id: string, dash?: number[]): Konva.Rect {
  return new Konva.Rect({
    id,
    x: it.xM,
    y: it.yM,
    width: it.widthM,
    height: it.depthM,
    rotation: it.rotationDeg,
    stroke,
    strokeWidth: width,
    strokeScaleEnabled: false,
    dash,
    listening: false,
    perfectDrawEnabled: false,
  });
}
