import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AreaBackground, BackgroundPlacement } from '../../../../shared/model/plan';
import { useApi } from '../../../api/client';
import { useNotices } from '../../../ui/notices';
import type { Drawing } from './readDrawing';

export const backgroundKey = (fairId: string, areaId?: string) =>
  areaId === undefined ? ['areaBackground', fairId] : ['areaBackground', fairId, areaId];
const key = (fairId: string, areaId: string) => backgroundKey(fairId, areaId);

/** An area's background drawing and the ways to change it; each change is saved at once. */
export function useBackground(fairId: string, areaId: string | null) {
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
  const update = useMutation({
    mutationFn: (placement: BackgroundPlacement) => api.updateAreaBackground({ fairId, areaId: areaId!, placement }),
    onMutate: (placement) => {
      const old = query.data;
      if (old) put({ ...old, ...placement });
      return old;
    },
    onError: (e, _p, old) => {
      if (old) put(old);
      notices.error(e);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.removeAreaBackground({ fairId, areaId: areaId! }),
    onSuccess: () => put(null),
    onError: (e) => notices.error(e),
  });
  return { background: query.data ?? null, set, update, remove };
}
