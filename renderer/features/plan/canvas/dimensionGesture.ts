import type { Dimension } from '../../../../shared/model/plan';
import { distanceToDimension, offsetThrough } from '../../../../shared/plan/dimension';
import type { PlanEditor } from '../editor/editor';
import type { Point } from '../model/geometry';
import type { View } from '../model/view';
import { dimensionNodes } from './dimensionNodes';
import type { Konva } from './konva';
import type { MeasureTool } from './measure';

/** Screen pixels within which a press takes a dimension line. */
const PICK_PX = 6;

/**
 * Dimension lines on the canvas: placed with two clicks that snap as the measuring tool's do, and
 * dragged off (or onto) the points they measure. Each placement or drag is one step of the history.
 */
export class DimensionGesture {
  private dragging: { dimension: Dimension; offsetM: number; preview: Konva.Group | null } | null = null;

  constructor(
    private readonly editor: PlanEditor,
    private readonly measure: MeasureTool,
    private readonly dragLayer: Konva.Layer,
    private readonly view: () => View,
  ) {}

  /** A click of the dimension tool: the first point, then the second places the line (the tool stays for the next). */
  click(w: Point, mods: { alt: boolean; shift: boolean }): void {
    this.measure.click(w, mods);
    const [a, b] = this.measure.chain;
    if (!a || !b) return;
    this.measure.reset();
    this.editor.addDimensions([a, b]);
  }

  /** The dimension line of the current area under the pointer, if any. */
  at(w: Point): Dimension | undefined {
    const reach = PICK_PX / this.view().scale;
    return this.editor.areaDimensions().find((d) => distanceToDimension(d, w) <= reach);
  }

  start(dimension: Dimension): void {
    this.dragging = { dimension, offsetM: dimension.offsetM, preview: null };
  }

  get active(): boolean {
    return this.dragging !== null;
  }

  move(w: Point): void {
    const s = this.dragging;
    if (!s) return;
    s.offsetM = Math.round(offsetThrough(s.dimension, w) * 100) / 100;
    s.preview?.destroy();
    s.preview = dimensionNodes({ ...s.dimension, offsetM: s.offsetM }, true);
    this.dragLayer.add(s.preview);
    this.dragLayer.visible(true);
    this.dragLayer.batchDraw();
  }

  /** Ends the drag: a changed offset is one history entry; `cancel` leaves no trace. */
  end(cancel = false): void {
    const s = this.dragging;
    this.dragging = null;
    if (!s) return;
    s.preview?.destroy();
    this.dragLayer.batchDraw();
    if (!cancel && s.preview && s.offsetM !== s.dimension.offsetM && s.offsetM !== 0)
      this.editor.updateDimension({ ...s.dimension, offsetM: s.offsetM }, 'move dimension');
  }
}
