import type { FairApi } from '../../../shared/api/contract';

/** Query keys of the plan's data; the change feed refetches by these. */
export const planKey = (fairId: string) => ['plan', fairId] as const;
/** An area's background drawing or image (all of a fair's without an area). */
export const backgroundKey = (fairId: string, areaId?: string) =>
  areaId === undefined ? ['areaBackground', fairId] : ['areaBackground', fairId, areaId];
/** Which booths are booked, for the plan coloured by status. */
export const statusesKey = (fairId: string) => ['boothStatuses', fairId] as const;

/** The plan as one query: the plan screen reads it, and opening a fair starts it early (read once, then kept). */
export const planQuery = (api: FairApi, fairId: string) => ({
  queryKey: planKey(fairId),
  queryFn: () => api.getPlan({ fairId }),
  staleTime: Infinity,
});
