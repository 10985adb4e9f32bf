/** Query keys of the plan's data; the change feed refetches by these. */
export const planKey = (fairId: string) => ['plan', fairId] as const;
/** Which booths are booked, for the plan coloured by status. */
export const statusesKey = (fairId: string) => ['boothStatuses', fairId] as const;
