/** Saving a committed step: the records together with what goes with them, and the file's refusal of a stale edit. */
import type { PlanChangesInput } from '../../../../shared/model/plan';
import type { SideEffect } from './editorTypes';
import { isEmptyDiff, type Diff } from './records';

/** The records and what goes with them (an imported drawing) land together, or neither stays. */
export async function saveWithEffect(
  save: (changes: PlanChangesInput) => Promise<unknown>,
  changes: PlanChangesInput,
  diff: Diff,
  effect: SideEffect | undefined,
  how: 'commit' | 'undo' | 'redo',
) {
  if (!effect) return void (await save(changes));
  if ('saveWith' in effect) return void (await effect.saveWith(changes, how === 'undo'));
  const [forth, back] = how === 'undo' ? [effect.revert, effect.apply] : [effect.apply, effect.revert];
  await forth();
  if (isEmptyDiff(diff)) return;
  try {
    await save(changes);
  } catch (error) {
    await back().catch(() => undefined);
    throw error;
  }
}

/** The file no longer holds what this edit was made from: another window or device changed it. */
export function isChangedMeanwhile(error: unknown): boolean {
  const details = (error as { code?: string; details?: { reason?: string } } | null)?.details;
  return (error as { code?: string } | null)?.code === 'CONFLICT' && details?.reason === 'changedMeanwhile';
}
