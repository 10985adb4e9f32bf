/** The print dialog's last choices for a fair; the change feed refetches by this key. */
export const printChoicesKey = (fairId: string) => ['printChoices', fairId] as const;
