import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/client';

/** Every query of this feature starts with this key, so one invalidation refreshes the lot. */
export const exhibitorsKey = (fairId: string, ...rest: unknown[]) => ['exhibitors', fairId, ...rest] as const;

export function useExhibitors(fairId: string) {
  const api = useApi();
  return useQuery({ queryKey: exhibitorsKey(fairId, 'list'), queryFn: () => api.listExhibitors({ fairId }) });
}

export function useAllocations(fairId: string) {
  const api = useApi();
  return useQuery({ queryKey: exhibitorsKey(fairId, 'allocations'), queryFn: () => api.listAllocations({ fairId }) });
}

export function useOccupancy(fairId: string) {
  const api = useApi();
  return useQuery({ queryKey: exhibitorsKey(fairId, 'occupancy'), queryFn: () => api.getOccupancy({ fairId }) });
}

export function usePlan(fairId: string) {
  const api = useApi();
  return useQuery({ queryKey: ['plan', fairId], queryFn: () => api.getPlan({ fairId }) });
}

/** After any booking or directory change: directory, bookings, summary and histories reload. */
export function useRefresh(fairId: string) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['exhibitors', fairId] }), [queryClient, fairId]);
}
