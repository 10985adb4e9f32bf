import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AreaBackground, BackgroundPlacement } from '../../../../shared/model/plan';
import type { PlanEditor } from '../editor/editor';
import type { EditResult } from '../editor/editorTypes';
import { placementStep } from '../venue/placementStep';
import { useApi } from '../../../api/client';
import { useNotices } from '../../../ui/notices';
import type { Drawing } from './readDrawing';
import { placementOf } from './imageFrame';
import { backgroundKey } from '../keys';

const key = (fairId: string, areaId: string) => backgroundKey(fairId, areaId);

export { placementOf };

/**
 * An area's background image and the ways to change it; each change is saved at once, and placing
 * it (move, turn, scale, fade, show, lock) is a step of the editor's history.
 */
export function useBackground(fairId: string, areaId: string | null, editor: PlanEditor) {
  const api = useApi();
  const client = useQueryClient();
  const notices = useNotices();
  const enabled = !!areaId;
  const query = useQuery({
    queryKey: key(fairId, areaId ?? ''),
    queryFn: () => api.getAreaBackground({ fairId, areaId: areaId! }),
    enabled,
    staleTime: Infinity,
  });
  const put = (value: AreaBackground | null) => client.setQueryData(key(fairId, areaId ?? ''), value);
  const set = useMutation({
    mutationFn: (input: { drawing: Drawing; placement: BackgroundPlacement }) =>
      api.setAreaBackground({ fairId, areaId: areaId!, ...input.drawing, placement: input.placement }),
    onSuccess: put,
    onError: (e) => notices.error(e),
  });
  const background = query.data ?? null;
  const place = useCallback(
    (to: BackgroundPlacement, action = 'place background'): EditResult => {
      if (!background) return { ok: true };
      const ref = { fairId, areaId: background.areaId };
      return placementStep<BackgroundPlacement, AreaBackground>(
        editor,
        client,
        key(fairId, background.areaId),
        (d, p) => ({ ...d, ...p }),
        { from: placementOf(background), to, action },
        (from, placement) => api.updateAreaBackground({ ...ref, from, placement }),
      );
    },
    [api, client, editor, fairId, background],
  );
  const remove = useMutation({
    mutationFn: () => api.removeAreaBackground({ fairId, areaId: areaId! }),
    onSuccess: () => put(null),
    onError: (e) => notices.error(e),
  });
  return { background, set, place, remove };
}
