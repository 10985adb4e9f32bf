import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { PlanEditor } from '../editor/editor';
import type { EditResult } from '../editor/editorTypes';
import { emptyDiff } from '../editor/records';

/**
 * Moving, turning or fading what lies under an area (an image, a DXF drawing) as one step of the
 * editor's history: shown at once, saved as compare-and-set from what it was, and Ctrl+Z puts it
 * back. A refused save shows the placement as it was.
 */
export function placementStep<P, T extends { placement?: P } | P>(
  editor: PlanEditor,
  client: QueryClient,
  key: QueryKey,
  put: (cached: T, p: P) => T,
  change: { from: P; to: P; action: string },
  send: (from: P, to: P) => Promise<unknown>,
): EditResult {
  const { from, to, action } = change;
  const show = (p: P) => client.setQueryData<T | null>(key, (d) => (d ? put(d, p) : d));
  return editor.commit(emptyDiff(), action, {
    apply: () => (show(to), send(from, to).catch((e) => (show(from), Promise.reject(e)))),
    revert: () => (show(from), send(to, from).catch((e) => (show(to), Promise.reject(e)))),
  });
}
