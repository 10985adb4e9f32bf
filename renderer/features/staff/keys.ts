/** The staff panel's queries; the change feed's `staff` topic (and each sale, for "entries today") refetches them. */
export const staffKeys = {
  status: ['staff', 'status'] as const,
  devices: (fairId: string) => ['staff', fairId, 'devices'] as const,
};
