/** The undo and redo history's entries, and how steps leave its stacks. */
import type { SideEffect } from './editorTypes';
import { applyDiff, appliesTo, type Diff, type PlanDoc } from './records';

export interface Entry {
  diff: Diff;
  action: string;
  effect?: SideEffect;
}

/** Keeps the steps of a stack that still apply to `doc`, top down: the first that does not goes, with every step below it. */
export function keepApplicable(doc: PlanDoc, stack: Entry[], step: (e: Entry) => Diff): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const diff = step(stack[i]!);
    if (!appliesTo(doc, diff)) {
      stack.splice(0, i + 1);
      return;
    }
    doc = applyDiff(doc, diff);
  }
}

/** Takes an entry off a stack; says whether it was there. */
export function removeEntry(stack: Entry[], entry: Entry): boolean {
  const i = stack.indexOf(entry);
  if (i >= 0) stack.splice(i, 1);
  return i >= 0;
}
