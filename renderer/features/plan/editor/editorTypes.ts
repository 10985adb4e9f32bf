/** The plan editor's public types: its options, the canvas tools, side effects saved with a step, edit results and transient items. */
import type { Booth, Feature, FeatureKind, Plan, PlanChangesInput } from '../../../../shared/model/plan';
import type { EditProblem } from './commands';
import type { BlockSpec } from './generator';

export interface EditorOptions {
  plan: Plan;
  /** Persists one committed diff as one transaction (the API's applyPlanChanges). */
  persist?: (changes: PlanChangesInput) => Promise<unknown>;
  /** A persisted diff was refused: it has been rolled back locally too. */
  onPersistError?: (error: unknown) => void;
  /** A read of the file met a save in flight and was set aside: read the file again now that it landed. */
  onStale?: () => void;
  newId?: () => string;
}

/**
 * Something saved outside the plan's records that belongs to the same step: either saved on its
 * own beside them (apply/revert), or saved TOGETHER with them in one call and one transaction
 * (`saveWith`, given the records' changes and whether the step is being undone).
 */
export type SideEffect =
  | { apply: () => Promise<unknown>; revert: () => Promise<unknown> }
  | { saveWith: (changes: PlanChangesInput, undoing: boolean) => Promise<unknown> };

/** What a press on the canvas does: select and move, draw a booth or a feature, place a generated block. */
export type Tool =
  | { kind: 'select' }
  | { kind: 'booth' }
  | { kind: 'feature'; feature: FeatureKind }
  | { kind: 'block'; spec: BlockSpec }
  | { kind: 'calibrate' }
  | { kind: 'measure' }
  /** Draw the area's outline corner by corner, or move, add and remove its corners. */
  | { kind: 'outline' }
  /** Dimension lines: two clicks place one that stays on the plan. */
  | { kind: 'dimension' }
  /** The background image: dragged to move, turned and scaled with its handles. */
  | { kind: 'background' };

export type EditResult = { ok: true } | { ok: false; problem: EditProblem };

/** Items being dragged, resized or rotated: drawn from here until the gesture commits or rolls back. */
export type Transient = ReadonlyMap<string, Booth | Feature>;
