import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useApi } from '../../../api/client';
import { useNotices } from '../../../ui/notices';
import type { PlanEditor } from '../editor/editor';
import { planKey } from '../keys';

/** Under the plan's key: the change feed's "plan" announcement refetches it too. */
export const skipKey = (fairId: string) => [...planKey(fairId), 'skip'] as const;

/** Where the previous version kept the list: on this computer only. Read once, moved into the fair file. */
const oldKey = (fairId: string) => `fairfloor.plan.skip.${fairId}`;
function takeOldSkip(fairId: string): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(oldKey(fairId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n) && n >= 0) : [];
  } catch {
    return [];
  }
}

/**
 * The numbers a fair's organizer left out on purpose, kept in the fair file (so they travel with
 * it to another computer and in exported files), given to the editor for new, pasted and duplicated
 * booths. Returns how to keep a new list.
 */
export function useNumberSkip(editor: PlanEditor, fairId: string): (skip: readonly number[]) => void {
  const api = useApi();
  const client = useQueryClient();
  const notices = useNotices();
  const query = useQuery({ queryKey: skipKey(fairId), queryFn: () => api.getNumberSkip({ fairId }), staleTime: Infinity });
  const save = useMutation({
    mutationFn: ({ from, to }: { from: number[]; to: number[] }) => api.setNumberSkip({ fairId, from, to }),
    onSuccess: (kept) => client.setQueryData(skipKey(fairId), kept),
    onError: (e) => {
      notices.error(e);
      void client.invalidateQueries({ queryKey: skipKey(fairId) });
    },
  });
  const stored = query.data;
  useEffect(() => {
    if (!stored) return;
    editor.setSkip(stored);
    const old = takeOldSkip(fairId);
    if (old.length === 0) return;
    localStorage.removeItem(oldKey(fairId));
    if (stored.length === 0) save.mutate({ from: [], to: old });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the mutation object changes every render
  }, [editor, fairId, stored]);
  return useCallback(
    (skip: readonly number[]) => {
      const to = [...new Set(skip)].sort((a, b) => a - b);
      editor.setSkip(to);
      save.mutate({ from: stored ?? [], to });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
    [editor, stored],
  );
}
