import { networkInterfaces } from 'node:os';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { defaultFairDay, todayInVietnam } from '../../shared/dates';
import type { FairChange } from '../../shared/api/feed';
import type { NetworkChoice, StaffDevice, StaffFeedTopic, StaffInvite, StaffSession, StaffStatus } from '../../shared/model/staff';
import type { StaffCaller } from '../api/caller';
import type { Dispatch } from '../api/dispatch';
import type { FairLibrary } from '../services/library';
import {
  deviceByToken,
  isRevoked,
  joinWithCode,
  listDevices,
  newJoinCode,
  refused,
  revokeDevice,
  touchDevices,
} from '../services/staff/devices';
import { stmt } from '../db/statements';
import { loadQrCode } from '../services/lazy-modules';
import { staffDispatch } from './staff-access';
import { startStaffServer, type StaffServer } from './staff-server';

/** Phones keep one address for the whole fair (printed booth signs carry it) unless the port is taken. */
export const STAFF_PORT = 47800;
/**
 * "Last seen" is kept in memory and reaches the fair file this often, all phones in one commit:
 * a disk flush on a phone's request would hold up every other phone's sale behind it.
 */
const SEEN_WRITE_MS = 30_000;
/** A phone heard from again after this long is announced, so the organizer's panel shows it. */
const SEEN_ANNOUNCE_MS = 30_000;
/**
 * A token checked against the fair file is trusted again without reading it for this long: a phone
 * sending its outbox makes dozens of calls a second. Removing a phone here forgets it at once; a
 * removal written by anything else still takes effect well within the 1 s promised.
 */
export const TOKEN_TRUST_MS = 500;

export interface StaffModeOptions {
  library: FairLibrary;
  dispatch: () => Dispatch;
  actor: () => string;
  /** The built renderer folder holding `staff.html`. */
  staticDir?: string;
  /** The LAN addresses to offer; tests offer a loopback address only. */
  networks?: () => NetworkChoice[];
  port?: number;
  now?: () => Date;
  /** Tells open views that the phones of a fair changed (joined, removed, seen again): the change feed. */
  announce?: (fairId: string, method: string) => void;
  /** Listens to the change feed: what phones hear of the organizer's changes. */
  subscribe?: (listener: (change: FairChange) => void) => () => void;
}

/** A phone's own entries cannot change by another phone's new sale or a visitor count: those are not told. */
const QUIET_FOR_PHONES = new Set(['recordSale', 'setVisitors']);

/** What of a committed change a phone needs to hear: its history, or the booths it picks from. */
export function phoneTopics(change: Pick<FairChange, 'topics' | 'method'>): StaffFeedTopic[] {
  const topics: StaffFeedTopic[] = [];
  if (change.topics.includes('sales') && !QUIET_FOR_PHONES.has(change.method)) topics.push('sales');
  if (change.topics.includes('plan') || change.topics.includes('exhibitors')) topics.push('booths');
  return topics;
}

/** What handlers use: switch staff mode, invite phones, list and revoke them. */
export interface StaffModeControl {
  status(): StaffStatus;
  start(fairId: string, address: string): Promise<StaffStatus>;
  stop(): Promise<StaffStatus>;
  invite(fairId: string): Promise<StaffInvite>;
  devices(fairId: string): StaffDevice[];
  revoke(fairId: string, deviceId: string): StaffDevice[];
  /** The staff page opened on one booth: what a printed booth sign's QR code holds. Staff mode must be on. */
  boothUrls(fairId: string): (boothNumber: string) => string;
  /** Stops listening at once (the app is quitting). */
  close(): void;
}

/** IPv4 addresses of the computer's real network interfaces (Wi-Fi, Ethernet), never loopback. */
export function lanNetworks(): NetworkChoice[] {
  const found: NetworkChoice[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) found.push({ name, address: a.address });
  }
  return found;
}

