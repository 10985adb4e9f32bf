import { z } from 'zod';

/**
 * What a committed write may have changed, as the screens group their data. The renderer turns
 * each topic into the query keys to refetch; a staff device turns it into the lists it shows.
 */
export const ChangeTopic = z.enum([
  'library', // the list of fairs
  'settings',
  'fair', // one fair's details
  'plan', // areas, zones, booths, features (numbers, sizes, prices)
  'background', // an area's background drawing
  'statuses', // which booths are held, reserved, confirmed, paid
  'exhibitors', // directory, bookings, fees, payments, waitlist, history
  'sales', // sales entries, day totals, visitors
  'reports', // dashboards and the fair report
  'print', // what the print dialog offers
  'staff', // staff mode: on or off, the phones that joined, when each was last seen
]);
export type ChangeTopic = z.infer<typeof ChangeTopic>;
export const ALL_TOPICS: readonly ChangeTopic[] = ChangeTopic.options;

/** One announcement of the change feed: a write was committed to a fair (or to the library). */
export const FairChange = z.object({
  /** The fair written to; null for library-wide writes (a fair created, imported, settings). */
  fairId: z.string().nullable(),
  /** Counts the fair's committed writes while the app runs; a view that sees it grow refetches. */
  revision: z.number().int().nonnegative(),
  topics: z.array(ChangeTopic),
  /** The API method that wrote, or `external` when another program wrote to the file. */
  method: z.string(),
});
export type FairChange = z.infer<typeof FairChange>;

export { FEED_CHANNEL, FEED_PATH } from './channels';
