import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import type { ApiErrorShape, Reply } from '../../shared/api/errors';
import { STAFF_FEED_PATH, StaffJoinInput, type StaffFeedEvent, type StaffSession } from '../../shared/model/staff';
import type { StaffCaller } from '../api/caller';
import { toErrorShape } from '../api/dispatch';
import { resolveInside, staticHeaders } from '../shell/static-files';
import { streamEvents } from './feed-stream';
import { BodyTooLarge, decodePart, http, readBody, sendError, sendJson } from './http';
import { RateLimiter } from './staff-rate';

/** A sale is a few hundred bytes; nothing a phone sends comes near this. */
export const STAFF_MAX_BODY_BYTES = 16 * 1024;

/** What the LAN listener needs from staff mode; it holds no fair data of its own. */
export interface StaffBackend {
  /** The phone a token belongs to; throws UNAUTHORIZED (revoked, unknown) otherwise. */
  authenticate(token: string): StaffCaller;
  join(input: StaffJoinInput): { token: string; session: StaffSession };
  session(caller: StaffCaller): StaffSession;
  call(caller: StaffCaller, method: string, input: unknown): Promise<Reply<unknown>>;
  /**
   * Tells the phone when the organizer changed what it shows (`hear`), and once if it is turned away
   * while listening (`refuse`, e.g. removed); returns the way to stop.
   */
  watch(caller: StaffCaller, hear: (event: StaffFeedEvent) => void, refuse: (error: ApiErrorShape) => void): () => void;
}

export interface StaffServerOptions {
  backend: StaffBackend;
  /** The LAN address to listen on: one interface, never all of them. */
  address: string;
  port: number;
  /** The built renderer folder holding `staff.html`. */
  staticDir?: string;
  now?: () => number;
}

export interface StaffServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The only files a phone is served: the staff page and its assets. */
function staticFile(root: string, pathname: string): string | null {
  if (pathname === '/' || pathname === '/index.html' || pathname === '/staff.html') return join(root, 'staff.html');
  const file = resolveInside(root, pathname);
  const assets = resolve(root, 'assets') + sep;
  return file && (file.startsWith(assets) || file === resolve(root, 'favicon.png')) ? file : null;
}

function bearer(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/**
 * Staff mode's listener: the staff page and a handful of calls, on one LAN address, for phones.
 * No CORS headers are ever sent; the Host must be the address the phones were given (so a page
 * that re-points its domain here is refused), and a cross-origin Origin is refused outright.
 */
export async function startStaffServer(options: StaffServerOptions): Promise<StaffServer> {
  const now = options.now ?? Date.now;
  const perDevice = new RateLimiter(120, 20, now);
  // Codes are 10 of 31 letters and expire in 10 minutes: this stops floods, guessing is hopeless anyway.
  const joins = new RateLimiter(30, 1, now);
  let expectedHost = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[fairfloor] staff request failed:', error);
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'Something went wrong inside FairFloor.' });
      else res.end();
    });
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== expectedHost) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${expectedHost}`) {
      sendError(res, { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${expectedHost}`);
    if (url.pathname === STAFF_FEED_PATH) {
      changes(req, res);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await api(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const root = options.staticDir;
    const file = root && existsSync(join(root, 'staff.html')) ? staticFile(root, url.pathname) : null;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...staticHeaders(file), 'Referrer-Policy': 'no-referrer' });
    createReadStream(file).pipe(res);
  }

  async function body(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(res, { code: 'VALIDATION', message: 'Requests must be JSON.' });
      return undefined;
    }
    let bytes: Buffer;
    try {
      bytes = await readBody(req, STAFF_MAX_BODY_BYTES, res);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      res.setHeader('Connection', 'close');
      sendError(res, { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' });
      return undefined;
    }
    try {
      return bytes.length ? (JSON.parse(bytes.toString('utf8')) as unknown) : {};
    } catch {
      sendError(res, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
      return undefined;
    }
  }

  function limited(res: ServerResponse, wait: number): void {
    res.setHeader('Retry-After', String(wait));
    sendError(res, { code: 'RATE_LIMITED', message: 'Too many requests: wait a moment.', details: { retryAfterSeconds: wait } });
  }

  /** A joined phone's feed: the organizer's changes to what it shows, as server-sent events. */
  function changes(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    let caller: StaffCaller;
    try {
      caller = options.backend.authenticate(bearer(req));
    } catch (error) {
      return sendError(res, toErrorShape(error, 'changes', {}) as ApiErrorShape);
    }
    const wait = perDevice.take(caller.deviceId);
    if (wait) return limited(res, wait);
    streamEvents(req, res, (send) =>
      options.backend.watch(
        caller,
        (event) => send('change', event),
        (error) => send('refused', error, true),
      ),
    );
  }

  async function api(req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    const reply = (value: unknown) => sendJson(res, 200, { ok: true, value });
    const fail = (error: unknown) => sendError(res, toErrorShape(error, route, {}) as ApiErrorShape);
    if (route === 'join') {
      const wait = joins.take(req.socket.remoteAddress ?? '');
      if (wait) return limited(res, wait);
      const input = await body(req, res);
      if (input === undefined) return;
      const parsed = StaffJoinInput.safeParse(input);
      if (!parsed.success) return fail(parsed.error);
      try {
        return reply(options.backend.join(parsed.data));
      } catch (error) {
        return fail(error);
      }
    }
    let caller: StaffCaller;
    try {
      caller = options.backend.authenticate(bearer(req));
    } catch (error) {
      return fail(error);
    }
    const wait = perDevice.take(caller.deviceId);
    if (wait) return limited(res, wait);
    const input = await body(req, res);
    if (input === undefined) return;
    if (route === 'session') {
      try {
        return reply(options.backend.session(caller));
      } catch (error) {
        return fail(error);
      }
    }
    const name = decodePart(route);
    if (name === null) return sendError(res, { code: 'VALIDATION', message: 'The address is not correctly encoded.' });
    const result = await options.backend.call(caller, name, input);
    if (result.ok) sendJson(res, 200, result);
    else sendError(res, result.error);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.address.includes(':') ? `[${options.address}]` : options.address;
  expectedHost = `${host}:${port}`;
  return {
    server,
    port,
    url: `http://${expectedHost}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
