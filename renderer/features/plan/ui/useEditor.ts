import { useSyncExternalStore } from 'react';
import type { PlanEditor } from '../editor/editor';

/** Re-renders when the editor changes (document, selection, tool, history, saving). */
export function useEditorState(editor: PlanEditor): number {
  return useSyncExternalStore(editor.subscribe, editor.getVersion);
}

/**
 * Re-renders only when what `select` reads from the editor changes (compared with Object.is): a
 * press that changes the selection does not re-render what does not show it.
 */
export function useEditorSelect<T>(editor: PlanEditor, select: (editor: PlanEditor) => T): T {
  return useSyncExternalStore(editor.subscribe, () => select(editor));
}
