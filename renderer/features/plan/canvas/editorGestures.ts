import { round, shiftDimension } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { FEATURE_SIZE, STANDARD_BOOTH_M } from '../editor/records';
import { GRID_M } from '../editor/snapping';
import { boxFromPoints, type Box, type Point } from '../model/geometry';
import { panBy, toWorld } from '../model/view';
import { HIGHLIGHT_STROKE } from './colors';
import { capturePointer, localPoint } from './hooks';
import { Konva } from './konva';
import { handleCursor, handlePoints, HANDLE_PX, type HandleKind, type Overlay } from './overlay';
import { blockPreview } from './blockPreview';
import { MeasureTool } from './measure';
import { OutlineTool } from './outlineTool';
import { DimensionGesture } from './dimensionGesture';
import { BackgroundTool } from '../background/backgroundTool';
import type { Dimension } from '../../../../shared/model/plan';
import { resizeItem, rotateItem, type Item } from './transform';
import type { FloorScene } from './scene';
import { ItemDrag, type Transforming, type Translating } from './itemDrag';

type State =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pointing'; start: Point; startW: Point; id: string | null; shift: boolean }
  | { kind: 'marquee'; startW: Point; shift: boolean }
  | Translating
  | Transforming
  | { kind: 'creating'; startW: Point; rect: Konva.Rect; box: Box }
  | { kind: 'dimensioning'; start: Point };

const DRAG_PX = 4;

const snap = (v: number) => Math.round(v / GRID_M) * GRID_M;

/**
 * Pointer gestures of the editor as one small state machine on the stage's container:
 * idle → pointing → translating / marquee / transforming / creating → idle. During a gesture only
 * the drag and overlay layers redraw; the editor hears of it once, when it ends.
 */
export class EditorGestures {
  private state: State = { kind: 'idle' };
  private preview: Konva.Group | null = null;
  private settling: Konva.Group | null = null;
  private readonly el: HTMLElement;
  private readonly off: (() => void)[] = [];
  readonly measure: MeasureTool;
  readonly outline: OutlineTool;
  /** Moving, turning and scaling the background image with handles. */
  readonly image: BackgroundTool;
  private readonly dimensions: DimensionGesture;
  private readonly drag: ItemDrag;

  constructor(
    private readonly scene: FloorScene,
    private readonly overlay: Overlay,
    private readonly dragLayer: Konva.Layer,
    private readonly editor: PlanEditor,
    private readonly spaceHeld: { current: boolean },
  ) {
    this.el = scene.stage.container();
    this.measure = new MeasureTool(overlay, editor, () => scene.currentView);
    this.outline = new OutlineTool(overlay, editor, () => scene.currentView);
    this.image = new BackgroundTool(overlay, () => scene.currentView);
    this.dimensions = new DimensionGesture(editor, this.measure, dragLayer, () => scene.currentView);
    this.drag = new ItemDrag(scene, overlay, dragLayer, editor);
    // An empty drag layer is hidden: the browser then composites one canvas fewer every frame.
    dragLayer.on('add.gestures', () => dragLayer.visible(true));
    dragLayer.visible(false);
    this.listen(this.el, 'pointerdown', (e) => this.down(e as PointerEvent));
    this.listen(this.el, 'pointermove', (e) => this.move(e as PointerEvent));
    this.listen(this.el, 'pointerup', (e) => this.up(e as PointerEvent));
    this.listen(this.el, 'pointerleave', () => {
      this.editor.pointer = null;
      this.clearPreview();
    });
    // Capture phase: Escape during a gesture cancels the gesture and nothing else (no deselect).
    this.listen(
      window,
      'keydown',
      (e) => {
        if ((e as KeyboardEvent).key === 'Escape' && (this.state.kind !== 'idle' || this.image.busy)) {
          e.stopImmediatePropagation();
          e.preventDefault();
          this.cancel();
        } else if (this.editor.tool.kind === 'outline' && this.outline.key((e as KeyboardEvent).key)) {
          // Drawing an outline: Enter, Backspace and Escape belong to it, not to the plan's shortcuts.
          e.stopImmediatePropagation();
          e.preventDefault();
        }
      },
      true,
    );
  }