export class StaffMode implements StaffModeControl {
  private running: { fairId: string; address: string; server: StaffServer; seenTimer: ReturnType<typeof setInterval> } | null = null;
  /** Phones heard from since "last seen" was last written: id → when. */
  private readonly seen = new Map<string, { at: string; written: boolean }>();
  /** Tokens recently found valid (raw token → phone, until when): no hash nor read on each call. */
  private readonly trusted = new Map<string, { caller: StaffCaller; until: number }>();
  private readonly networks: () => NetworkChoice[];
  private readonly now: () => Date;

  constructor(private readonly options: StaffModeOptions) {
    this.networks = options.networks ?? lanNetworks;
    this.now = options.now ?? (() => new Date());
  }

  status(): StaffStatus {
    const r = this.running;
    return {
      running: !!r,
      fairId: r?.fairId ?? null,
      url: r?.server.url ?? null,
      address: r?.address ?? null,
      networks: this.networks(),
    };
  }

  async start(fairId: string, address: string): Promise<StaffStatus> {
    if (!this.networks().some((n) => n.address === address)) {
      throw new ApiError('VALIDATION', 'This computer is not on that network any more. Pick another one.', {
        issues: [{ path: ['address'], message: 'Not a network of this computer' }],
        reason: 'networkGone',
      });
    }
    this.options.library.fair(fairId);
    if (this.running?.fairId === fairId && this.running.address === address) return this.status();
    await this.stop();
    const listen = (port: number) =>
      startStaffServer({
        backend: this.backend(fairId),
        address,
        port,
        staticDir: this.options.staticDir,
        now: () => this.now().getTime(),
      });
    const wanted = this.options.port ?? STAFF_PORT;
    let server: StaffServer;
    try {
      server = await listen(wanted);
    } catch (error) {
      if (wanted === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      server = await listen(0);
    }
    const seenTimer = setInterval(() => this.flushSeen(fairId), SEEN_WRITE_MS);
    seenTimer.unref?.();
    this.running = { fairId, address, server, seenTimer };
    return this.status();
  }

  async stop(): Promise<StaffStatus> {
    const r = this.running;
    this.running = null;
    if (r) {
      clearInterval(r.seenTimer);
      this.flushSeen(r.fairId);
      this.seen.clear();
      this.trusted.clear();
      await r.server.close();
      this.announce(r.fairId, 'stopStaffMode');
    }
    return this.status();
  }

  close(): void {
    const r = this.running;
    this.running = null;
    if (!r) return;
    clearInterval(r.seenTimer);
    this.flushSeen(r.fairId);
    r.server.server.closeAllConnections();
    r.server.server.close();
  }

  private requireRunning(fairId: string): { server: StaffServer } {
    if (!this.running || this.running.fairId !== fairId) {
      throw new ApiError('VALIDATION', 'Staff mode is off for this fair. Switch it on first.', { reason: 'staffModeOff' });
    }
    return this.running;
  }

  async invite(fairId: string): Promise<StaffInvite> {
    const { server } = this.requireRunning(fairId);
    const { code, expiresAt } = newJoinCode(this.options.library.db(fairId), this.now());
    // The code rides in the fragment: browsers never send it in a request line, nor to a log.
    const url = `${server.url}#join=${code}`;
    const QRCode = await loadQrCode();
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return { code, url, qrSvg, expiresAt };
  }

  devices(fairId: string): StaffDevice[] {
    const fair = this.options.library.fair(fairId);
    const day = defaultFairDay(fair, todayInVietnam(this.now()));
    return listDevices(this.options.library.db(fairId), day).map((d) => {
      const fresh = this.seen.get(d.id)?.at;
      return fresh && (!d.lastSeenAt || fresh > d.lastSeenAt) ? { ...d, lastSeenAt: fresh } : d;
    });
  }

  revoke(fairId: string, deviceId: string): StaffDevice[] {
    revokeDevice(this.options.library.db(fairId), deviceId, this.options.actor(), this.now());
    for (const [token, t] of this.trusted) if (t.caller.deviceId === deviceId) this.trusted.delete(token);
    return this.devices(fairId);
  }

  boothUrls(fairId: string): (boothNumber: string) => string {
    const base = this.requireRunning(fairId).server.url;
    return (boothNumber) => `${base}#booth=${encodeURIComponent(boothNumber)}`;
  }

  private announce(fairId: string, method: string): void {
    this.options.announce?.(fairId, method);
  }

  private flushSeen(fairId: string): void {
    const pending = [...this.seen].filter(([, s]) => !s.written);
    if (!pending.length) return;
    try {
      touchDevices(
        this.options.library.db(fairId),
        pending.map(([id, s]) => [id, s.at] as const),
      );
      for (const [, s] of pending) s.written = true;
    } catch (error) {
      // Only "last seen" is lost, and the panel still reads it from memory; the next round retries.
      console.error('[fairfloor] could not write when phones were last seen:', error);
    }
  }

  /** Memory only, on the request path: no disk flush holds up a phone's call. */
  private markSeen(fairId: string, deviceId: string): void {
    const at = this.now();
    const before = this.seen.get(deviceId);
    this.seen.set(deviceId, { at: at.toISOString(), written: false });
    if (!before || at.getTime() - Date.parse(before.at) >= SEEN_ANNOUNCE_MS) this.announce(fairId, 'staffSeen');
  }

  private session(fairId: string, device: { id: string; number: number; personName: string }): StaffSession {
    const fair = this.options.library.fair(fairId);
    return {
      fair: { id: fair.id, name: fair.name, firstDay: fair.firstDay, lastDay: fair.lastDay },
      day: defaultFairDay(fair, todayInVietnam(this.now())),
      device,
    };
  }

  private backend(fairId: string) {
    const library = this.options.library;
    const call = staffDispatch(this.options.dispatch(), library);
    return {
      authenticate: (token: string): StaffCaller => {
        if (!token) throw refused('notJoined', 'This phone has not joined staff mode.');
        const at = this.now().getTime();
        const known = this.trusted.get(token);
        if (known && known.until > at) {
          this.markSeen(fairId, known.caller.deviceId);
          return known.caller;
        }
        this.trusted.delete(token);
        const device = deviceByToken(library.db(fairId), token);
        if (!device) throw refused('notJoined', 'This phone has not joined staff mode for this fair.');
        if (device.revokedAt) throw refused('revoked', 'The Organizing Committee removed this phone from staff mode.');
        this.markSeen(fairId, device.id);
        const caller: StaffCaller = { deviceId: device.id, fairId, personName: device.personName };
        this.trusted.set(token, { caller, until: at + TOKEN_TRUST_MS });
        return caller;
      },
      join: (input: Parameters<typeof joinWithCode>[1]) => {
        const joined = joinWithCode(library.db(fairId), input, this.now());
        this.seen.set(joined.deviceId, { at: this.now().toISOString(), written: true });
        this.announce(fairId, 'staffJoin');
        return {
          token: joined.token,
          session: this.session(fairId, { id: joined.deviceId, number: joined.number, personName: joined.personName }),
        };
      },
      session: (caller: StaffCaller) => {
        const device = stmt(library.db(fairId), 'SELECT number FROM staff_device WHERE id = ?').get(caller.deviceId) as {
          number: number;
        };
        return this.session(fairId, { id: caller.deviceId, number: device.number, personName: caller.personName });
      },
      call,
      watch: (caller: StaffCaller, hear: (event: { topics: StaffFeedTopic[] }) => void, refuse: (error: ApiErrorShape) => void) =>
        this.options.subscribe?.((change) => {
          if (change.fairId !== fairId) return;
          // Removed while listening: the page says so at once, not at its next entry.
          if (change.topics.includes('staff') && isRevoked(library.db(fairId), caller.deviceId)) {
            refuse(refused('revoked', 'The Organizing Committee removed this phone from staff mode.').toJSON());
            return;
          }
          const topics = phoneTopics(change);
          if (topics.length) hear({ topics });
        }) ?? (() => {}),
    };
  }
}
