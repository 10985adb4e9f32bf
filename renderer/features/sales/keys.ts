import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Query keys of sales figures; reports read the same entries, so a write refreshes both. */
export const salesKeys = {
  all: (fairId: string) => ['sales', fairId] as const,
  booths: (fairId: string) => ['sales', fairId, 'booths'] as const,
  list: (fairId: string, filter: { day?: string; boothId?: string }) => ['sales', fairId, 'list', filter] as const,
  grid: (fairId: string) => ['sales', fairId, 'grid'] as const,
  visitors: (fairId: string) => ['sales', fairId, 'visitors'] as const,
};
export const reportKeys = {
  all: (fairId: string) => ['reports', fairId] as const,
  dashboard: (fairId: string) => ['reports', fairId, 'dashboard'] as const,
  fairReport: (fairId: string) => ['reports', fairId, 'fairReport'] as const,
};

/** After any sale or visitor write: every list, grid, dashboard and the heat map refetch. */
export function useSalesChanged(fairId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: salesKeys.all(fairId) }),
      queryClient.invalidateQueries({ queryKey: reportKeys.all(fairId) }),
    ]);
  }, [queryClient, fairId]);
}
