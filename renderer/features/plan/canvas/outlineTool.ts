import { constrainAngle, outlineOf } from '../../../../shared/plan/outline';
import type { EditProblem } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { addVertex, removeVertex, reshapeArea, type OutlineProblem } from '../editor/outline';
import { GRID_M } from '../editor/snapping';
import type { Point } from '../model/geometry';
import { toScreen, type View } from '../model/view';
import { Konva } from './konva';
import type { Overlay } from './overlay';

const COLOUR = '#1864ab';
const HIT_PX = 9;
const DRAG_PX = 4;

type State =
  | { kind: 'idle' }
  | { kind: 'drawing'; points: Point[]; pointer: Point | null }
  /** A corner pressed: dragged it moves, released where it was it starts a new outline there. */
  | { kind: 'dragging'; index: number; points: Point[]; moved: boolean; start: Point };

/** What the outline tool tells the screen: a refusal in words, and how far a drawing has come. */
export interface OutlineEvents {
  refused: (problem: OutlineProblem | 'lastThree' | EditProblem) => void;
  progress: (corners: number | null) => void;
}

/**
 * The outline tool as a small state machine: idle (the area's corners show as handles, the middle
 * of each edge as a dot that adds a corner) → dragging a corner → idle, or idle → drawing a new
 * outline corner by corner → closed (one undoable step) or cancelled. Points snap to the grid
 * (Alt: free) and Shift holds 90°/45°. Nothing reaches the plan until a corner is dropped or an
 * outline is closed.
 */
export class OutlineTool {
  private state: State = { kind: 'idle' };
  private readonly group = new Konva.Group({ listening: false, name: 'outline-tool' });
  events: OutlineEvents = { refused: () => undefined, progress: () => undefined };

  constructor(
    private readonly overlay: Overlay,
    private readonly editor: PlanEditor,
    private readonly view: () => View,
  ) {
    overlay.layer.add(this.group);
  }

  get drawing(): boolean {
    return this.state.kind === 'drawing';
  }

  get busy(): boolean {
    return this.state.kind !== 'idle';
  }

  /** The tool was chosen or the area changed: show the handles. */
  show(): void {
    this.state = { kind: 'idle' };
    this.draw();
  }

  hide(): void {
    this.state = { kind: 'idle' };
    this.group.destroyChildren();
    this.events.progress(null);
    this.overlay.hideWhenEmpty();
    this.overlay.layer.batchDraw();
  }

  destroy(): void {
    this.group.destroy();
  }

  redraw(): void {
    if (this.editor.tool.kind === 'outline') this.draw();
  }

  down(screen: Point, w: Point, mods: { alt: boolean; shift: boolean; detail: number }): void {
    const area = this.editor.area;
    if (!area) return;
    const s = this.state;
    if (s.kind === 'drawing') {
      const first = s.points[0]!;
      const at = this.place(w, s.points.at(-1), mods);
      // A double click closes: its second press lands where the first put a corner.
      if (mods.detail >= 2 && s.points.length >= 3) return this.close();
      if (s.points.length >= 3 && this.near(screen, first)) return this.close();
      s.points.push(at);
      s.pointer = null;
      this.events.progress(s.points.length);
      return this.draw();
    }
    const corners = outlineOf(area);
    const hit = corners.findIndex((c) => this.near(screen, c));
    if (hit >= 0 && mods.alt) {
      const points = removeVertex(area, hit);
      if (!points) return this.events.refused('lastThree');
      return this.commit(points);
    }
    if (hit >= 0) {
      this.state = { kind: 'dragging', index: hit, points: corners.map((p) => ({ ...p })), moved: false, start: screen };
      return this.draw();
    }
    const edge = this.midpoints(corners).findIndex((m) => this.near(screen, m));
    if (edge >= 0) {
      const mid = this.midpoints(corners)[edge]!;
      const points = addVertex(area, edge, mid);
      this.state = { kind: 'dragging', index: edge + 1, points, moved: false, start: screen };
      return this.draw();
    }
    this.state = { kind: 'drawing', points: [this.place(w, undefined, mods)], pointer: null };
    this.events.progress(1);
    this.draw();
  }

  move(screen: Point, w: Point, mods: { alt: boolean; shift: boolean }): string {
    const s = this.state;
    if (s.kind === 'drawing') {
      s.pointer = this.place(w, s.points.at(-1), mods);
      this.draw();
      return s.points.length >= 3 && this.near(screen, s.points[0]!) ? 'pointer' : 'crosshair';
    }
    if (s.kind === 'dragging') {
      if (!s.moved && Math.hypot(screen.x - s.start.x, screen.y - s.start.y) < DRAG_PX) return 'grabbing';
      const n = s.points.length;
      const before = s.points[(s.index + n - 1) % n];
      s.points[s.index] = this.place(w, mods.shift ? before : undefined, mods);
      s.moved = true;
      this.draw();
      return 'grabbing';
    }
    const area = this.editor.area;
    if (!area) return '';
    const corners = outlineOf(area);
    if (corners.some((c) => this.near(screen, c))) return 'move';
    if (this.midpoints(corners).some((m) => this.near(screen, m))) return 'copy';
    return 'crosshair';
  }

