/** Items dragged on the drag layer: their lifted copies, snapped moves, and resizes and turns with their live size. */
import { itemsBounds } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { snapTranslate } from '../editor/snapping';
import { bounds, corners, type Box, type Point } from '../model/geometry';
import type { Dimension } from '../../../../shared/model/plan';
import { formatNumber } from '../../../../shared/money';
import { currentLanguage } from '../../../i18n';
import { HIGHLIGHT_STROKE } from './colors';
import { dimensionNodes } from './dimensionNodes';
import { Konva } from './konva';
import type { HandleKind, Overlay } from './overlay';
import type { FloorScene } from './scene';
import type { Item } from './transform';

export type Translating = {
  kind: 'translating';
  startW: Point;
  items: Item[];
  dimensions: Dimension[];
  box: Box;
  group: Konva.Group;
  dx: number;
  dy: number;
};
export type Transforming = { kind: 'transforming'; handle: HandleKind; item: Item; result: Item; group: Konva.Group; label: Konva.Text };

/** Past this many items a drag shows one painted shape instead of a copy of each booth. */
const MANY = 12;
const SNAP_PX = 7;

/** Moves, resizes and turns of items drawn as copies on the drag layer; the gestures commit them. */
export class ItemDrag {
  constructor(
    private readonly scene: FloorScene,
    private readonly overlay: Overlay,
    private readonly dragLayer: Konva.Layer,
    private readonly editor: PlanEditor,
  ) {}

  /** Copies of these items on the drag layer, the items themselves hidden until the gesture ends. */
  private lift(items: Item[]): Konva.Group {
    const group = new Konva.Group({ listening: false });
    if (items.length > MANY) group.add(paintedCopies(items, this.scene.currentView.scale));
    else
      for (const it of items) {
        for (const shape of this.scene.shapesOf(it.id)) group.add(shape.clone({ visible: true, id: `drag-${shape.id()}` }));
        group.add(
          new Konva.Rect({
            x: it.xM,
            y: it.yM,
            width: it.widthM,
            height: it.depthM,
            rotation: it.rotationDeg,
            stroke: HIGHLIGHT_STROKE,
            strokeWidth: 2,
            strokeScaleEnabled: false,
            listening: false,
          }),
        );
      }
    this.dragLayer.add(group);
    this.scene.setHidden(items.map((i) => i.id));
    this.overlay.showSelection(false);
    return group;
  }

  /** Starts moving the selection (locked booths stay); null when nothing can move. */
  startTranslate(startW: Point): Translating | null {
    const items = [...this.editor.selectedBooths().filter((b) => !b.locked), ...this.editor.selectedFeatures()];
    const box = itemsBounds(
      this.editor.doc,
      items.map((i) => i.id),
    );
    if (!box || items.length === 0) return null;
    // Selected dimension lines go along with the booths, drawn in the drag copy.
    const dimensions = this.editor.selectedDimensions();
    const group = this.lift(items);
    for (const d of dimensions) group.add(dimensionNodes(d, true));
    return { kind: 'translating', startW, items, dimensions, box, group, dx: 0, dy: 0 };
  }

  translate(s: Translating, w: Point): void {
    const threshold = SNAP_PX / this.scene.currentView.scale;
    const raw = { dx: w.x - s.startW.x, dy: w.y - s.startW.y };
    const moving = new Set(s.items.map((i) => i.id));
    const near = { x: s.box.x + raw.dx - 20, y: s.box.y + raw.dy - 20, width: s.box.width + 40, height: s.box.height + 40 };
    const others = this.editor
      .index()
      .within(near, true)
      .filter((b) => !moving.has(b.id))
      .map(bounds);
    const snapped = snapTranslate(s.box, raw.dx, raw.dy, others, threshold);
    s.dx = snapped.dx;
    s.dy = snapped.dy;
    s.group.position({ x: s.dx, y: s.dy });
    this.overlay.setGuides(snapped.guides);
    this.dragLayer.batchDraw();
  }

  /** Starts resizing or turning the one selected item with this handle. */
  startTransform(handle: HandleKind): Transforming {
    const id = [...this.editor.selection][0]!;
    const item = this.editor.doc.booths.get(id) ?? this.editor.doc.features.get(id)!;
    const group = this.lift([item]);
    const label = new Konva.Text({ fontSize: 12, fontFamily: 'sans-serif', fill: '#ffffff', padding: 4, listening: false });
    const tag = new Konva.Label({ listening: false });
    tag.add(new Konva.Tag({ fill: HIGHLIGHT_STROKE, cornerRadius: 3 }), label);
    this.overlay.layer.add(tag);
    group.on('destroy', () => tag.destroy());
    const s: Transforming = { kind: 'transforming', handle, item, result: item, group, label };
    this.drawTransform(s);
    return s;
  }

  /** Live size (or angle) in metres beside the pointer while resizing or rotating. */
  drawTransform(s: Transforming): void {
    const geometry = { x: s.result.xM, y: s.result.yM, width: s.result.widthM, height: s.result.depthM, rotation: s.result.rotationDeg };
    for (const node of s.group.getChildren()) node.setAttrs(geometry);
    const v = this.scene.currentView;
    const tag = s.label.getParent() as Konva.Label;
    const b = bounds(s.result);
    tag.setAttrs({ x: b.x + b.width, y: b.y + b.height, scaleX: 1 / v.scale, scaleY: 1 / v.scale });
    s.label.text(s.handle === 'rotate' ? `${Math.round(s.result.rotationDeg)}°` : `${fmt(s.result.widthM)} × ${fmt(s.result.depthM)} m`);
    this.dragLayer.batchDraw();
    this.overlay.layer.batchDraw();
  }

  snapEdges(item: Item): { xs: number[]; ys: number[]; threshold: number } {
    const b = bounds(item);
    const others = this.editor
      .index()
      .within({ x: b.x - 20, y: b.y - 20, width: b.width + 40, height: b.height + 40 }, true)
      .filter((o) => o.id !== item.id)
      .map(bounds);
    return {
      xs: others.flatMap((o) => [o.x, o.x + o.width]),
      ys: others.flatMap((o) => [o.y, o.y + o.height]),
      threshold: SNAP_PX / this.scene.currentView.scale,
    };
  }
}

const fmt = (m: number) => formatNumber(m, currentLanguage(), 2);

/** Outlines of many dragged items in one shape: one path, one fill, one stroke per frame. */
function paintedCopies(items: Item[], scale: number): Konva.Shape {
  return new Konva.Shape({
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (ctx) => {
      const c = ctx._context;
      c.beginPath();
      for (const it of items) {
        const [first, ...rest] = corners(it);
        c.moveTo(first!.x, first!.y);
        for (const p of rest) c.lineTo(p.x, p.y);
        c.closePath();
      }
      c.fillStyle = 'rgba(24,100,171,0.25)';
      c.fill();
      c.lineWidth = 2 / scale;
      c.strokeStyle = HIGHLIGHT_STROKE;
      c.stroke();
    },
  });
}