  destroy(): void {
    this.cancel();
    this.measure.destroy();
    this.outline.destroy();
    this.image.destroy();
    this.clearPreview();
    this.dragLayer.off('.gestures');
    for (const f of this.off) f();
  }

  get busy(): boolean {
    return (this.state.kind !== 'idle' && this.state.kind !== 'panning') || this.outline.busy || this.image.busy;
  }

  /** After the scene has drawn committed booths, the drag copies can go (no flicker in between). */
  settle(): void {
    this.settling?.destroy();
    this.settling = null;
    if (this.state.kind === 'idle') this.scene.setHidden([]);
    this.overlay.showSelection(true);
    this.redrawDragLayer();
  }

  private redrawDragLayer(): void {
    this.dragLayer.visible(this.dragLayer.getChildren().length > 0);
    this.dragLayer.batchDraw();
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void, capture = false): void {
    target.addEventListener(type, fn, capture);
    this.off.push(() => target.removeEventListener(type, fn, capture));
  }

  private world(p: Point): Point {
    return toWorld(this.scene.currentView, p);
  }

  private itemAt(w: Point): Item | undefined {
    return this.editor.index().at(w) ?? this.scene.featureAt(w);
  }

  private handleAt(p: Point): HandleKind | null {
    return this.handleHit(p)?.kind ?? null;
  }