  up(): void {
    const s = this.state;
    if (s.kind !== 'dragging') return;
    this.state = { kind: 'idle' };
    if (s.moved) return this.commit(s.points);
    // A click on a corner (or an edge's dot) without dragging: a new outline starts from that point.
    this.state = { kind: 'drawing', points: [{ ...s.points[s.index]! }], pointer: null };
    this.events.progress(1);
    this.draw();
  }

  /** Keys while drawing: Enter closes, Backspace takes back a corner, Escape cancels. True when used. */
  key(key: string): boolean {
    const s = this.state;
    if (s.kind === 'dragging' && key === 'Escape') {
      this.show();
      return true;
    }
    if (s.kind !== 'drawing') return false;
    if (key === 'Escape') {
      this.show();
      this.events.progress(null);
      return true;
    }
    if (key === 'Enter') {
      if (s.points.length >= 3) this.close();
      else this.events.refused('tooFewPoints');
      return true;
    }
    if (key === 'Backspace') {
      s.points.pop();
      if (s.points.length === 0) {
        this.show();
        this.events.progress(null);
      } else {
        this.events.progress(s.points.length);
        this.draw();
      }
      return true;
    }
    return false;
  }

  private close(): void {
    const s = this.state;
    if (s.kind !== 'drawing') return;
    this.state = { kind: 'idle' };
    this.events.progress(null);
    this.commit(s.points);
  }

  private commit(points: Point[]): void {
    const area = this.editor.area;
    if (!area) return;
    const diff = reshapeArea(this.editor.doc, area.id, points);
    if (typeof diff === 'string') this.events.refused(diff);
    else {
      const result = this.editor.commit(diff, 'outline');
      if (!result.ok) this.events.refused(result.problem);
    }
    this.show();
  }

  /** Grid snap (Alt: free, to the centimetre); with a previous corner and Shift, 90°/45° from it. */
  private place(w: Point, from: Point | undefined, { alt, shift }: { alt: boolean; shift: boolean }): Point {
    const step = alt ? 0.01 : GRID_M;
    const snap = (v: number) => Math.round(v / step) * step;
    const p = shift && from ? constrainAngle(from, w) : { x: snap(w.x), y: snap(w.y) };
    return { x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 };
  }

  private near(screen: Point, world: Point): boolean {
    const p = toScreen(this.view(), world);
    return Math.hypot(p.x - screen.x, p.y - screen.y) <= HIT_PX;
  }

  private midpoints(corners: readonly Point[]): Point[] {
    return corners.map((a, i) => {
      const b = corners[(i + 1) % corners.length]!;
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    });
  }

  private draw(): void {
    this.group.destroyChildren();
    const area = this.editor.area;
    if (!area || this.editor.tool.kind !== 'outline') return this.finishDraw();
    const scale = this.view().scale;
    const s = this.state;
    const points = s.kind === 'drawing' ? s.points : s.kind === 'dragging' ? s.points : outlineOf(area);
    const chain = s.kind === 'drawing' && s.pointer ? [...points, s.pointer] : points;
    this.group.add(
      new Konva.Line({
        points: chain.flatMap((p) => [p.x, p.y]),
        closed: s.kind !== 'drawing',
        stroke: COLOUR,
        strokeWidth: 2,
        strokeScaleEnabled: false,
        dash: s.kind === 'idle' ? undefined : [8, 4],
        fill: s.kind === 'drawing' ? 'rgba(24,100,171,0.06)' : undefined,
        listening: false,
        name: 'outline-path',
      }),
    );
    const size = 8 / scale;
    points.forEach((p, i) =>
      this.group.add(
        new Konva.Rect({
          x: p.x - size / 2,
          y: p.y - size / 2,
          width: size,
          height: size,
          fill: i === 0 && s.kind === 'drawing' ? COLOUR : '#ffffff',
          stroke: COLOUR,
          strokeWidth: 1.5,
          strokeScaleEnabled: false,
          listening: false,
          name: 'outline-corner',
        }),
      ),
    );
    if (s.kind === 'idle')
      for (const m of this.midpoints(points))
        this.group.add(
          new Konva.Circle({ x: m.x, y: m.y, radius: 3.5 / scale, fill: COLOUR, opacity: 0.6, listening: false, name: 'outline-mid' }),
        );
    this.finishDraw();
  }

  private finishDraw(): void {
    this.overlay.hideWhenEmpty();
    this.overlay.layer.batchDraw();
  }
}
