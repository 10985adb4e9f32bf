import { z } from 'zod';
import { Id, IsoDay } from './common';

/** A network the computer is on, offered when staff mode is switched on. */
export const NetworkChoice = z.object({
  /** The interface as the system names it (`wlan0`, `Wi-Fi`). */
  name: z.string(),
  address: z.string(),
});
export type NetworkChoice = z.infer<typeof NetworkChoice>;

/** Whether phones can reach this computer now, and where. */
export const StaffStatus = z.object({
  running: z.boolean(),
  /** The fair phones work on while staff mode is on. */
  fairId: Id.nullable(),
  /** The staff page's address on the LAN, e.g. `http://192.168.1.20:47800/`. */
  url: z.string().nullable(),
  address: z.string().nullable(),
  networks: z.array(NetworkChoice),
});
export type StaffStatus = z.infer<typeof StaffStatus>;

/** One join code for one phone: shown as a QR code, valid for a few minutes, used once. */
export const StaffInvite = z.object({
  code: z.string(),
  /** The staff page with the code in its fragment (never sent to the server in the request line). */
  url: z.string(),
  /** The QR code of `url`, as an SVG document. */
  qrSvg: z.string(),
  expiresAt: z.string(),
});
export type StaffInvite = z.infer<typeof StaffInvite>;

/** A phone that joined, as the organizer's panel lists it. */
export const StaffDevice = z.object({
  id: Id,
  /** "Máy 3": numbers stay apart when two people share a name. */
  number: z.number().int(),
  personName: z.string(),
  platform: z.string(),
  joinedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** Active sales entries this phone recorded for today's fair day. */
  entriesToday: z.number().int(),
});
export type StaffDevice = z.infer<typeof StaffDevice>;

/** What a phone sends to join: the code from the QR and the name of the person holding it. */
export const StaffJoinInput = z.object({
  code: z.string().trim().min(4).max(32),
  personName: z.string().trim().min(1, 'Required').max(60),
  platform: z.string().trim().max(40).default(''),
});
export type StaffJoinInput = z.infer<typeof StaffJoinInput>;

/** What the staff page learns about itself: the fair, the day to record on, who it is. */
export const StaffSession = z.object({
  fair: z.object({ id: Id, name: z.string(), firstDay: IsoDay, lastDay: IsoDay }),
  /** Today if the fair is on, else its nearest day. */
  day: IsoDay,
  device: z.object({ id: Id, number: z.number().int(), personName: z.string() }),
});
export type StaffSession = z.infer<typeof StaffSession>;

/** Why a phone was turned away: the staff page says it in the person's language. */
export const StaffRefusal = z.enum(['codeUnknown', 'codeUsed', 'codeExpired', 'revoked', 'notJoined', 'staffOff']);
export type StaffRefusal = z.infer<typeof StaffRefusal>;

/** Where a joined phone listens for the organizer's changes (server-sent events, read with fetch and its token). */
export const STAFF_FEED_PATH = '/api/changes';

/**
 * What a phone hears on its feed: that its own history (`sales`) or the booths it picks from (`booths`)
 * changed at the organizer's computer, so it reads them again. Never the data itself, nor other phones' work.
 */
export const StaffFeedTopic = z.enum(['sales', 'booths']);
export type StaffFeedTopic = z.infer<typeof StaffFeedTopic>;
export const StaffFeedEvent = z.object({ topics: z.array(StaffFeedTopic) });
export type StaffFeedEvent = z.infer<typeof StaffFeedEvent>;
