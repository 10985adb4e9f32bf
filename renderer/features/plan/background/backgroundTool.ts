import type { AreaBackground, BackgroundPlacement } from '../../../../shared/model/plan';
import type { Point } from '../model/geometry';
import { toScreen, type View } from '../model/view';
import { HIGHLIGHT_STROKE } from '../canvas/colors';
import { Konva } from '../canvas/konva';
import type { Overlay } from '../canvas/overlay';
import { imageFrame, movedImage, onImage, placementOf, scaledImage, turnedImage } from './imageFrame';

const HIT_PX = 10;
const ROTATE_OFFSET_PX = 28;
const DRAG_PX = 3;

export type ImageHandle = 'move' | 'rotate' | 'scale';

type State = { kind: 'idle' } | { kind: 'dragging'; handle: ImageHandle; startW: Point; startP: Point; result: BackgroundPlacement | null };

/**
 * Lining the background image up on the canvas: drag it to move it, the round handle above its top
 * edge to turn it about its centre (Shift: 15° steps), the square at its bottom-right corner to
 * scale it. A locked image shows its frame without handles and does not move. Nothing is saved
 * until the pointer is released; then one undoable step.
 */
export class BackgroundTool {
  private state: State = { kind: 'idle' };
  private background: AreaBackground | null = null;
  private shown = false;
  private readonly group = new Konva.Group({ listening: false, name: 'background-tool' });
  /** Told the placement a finished drag leaves. */
  onPlace: (placement: BackgroundPlacement, action: string) => void = () => undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly view: () => View,
  ) {
    overlay.layer.add(this.group);
  }

  get busy(): boolean {
    return this.state.kind !== 'idle';
  }

  setBackground(bg: AreaBackground | null): void {
    this.background = bg;
    if (this.state.kind === 'idle') this.draw();
  }

  show(): void {
    this.shown = true;
    this.draw();
  }

  hide(): void {
    this.shown = false;
    this.state = { kind: 'idle' };
    this.draw();
  }

  redraw(): void {
    if (this.shown) this.draw();
  }

  destroy(): void {
    this.group.destroy();
  }

  /** What a press at this screen point would take hold of. */
  hit(screen: Point, w: Point): ImageHandle | null {
    const bg = this.background;
    if (!bg || bg.locked || !bg.visible) return null;
    const near = (q: Point) => Math.hypot(screen.x - q.x, screen.y - q.y) <= HIT_PX;
    if (near(this.handleOnScreen(bg, 'rotate'))) return 'rotate';
    if (near(this.handleOnScreen(bg, 'scale'))) return 'scale';
    return onImage(bg, w) ? 'move' : null;
  }

  cursor(screen: Point, w: Point): string {
    const handle = this.hit(screen, w);
    return handle === 'rotate' ? 'grab' : handle === 'scale' ? 'nwse-resize' : handle === 'move' ? 'move' : 'default';
  }

  down(screen: Point, w: Point): void {
    const handle = this.hit(screen, w);
    if (handle) this.state = { kind: 'dragging', handle, startW: w, startP: screen, result: null };
  }

  move(screen: Point, w: Point, shift: boolean): void {
    const s = this.state;
    const bg = this.background;
    if (s.kind !== 'dragging' || !bg) return;
    if (!s.result && Math.hypot(screen.x - s.startP.x, screen.y - s.startP.y) < DRAG_PX) return;
    s.result =
      s.handle === 'move'
        ? movedImage(placementOf(bg), w.x - s.startW.x, w.y - s.startW.y)
        : s.handle === 'rotate'
          ? turnedImage(bg, s.startW, w, shift)
          : scaledImage(bg, w);
    this.draw();
  }

  up(): void {
    const s = this.state;
    this.state = { kind: 'idle' };
    if (s.kind === 'dragging' && s.result)
      this.onPlace(s.result, s.handle === 'move' ? 'move background' : s.handle === 'rotate' ? 'turn background' : 'scale background');
    this.draw();
  }

  cancel(): void {
    this.state = { kind: 'idle' };
    this.draw();
  }

  /** The handles in metres (the overlay layer draws in the plan's units), their offsets kept in pixels. */
  private handles(bg: AreaBackground) {
    const scale = this.view().scale;
    const f = imageFrame(bg);
    const [tl, tr] = f.corners;
    const top = { x: (tl.x + tr.x) / 2, y: (tl.y + tr.y) / 2 };
    const off = ROTATE_OFFSET_PX / scale;
    // Away from the image, across its top edge.
    return { rotate: { x: top.x - f.v.x * off, y: top.y - f.v.y * off }, top, scale: f.corners[2] };
  }

  private handleOnScreen(bg: AreaBackground, which: 'rotate' | 'scale'): Point {
    return toScreen(this.view(), this.handles(bg)[which]);
  }

  private draw(): void {
    this.group.destroyChildren();
    const s = this.state;
    const base = this.background;
    if (this.shown && base && base.visible) {
      const bg = s.kind === 'dragging' && s.result ? { ...base, ...s.result } : base;
      const px = 1 / this.view().scale;
      const corners = imageFrame(bg).corners;
      const locked = bg.locked;
      if (s.kind === 'dragging' && s.result) {
        // The image itself follows the pointer, lightly, over the plan.
        const source = this.overlay.layer.getStage()?.findOne('#area-background') as Konva.Image | undefined;
        const image = source?.image();
        if (image)
          this.group.add(
            new Konva.Image({
              image,
              x: bg.xM,
              y: bg.yM,
              rotation: bg.rotationDeg,
              scaleX: bg.metresPerPixel,
              scaleY: bg.metresPerPixel,
              opacity: Math.min(0.6, bg.opacity + 0.1),
              listening: false,
            }),
          );
      }
      this.group.add(
        new Konva.Line({
          name: 'background-frame',
          points: corners.flatMap((c) => [c.x, c.y]),
          closed: true,
          stroke: locked ? '#868e96' : HIGHLIGHT_STROKE,
          strokeWidth: 1.5,
          strokeScaleEnabled: false,
          dash: locked ? [6 * px, 4 * px] : undefined,
          listening: false,
        }),
      );
      if (!locked) {
        const h = this.handles(bg);
        const common = { fill: '#fff', stroke: HIGHLIGHT_STROKE, strokeWidth: 1.5, strokeScaleEnabled: false, listening: false };
        this.group.add(
          new Konva.Line({
            points: [h.top.x, h.top.y, h.rotate.x, h.rotate.y],
            stroke: HIGHLIGHT_STROKE,
            strokeWidth: 1,
            strokeScaleEnabled: false,
            listening: false,
          }),
          new Konva.Circle({ ...common, name: 'background-rotate', x: h.rotate.x, y: h.rotate.y, radius: 6 * px }),
          new Konva.Rect({
            ...common,
            name: 'background-scale',
            x: h.scale.x - 5 * px,
            y: h.scale.y - 5 * px,
            width: 10 * px,
            height: 10 * px,
          }),
        );
      }
    }
    this.overlay.hideWhenEmpty();
    this.overlay.layer.batchDraw();
  }
}
