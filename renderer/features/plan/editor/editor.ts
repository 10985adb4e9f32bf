import type { Area, Booth, Dimension, Feature, FeatureKind, Plan } from '../../../../shared/model/plan';
import type { Box, Point } from '../model/geometry';
import type { SpatialIndex } from '../model/spatial';
import { addBooths, itemBox, nextFreeNumber, removeItems, translateItems, updateItems, validate } from './commands';
import { areaList, carryAreaLists, type AreaLists } from './areaLists';
import { AreaBoothIndex } from './areaBoothIndex';
import type { EditorOptions, EditResult, SideEffect, Tool, Transient } from './editorTypes';
import { isChangedMeanwhile, saveWithEffect } from './editorSaving';
import { keepApplicable, removeEntry, type Entry } from './history';
import { defaults } from './records';
import { numberOrder } from './numbering';
import {
  applyDiff,
  docFromPlan,
  emptyDiff,
  updatesOf,
  isEmptyDiff,
  mergePlan,
  planFromDoc,
  reverse,
  toChanges,
  type Diff,
  type PlanDoc,
} from './records';

/**
 * The plan editor without a DOM: the document, the selection, the history of diffs and the
 * persistence of each committed entry. The canvas and the panels only read it and call it.
 */
export class PlanEditor {
  doc: PlanDoc;
  selection: ReadonlySet<string> = new Set();
  areaId: string | null;
  transient: Transient | null = null;
  tool: Tool = { kind: 'select' };
  /** Numbers left out on purpose (e.g. 13): new, pasted and duplicated booths never take them. */
  skip: ReadonlySet<number> = new Set();
  /** Where the pointer last was over the canvas, in metres (paste lands there); null when it left. */
  pointer: { x: number; y: number } | null = null;
  /** Committed entries not yet confirmed saved. */
  pending = 0;
  /** How many saves the file refused because what they changed had changed elsewhere meanwhile. */
  refusedMeanwhile = 0;
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];
  private readonly listeners = new Set<() => void>();
  private saving: Promise<void> = Promise.resolve();
  private version = 0;
  /** A plan read from the file while an edit was in flight: taken once the editor is idle. */
  private incoming: Plan | null = null;
  /** A read arrived while a save was in flight: it may predate that save, so it is not taken. */
  private readDuringSave = false;
  private readonly boothIndex = new AreaBoothIndex();
  /** Each area's booths, as `areaBoothsOf` gives them, for one state of the document's booths. */
  private areaLists: AreaLists = { booths: new Map(), byArea: new Map() };
  readonly newId: () => string;

  constructor(private readonly opts: EditorOptions) {
    this.doc = docFromPlan(opts.plan);
    this.areaId = opts.plan.areas[0]?.id ?? null;
    this.newId = opts.newId ?? (() => crypto.randomUUID());
  }

  // ---- reading ----
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getVersion = (): number => this.version;
  get plan(): Plan {
    return planFromDoc(this.doc);
  }
  get area(): Area | undefined {
    return this.areaId ? this.doc.areas.get(this.areaId) : undefined;
  }
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  /** The action words of the entries, newest last (for tests and the history menu). */
  get history(): { undo: string[]; redo: string[] } {
    return { undo: this.undoStack.map((e) => e.action), redo: this.redoStack.map((e) => e.action) };
  }
  /** The booths of the current area: the same list until one of them changes (see `areaBoothsOf`). */
  areaBooths(): readonly Booth[] {
    return this.areaBoothsOf(this.areaId);
  }
  /**
   * The booths of one area. The list is kept: an edit that moves or changes booths in place gives
   * the area a copy with those records replaced (no walk of every booth), and leaves the other
   * areas' lists as they were, so views comparing lists see at once what changed.
   */
  areaBoothsOf(areaId: string | null): readonly Booth[] {
    if (this.areaLists.booths !== this.doc.booths) this.areaLists = { booths: this.doc.booths, byArea: new Map() };
    return areaList(this.areaLists, areaId);
  }
  areaFeatures(): Feature[] {
    return [...this.doc.features.values()].filter((f) => f.areaId === this.areaId);
  }
  selectedBooths(): Booth[] {
    return [...this.selection].map((id) => this.doc.booths.get(id)).filter((b): b is Booth => !!b);
  }
  areaDimensions(): Dimension[] {
    return [...this.doc.dimensions.values()].filter((d) => d.areaId === this.areaId);
  }
  selectedDimensions(): Dimension[] {
    return [...this.selection].map((id) => this.doc.dimensions.get(id)).filter((d): d is Dimension => !!d);
  }
  /**
   * Dimension lines kept along a chain of points of the current area (two points: one line), in one
   * step, selected once placed. Segments of no length are left out.
   */
  addDimensions(chain: readonly Point[], offsetM = 1): EditResult {
    const areaId = this.areaId;
    if (!areaId) return { ok: false, problem: { code: 'noArea' } };
    const r3 = (p: Point) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 });
    const d = emptyDiff();
    for (let i = 1; i < chain.length; i++) {
      const [a, b] = [r3(chain[i - 1]!), r3(chain[i]!)];
      if (a.x !== b.x || a.y !== b.y) d.added.dimensions.push(defaults.dimension(this.newId(), areaId, a, b, offsetM));
    }
    const result = this.commit(d, 'dimension');
    if (result.ok && d.added.dimensions.length) this.select(d.added.dimensions.map((x) => x.id));
    return result;
  }
  updateDimension(next: Dimension, action = 'edit dimension'): EditResult {
    const d = emptyDiff();
    d.updated.dimensions = updatesOf(this.doc.dimensions, [next]);
    return this.commit(d, action);
  }
  selectedFeatures(): Feature[] {
    return [...this.selection].map((id) => this.doc.features.get(id)).filter((f): f is Feature => !!f);
  }
  /** The booths of the current area in a spatial index, rebuilt only when the area changes. */
  index(): SpatialIndex<Booth> {
    return this.boothIndex.get(this.doc.booths, this.areaId, () => this.areaBooths());
  }
  /** Applies a diff to the document, noting the booths it touches for the spatial index and the area lists. */
  private apply(diff: Diff): void {
    const before = this.doc.booths;
    this.doc = applyDiff(this.doc, diff);
    if (this.doc.booths !== before) this.areaLists = carryAreaLists(this.areaLists, before, this.doc.booths, diff);
    this.boothIndex.note(diff);
  }
  /** Resolves once every committed entry so far has been saved (or refused). */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  // ---- the file's state, as other windows and devices leave it ----
  /**
   * Takes the plan as the file now has it (after another window's write, or a refused save).
   * While a gesture or a save is under way it waits, so nothing jumps under the pointer.
   */
  receive(plan: Plan): void {
    if (this.pending > 0) {
      // Possibly read before the save in flight landed: taking it would undo that edit on screen
      // and prune the history against a state the file no longer has. Read again once it lands.
      this.incoming = null;
      this.readDuringSave = true;
      return;
    }
    if (this.transient) {
      this.incoming = plan;
      return;
    }
    this.incoming = null;
    const next = mergePlan(this.doc, plan);
    if (
      next.areas === this.doc.areas &&
      next.zones === this.doc.zones &&
      next.booths === this.doc.booths &&
      next.features === this.doc.features
    )
      return;
    this.doc = next;
    this.boothIndex.forget();
    if (this.areaId && !this.doc.areas.has(this.areaId)) this.areaId = plan.areas[0]?.id ?? null;
    this.pruneSelection();
    this.pruneHistory();
    this.emit();
  }

  /**
   * Keeps only the undo and redo steps that still apply to the file as it is: a step over a
   * record someone else has changed since is dropped, with every step below it.
   */
  private pruneHistory(): void {
    keepApplicable(this.doc, this.undoStack, (e) => reverse(e.diff));
    keepApplicable(this.doc, this.redoStack, (e) => e.diff);
  }

  private takeIncoming(): void {
    if (this.pending > 0) return;
    if (this.readDuringSave) {
      this.readDuringSave = false;
      this.opts.onStale?.();
    }
    const plan = this.incoming;
    if (plan && !this.transient) this.receive(plan);
  }

  // ---- view state (never in the history) ----
  setArea(areaId: string): void {
    if (areaId === this.areaId) return;
    this.areaId = areaId;
    this.selection = new Set();
    this.emit();
  }
  setSkip(skip: Iterable<number>): void {
    this.skip = new Set(skip);
    this.emit();
  }
  setTool(tool: Tool): void {
    this.tool = tool;
    this.emit();
  }
  select(ids: Iterable<string>): void {
    this.selection = new Set(ids);
    this.emit();
  }
  toggleSelected(id: string): void {
    const next = new Set(this.selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.select(next);
  }
  /** Marquee: booths, features and dimension lines wholly inside the box; with `additive`, added to the selection. */
  selectInBox(box: Box, additive: boolean): void {
    const ids = this.index()
      .within(box)
      .map((b) => b.id);
    for (const r of [...this.areaFeatures(), ...this.areaDimensions()]) {
      const fb = itemBox(r);
      if (fb.x >= box.x && fb.y >= box.y && fb.x + fb.width <= box.x + box.width && fb.y + fb.height <= box.y + box.height) ids.push(r.id);
    }
    this.select(additive ? [...this.selection, ...ids] : ids);
  }
  selectAll(): void {
    this.select([...this.areaBooths(), ...this.areaFeatures(), ...this.areaDimensions()].map((r) => r.id));
  }

  // ---- edits: each is one history entry and one saved transaction ----
  commit(diff: Diff, action: string, effect?: SideEffect): EditResult {
    if (isEmptyDiff(diff) && !effect) return { ok: true };
    const problem = validate(this.doc, diff);
    if (problem) return { ok: false, problem };
    this.apply(diff);
    const entry: Entry = { diff, action, effect };
    this.undoStack.push(entry);
    this.redoStack.length = 0;
    this.pruneSelection();
    this.persist(diff, action, entry, 'commit');
    this.emit();
    return { ok: true };
  }
  deleteSelection(): EditResult {
    const result = this.commit(removeItems(this.doc, this.selection), 'delete');
    this.pruneSelection();
    this.emit();
    return result;
  }
  /** A new booth (or feature) on the current area, selected once created. */
  createAt(box: Box, feature?: FeatureKind): EditResult {
    const areaId = this.areaId;
    if (!areaId) return { ok: false, problem: { code: 'noArea' } };
    const at = { xM: box.x, yM: box.y };
    const size = { widthM: box.width, depthM: box.height };
    const id = this.newId();
    const diff = feature
      ? addBooths([], [defaults.feature(id, areaId, feature, at, size)])
      : addBooths([defaults.booth(id, areaId, this.nextBoothNumber(), at, size)]);
    const result = this.commit(diff, 'create');
    if (result.ok) this.select([id]);
    return result;
  }
  /** The number after the highest one on this area ("A07" → "A08"), free across the fair. */
  nextBoothNumber(): string {
    const used = new Set([...this.doc.booths.values()].map((b) => b.number));
    const mine = this.areaBooths()
      .map((b) => b.number)
      .sort(numberOrder);
    return nextFreeNumber(mine.at(-1) ?? 'A00', used, this.skip);
  }
  nudge(dx: number, dy: number): EditResult {
    return this.commit(translateItems(this.doc, this.selection, dx, dy), 'nudge');
  }
  updateBooths(booths: Booth[], action = 'edit'): EditResult {
    return this.commit(updateItems(this.doc, booths), action);
  }
  updateFeatures(features: Feature[], action = 'edit'): EditResult {
    return this.commit(updateItems(this.doc, [], features), action);
  }

  undo(): void {
    this.cancelTransient();
    const entry = this.undoStack.pop();
    if (!entry) return;
    const back = reverse(entry.diff);
    this.apply(back);
    this.redoStack.push(entry);
    this.pruneSelection();
    this.persist(back, 'undo', entry, 'undo');
    this.emit();
  }
  redo(): void {
    this.cancelTransient();
    const entry = this.redoStack.pop();
    if (!entry) return;
    this.apply(entry.diff);
    this.undoStack.push(entry);
    this.persist(entry.diff, 'redo', entry, 'redo');
    this.emit();
  }

  // ---- gestures: a drag is one entry, Escape leaves no trace ----
  setTransient(items: (Booth | Feature)[]): void {
    this.transient = new Map(items.map((r) => [r.id, r]));
    this.emit();
  }
  /**
   * Commits the gesture's items (by default those last set as transient) as one entry; `dimensions` are
   * lines that moved with them (a drag of a mixed selection). The screen hears of it once: a drop on a
   * big plan re-renders it one time, not three.
   */
  commitTransient(
    action: string,
    dimensions: readonly Dimension[] = [],
    items: readonly (Booth | Feature)[] = [...(this.transient?.values() ?? [])],
  ): EditResult {
    this.transient = null;
    const booths = items.filter((r): r is Booth => 'number' in r);
    const features = items.filter((r): r is Feature => !('number' in r));
    const diff = updateItems(this.doc, booths, features);
    diff.updated.dimensions = updatesOf(this.doc.dimensions, dimensions);
    const announced = this.version;
    const result = this.commit(diff, action);
    this.takeIncoming();
    // A step made is announced by `commit`; an empty or refused one still ends the gesture on screen.
    if (this.version === announced) this.emit();
    return result;
  }
  cancelTransient(): void {
    if (!this.transient) return;
    this.transient = null;
    this.takeIncoming();
    this.emit();
  }

  private persist(diff: Diff, action: string, entry: Entry, how: 'commit' | 'undo' | 'redo'): void {
    const save = this.opts.persist;
    if (!save) return;
    const changes = toChanges(diff, action);
    // The save's own announcement brings the file's state afresh; an older read must not undo this edit on screen.
    this.incoming = null;
    this.pending++;
    this.saving = this.saving.then(async () => {
      try {
        await saveWithEffect(save, changes, diff, entry.effect, how);
      } catch (error) {
        const stale = isChangedMeanwhile(error);
        if (stale) this.refusedMeanwhile++;
        this.rollBack(diff, entry, how, stale);
        this.opts.onPersistError?.(error);
      } finally {
        this.pending--;
        this.takeIncoming();
        this.emit();
      }
    });
  }

  /** A refused save leaves the plan as the database has it, and the history as before that step. */
  private rollBack(diff: Diff, entry: Entry, how: 'commit' | 'undo' | 'redo', stale: boolean): void {
    this.apply(reverse(diff));
    const remove = (stack: Entry[]) => removeEntry(stack, entry);
    // A step over records changed elsewhere can never be saved: it leaves the history altogether.
    if (how === 'commit' || stale) {
      remove(this.undoStack);
      remove(this.redoStack);
    } else if (how === 'undo' && remove(this.redoStack)) this.undoStack.push(entry);
    else if (how === 'redo' && remove(this.undoStack)) this.redoStack.push(entry);
    this.pruneSelection();
  }

  private pruneSelection(): void {
    const alive = [...this.selection].filter((id) => this.doc.booths.has(id) || this.doc.features.has(id) || this.doc.dimensions.has(id));
    if (alive.length !== this.selection.size) this.selection = new Set(alive);
  }

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