  private handleHit(p: Point): { kind: HandleKind; rotationDeg: number } | null {
    const sel = [...this.editor.selection];
    if (sel.length !== 1) return null;
    const item = this.editor.doc.booths.get(sel[0]!) ?? this.editor.doc.features.get(sel[0]!);
    if (!item || ('locked' in item && item.locked)) return null;
    const hit = handlePoints(item, this.scene.currentView).find((h) => Math.hypot(h.at.x - p.x, h.at.y - p.y) <= HANDLE_PX);
    return hit ? { kind: hit.kind, rotationDeg: item.rotationDeg } : null;
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0 && e.button !== 1) return;
    const p = localPoint(this.el, e);
    capturePointer(this.el, e.pointerId);
    e.preventDefault();
    if (e.button === 1 || this.spaceHeld.current) {
      this.state = { kind: 'panning', last: p };
      this.el.style.cursor = 'grabbing';
      return;
    }
    const w = this.world(p);
    const tool = this.editor.tool;
    if (tool.kind === 'block') return this.placeBlock(w);
    if (tool.kind === 'calibrate') return this.calibrate(w);
    if (tool.kind === 'measure') return this.measure.click(w, { alt: e.altKey, shift: e.shiftKey });
    if (tool.kind === 'outline') return this.outline.down(p, w, { alt: e.altKey, shift: e.shiftKey, detail: e.detail });
    if (tool.kind === 'dimension') return this.dimensions.click(w, { alt: e.altKey, shift: e.shiftKey });
    if (tool.kind === 'background') return this.image.down(p, w);
    if (tool.kind === 'booth' || tool.kind === 'feature') {
      const startW = { x: snap(w.x), y: snap(w.y) };
      const rect = new Konva.Rect({
        ...startW,
        width: 0,
        height: 0,
        fill: 'rgba(24,100,171,0.15)',
        stroke: HIGHLIGHT_STROKE,
        strokeWidth: 1.5,
        strokeScaleEnabled: false,
        listening: false,
      });
      this.dragLayer.add(rect);
      this.state = { kind: 'creating', startW, rect, box: { ...startW, width: 0, height: 0 } };
      return;
    }
    const handle = this.handleAt(p);
    if (handle) {
      this.state = this.drag.startTransform(handle);
      return;
    }
    const dimension = this.dimensions.at(w);
    if (dimension) {
      if (e.shiftKey) return this.editor.toggleSelected(dimension.id);
      this.editor.select([dimension.id]);
      this.dimensions.start(dimension);
      this.state = { kind: 'dimensioning', start: p };
      return;
    }
    const item = this.itemAt(w);
    this.state = { kind: 'pointing', start: p, startW: w, id: item?.id ?? null, shift: e.shiftKey };
    if (item && !e.shiftKey && !this.editor.selection.has(item.id)) this.editor.select([item.id]);
  }

  private move(e: PointerEvent): void {
    const p = localPoint(this.el, e);
    const s = this.state;
    const w = this.world(p);
    this.editor.pointer = w;
    switch (s.kind) {
      case 'idle':
        if (this.editor.tool.kind === 'block') this.showBlockPreview(w);
        else if (this.editor.tool.kind === 'outline') this.el.style.cursor = this.outline.move(p, w, { alt: e.altKey, shift: e.shiftKey });
        else if (this.editor.tool.kind === 'background') {
          if (this.image.busy) this.image.move(p, w, e.shiftKey);
          this.el.style.cursor = this.image.busy ? 'grabbing' : this.image.cursor(p, w);
        } else if (this.editor.tool.kind === 'measure' || this.editor.tool.kind === 'dimension') {
          this.measure.hover(w, { alt: e.altKey, shift: e.shiftKey });
          this.el.style.cursor = 'crosshair';
        } else {
          const handle = this.handleHit(p);
          this.el.style.cursor = handle
            ? handleCursor(handle.kind, handle.rotationDeg)
            : this.editor.tool.kind !== 'select'
              ? 'crosshair'
              : this.itemAt(w)
                ? 'move'
                : '';
        }
        return;
      case 'panning':
        this.scene.setView(panBy(this.scene.currentView, p.x - s.last.x, p.y - s.last.y));
        s.last = p;
        return;
      case 'pointing':
        if (Math.hypot(p.x - s.start.x, p.y - s.start.y) < DRAG_PX) return;
        if (s.id && !s.shift) this.state = this.drag.startTranslate(s.startW) ?? { kind: 'idle' };
        else this.state = { kind: 'marquee', startW: s.startW, shift: s.shift };
        return this.move(e);
      case 'marquee':
        this.overlay.setMarquee(boxFromPoints(s.startW, w));
        return;
      case 'dimensioning':
        if (Math.hypot(p.x - s.start.x, p.y - s.start.y) >= DRAG_PX) this.dimensions.move(w);
        return;
      case 'translating':
        return this.drag.translate(s, w);
      case 'transforming': {
        s.result = s.handle === 'rotate' ? rotateItem(s.item, w, e.shiftKey) : resizeItem(s.item, s.handle, w, this.drag.snapEdges(s.item));
        this.drag.drawTransform(s);
        return;
      }
      case 'creating': {
        const end = { x: snap(w.x), y: snap(w.y) };
        s.box = boxFromPoints(s.startW, end);
        s.rect.setAttrs(s.box);
        this.dragLayer.batchDraw();
        return;
      }
    }
  }

  private up(e: PointerEvent): void {
    if (this.state.kind === 'idle' && this.editor.tool.kind === 'outline') return this.outline.up();
    if (this.state.kind === 'idle' && this.editor.tool.kind === 'background') return this.image.up();
    const s = this.state;
    this.state = { kind: 'idle' };
    this.el.style.cursor = '';
    switch (s.kind) {
      case 'pointing':
        // A click on one of several selected items narrows the selection to it.
        if (s.id && s.shift) this.editor.toggleSelected(s.id);
        else if (s.id && this.editor.selection.size > 1) this.editor.select([s.id]);
        else if (!s.id && !s.shift) this.editor.select([]);
        return;
      case 'dimensioning':
        return this.dimensions.end();
      case 'marquee':
        this.overlay.setMarquee(null);
        this.editor.selectInBox(boxFromPoints(s.startW, this.world(localPoint(this.el, e))), s.shift);
        return;
      case 'translating': {
        const moved = s.items.map((it) => ({ ...it, xM: round(it.xM + s.dx), yM: round(it.yM + s.dy) }));
        const lines = s.dimensions.map((d) => shiftDimension(d, s.dx, s.dy));
        this.overlay.setGuides([]);
        return this.finish(s.group, s.dx === 0 && s.dy === 0 ? null : moved, 'move', lines);
      }
      case 'transforming':
        this.overlay.setGuides([]);
        return this.finish(s.group, [s.result], s.handle === 'rotate' ? 'rotate' : 'resize');
      case 'creating': {
        s.rect.destroy();
        this.redrawDragLayer();
        const tool = this.editor.tool;
        const small = s.box.width < GRID_M || s.box.height < GRID_M;
        const size = tool.kind === 'feature' ? FEATURE_SIZE[tool.feature] : { widthM: STANDARD_BOOTH_M, depthM: STANDARD_BOOTH_M };
        const box = small ? { ...s.startW, width: size.widthM, height: size.depthM } : s.box;
        this.editor.setTool({ kind: 'select' });
        // A booth drawn off the floor (in the notch of an L-shaped hall) is refused in words, not silently.
        const result = this.editor.createAt(box, tool.kind === 'feature' ? tool.feature : undefined);
        if (!result.ok) this.onRefused?.(result.problem);
        return;
      }
      default:
        return;
    }
  }

  private cancel(): void {
    this.image.cancel();
    const s = this.state;
    this.state = { kind: 'idle' };
    this.overlay.setMarquee(null);
    this.overlay.setGuides([]);
    if (s.kind === 'translating' || s.kind === 'transforming') {
      s.group.destroy();
      this.editor.cancelTransient();
      this.settle();
    }
    if (s.kind === 'creating') s.rect.destroy();
    if (s.kind === 'dimensioning') this.dimensions.end(true);
    this.redrawDragLayer();
  }

  /** Commits a gesture's result as one entry; the drag copies stay until the scene shows it. */
  private finish(group: Konva.Group, items: Item[] | null, action: string, dimensions: Dimension[] = []): void {
    this.settling = group;
    if (!items) return this.settle();
    const result = this.editor.commitTransient(action, dimensions, items);
    if (!result.ok) {
      this.settle();
      this.onRefused?.(result.problem);
    }
  }

  /** Told when a gesture's edit is refused (e.g. a resize larger than the area). */
  onRefused: ((problem: Extract<ReturnType<PlanEditor['commit']>, { ok: false }>['problem']) => void) | undefined;

  private showBlockPreview(w: Point): void {
    const tool = this.editor.tool;
    if (tool.kind !== 'block') return;
    this.preview ??= blockPreview(tool.spec, this.dragLayer);
    this.preview.position({ x: snap(w.x), y: snap(w.y) });
    this.dragLayer.batchDraw();
    this.el.style.cursor = 'copy';
  }

  private placeBlock(w: Point): void {
    const tool = this.editor.tool;
    if (tool.kind !== 'block') return;
    this.clearPreview();
    this.onPlaceBlock?.(tool.spec, { xM: snap(w.x), yM: snap(w.y) });
  }

  /** Places a generated block where the person clicked (the screen validates and commits). */
  onPlaceBlock: ((spec: Extract<PlanEditor['tool'], { kind: 'block' }>['spec'], at: { xM: number; yM: number }) => void) | undefined;

  private calibration: Point[] = [];
  /** Two points clicked on the background drawing, for the screen to ask their real distance. */
  onCalibrate: ((a: Point, b: Point) => void) | undefined;

  private calibrate(w: Point): void {
    this.calibration.push(w);
    this.overlay.setMarkers(this.calibration);
    if (this.calibration.length < 2) return;
    const [a, b] = this.calibration as [Point, Point];
    this.calibration = [];
    this.overlay.setMarkers([]);
    this.editor.setTool({ kind: 'select' });
    this.onCalibrate?.(a, b);
  }

  resetCalibration(): void {
    if (this.calibration.length === 0) return;
    this.calibration = [];
    this.overlay.setMarkers([]);
  }

  clearPreview(): void {
    this.preview?.destroy();
    this.preview = null;
    this.redrawDragLayer();
  }
}
