/** Query keys of the library; the change feed refetches by these. */
export const FAIRS_KEY = ['fairs'] as const;
/** One fair's details (name, days, bank account). */
export const fairKey = (fairId: string) => ['fair', fairId] as const;
