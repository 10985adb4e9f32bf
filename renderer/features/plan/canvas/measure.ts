import type { Language } from '../../../../shared/model/fair';
import { formatNumber } from '../../../../shared/money';
import type { PlanEditor } from '../editor/editor';
import { corners, type Point } from '../model/geometry';
import type { View } from '../model/view';
import { Konva } from './konva';
import type { Overlay } from './overlay';

const SNAP_PX = 8;
const COLOUR = '#d9480f';

/** A chain of measured points and its lengths, in metres. */
export interface Measurement {
  points: Point[];
  /** Segments so far, the one being drawn to the pointer included. */
  count: number;
  /** The newest segment's length (the one being drawn, if any). */
  last: number;
  total: number;
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/**
 * The measuring tool: click, click… a chain of segments drawn with their lengths on the overlay.
 * Points snap to the corners of booths, features and the area (Alt: free), Shift keeps a segment
 * level or plumb; nothing of it enters the plan or its history.
 */
export class MeasureTool {
  private points: Point[] = [];
  private pointer: Point | null = null;
  private readonly group = new Konva.Group({ listening: false, name: 'measure' });
  onChange: ((m: Measurement | null) => void) | undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly editor: PlanEditor,
    private view: () => View,
  ) {
    overlay.layer.add(this.group);
  }

  get active(): boolean {
    return this.points.length > 0;
  }

  /** The points clicked so far. */
  get chain(): readonly Point[] {
    return this.points;
  }

  click(w: Point, mods: { alt: boolean; shift: boolean }): void {
    this.points.push(this.place(w, mods));
    this.pointer = null;
    this.draw();
  }

  hover(w: Point, mods: { alt: boolean; shift: boolean }): void {
    if (this.points.length === 0) return;
    this.pointer = this.place(w, mods);
    this.draw();
  }

  reset(): void {
    if (this.points.length === 0 && !this.pointer) return;
    this.points = [];
    this.pointer = null;
    this.draw();
  }

  destroy(): void {
    this.group.destroy();
  }

  /** Redraws labels at their screen size after a zoom. */
  redraw(): void {
    if (this.points.length > 0 || this.pointer) this.draw();
  }

  private place(w: Point, { alt, shift }: { alt: boolean; shift: boolean }): Point {
    const last = this.points.at(-1);
    if (shift && last) return Math.abs(w.x - last.x) >= Math.abs(w.y - last.y) ? { x: w.x, y: last.y } : { x: last.x, y: w.y };
    if (alt) return w;
    return this.snap(w) ?? { x: Math.round(w.x * 100) / 100, y: Math.round(w.y * 100) / 100 };
  }

  /** The nearest corner of a booth, a feature or the area within a few pixels of the pointer. */
  private snap(w: Point): Point | null {
    const reach = SNAP_PX / this.view().scale;
    const near = { x: w.x - reach, y: w.y - reach, width: 2 * reach, height: 2 * reach };
    const area = this.editor.area;
    const candidates: Point[] = [
      ...this.editor
        .index()
        .within(near, true)
        .flatMap((b) => corners(b)),
      ...this.editor.areaFeatures().flatMap((f) => corners(f)),
    ];
    if (area) candidates.push({ x: 0, y: 0 }, { x: area.widthM, y: 0 }, { x: area.widthM, y: area.depthM }, { x: 0, y: area.depthM });
    let best: Point | null = null;
    let bestD = reach;
    for (const c of candidates) {
      const d = dist(c, w);
      if (d <= bestD) [best, bestD] = [c, d];
    }
    return best;
  }

  private draw(): void {
    this.group.destroyChildren();
    const scale = this.view().scale;
    const chain = this.pointer ? [...this.points, this.pointer] : this.points;
    if (chain.length > 1)
      this.group.add(
        new Konva.Line({
          points: chain.flatMap((p) => [p.x, p.y]),
          stroke: COLOUR,
          strokeWidth: 2,
          strokeScaleEnabled: false,
          dash: [8, 4],
          listening: false,
        }),
      );
    const r = 4 / scale;
    for (const p of this.points) this.group.add(new Konva.Circle({ x: p.x, y: p.y, radius: r, fill: COLOUR, listening: false }));
    for (let i = 1; i < chain.length; i++) {
      const a = chain[i - 1]!;
      const b = chain[i]!;
      const tag = new Konva.Label({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, scaleX: 1 / scale, scaleY: 1 / scale, listening: false });
      tag.add(new Konva.Tag({ fill: COLOUR, cornerRadius: 3, pointerDirection: 'down', pointerWidth: 8, pointerHeight: 5 }));
      tag.add(new Konva.Text({ text: `${formatMetres(dist(a, b))} m`, fontSize: 12, fill: '#fff', padding: 3, name: 'measure-label' }));
      this.group.add(tag);
    }
    this.overlay.hideWhenEmpty();
    this.overlay.layer.batchDraw();
    const lengths = chain.slice(1).map((p, i) => dist(chain[i]!, p));
    const total = lengths.reduce((sum, l) => sum + l, 0);
    this.onChange?.(
      this.points.length === 0 ? null : { points: [...this.points], count: lengths.length, last: lengths.at(-1) ?? 0, total },
    );
  }
}

/** A length in metres to the centimetre, the way the interface's language writes numbers. */
export function formatMetres(m: number, language: Language = document.documentElement.lang === 'en' ? 'en' : 'vi'): string {
  return formatNumber(Math.round(m * 100) / 100, language, 2);
}
