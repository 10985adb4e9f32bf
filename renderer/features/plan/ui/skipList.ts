import type { PlanEditor } from '../editor/editor';

const key = (fairId: string) => `fairfloor.plan.skip.${fairId}`;

/** The numbers a fair's organizer left out on purpose, as kept on this computer. */
export function loadSkip(fairId: string): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(fairId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

/** Keeps the skip list for new, pasted and duplicated booths, now and next time the plan opens. */
export function keepSkip(editor: PlanEditor, fairId: string, skip: readonly number[]): void {
  editor.setSkip(skip);
  localStorage.setItem(key(fairId), JSON.stringify([...new Set(skip)].sort((a, b) => a - b)));
}
