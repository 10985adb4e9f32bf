import { useSyncExternalStore } from 'react';
import type { PlanEditor } from '../editor/editor';

/** Re-renders when the editor changes (document, selection, tool, history, saving). */
export function useEditorState(editor: PlanEditor): number {
  return useSyncExternalStore(editor.subscribe, editor.getVersion);
}
