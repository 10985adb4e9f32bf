import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorShape, ErrorCode, Reply } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { indexFile, resolveInside, staticHeaders } from '../shell/static-files';
import type { ChangeFeed } from '../api/feed';
import { FEED_PATH } from '../../shared/api/channels';
import { streamFeed } from './feed-stream';
import { UPLOAD_PATH } from '../../shared/api/uploads';
import { uploadRefusal, UploadTooLarge, type Uploads } from '../api/uploads';
import { replyBody } from '../api/json-bytes';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer, served from the same origin as the API. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Largest accepted request body; imports of whole fairs are the big ones. */
  maxBodyBytes?: number;
  /** Bytes of bodies held at once over all requests; by default one budget for the whole process. */
  maxTotalBodyBytes?: number;
  /** The change feed, streamed at FEED_PATH to whoever holds the token. */
  feed?: ChangeFeed;
  /** Where files sent to UPLOAD_PATH are streamed to disk (fair files, spreadsheets, drawings). */
  uploads?: Uploads;
  /**
   * Settles when `dispatch`, `feed` and `uploads` can answer: each API, feed and upload request calls it
   * and waits, the interface's files do not (browser mode serves the page before it has loaded its rules,
   * and loads them while the browser evaluates the page's scripts).
   */
  ready?: () => Promise<unknown>;
}

/**
 * Node's HTTP module as the CommonJS object. An ES `import` of `node:http` reads every export, and its
 * WebSocket getters load the whole fetch implementation (undici): about 50 ms at start, for nothing.
 */
export const http = process.getBuiltinModule('node:http');

export interface RunningServer {
  server: Server;
  url: string;
  /** The URL a person opens: carries the per-run token. */
  appUrl: string;
  token: string;
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';
/**
 * Largest JSON request. Files travel to UPLOAD_PATH as raw bytes streamed to disk, so JSON only
 * carries what people type and small drawings; the largest valid call (a 35 MB base64 drawing) fits.
 */
export const DEFAULT_MAX_BODY_BYTES = 40 * 1024 * 1024;

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FAIR_TOO_NEW: 422,
  FILE_INVALID: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_METHOD: 404,
  INTERNAL: 500,
};

export class BodyTooLarge extends Error {
  /** True when this request alone fits, but not beside the others being received. */
  constructor(readonly crowded = false) {
    super('Request body too large');
  }
}

/**
 * Bytes of request bodies held in memory at once, over every request and listener of this process:
 * three large uploads together are refused like one too large, instead of exhausting memory.
 */
export const DEFAULT_MAX_TOTAL_BODY_BYTES = 96 * 1024 * 1024;
class BodyBudget {
  private used = 0;
  constructor(readonly total: number) {}
  take(bytes: number): boolean {
    if (this.used + bytes > this.total) return false;
    this.used += bytes;
    return true;
  }
  give(bytes: number): void {
    this.used -= bytes;
  }
}
const bodyBudget = new BodyBudget(DEFAULT_MAX_TOTAL_BODY_BYTES);

/**
 * Reads a request body of at most `limit` bytes. The bytes count against the process-wide budget
 * until `res` is closed (or the body is read, without `res`). Past either limit the rest of the body
 * is read and dropped, so that the client receives the 413 rather than a reset connection.
 */
export function readBody(req: IncomingMessage, limit: number, res?: ServerResponse, budget = bodyBudget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let chunks: Buffer[] = [];
    let held = 0;
    let refused = false;
    const release = () => {
      budget.give(held);
      held = 0;
    };
    const refuse = (crowded: boolean) => {
      refused = true;
      chunks = [];
      release();
      reject(new BodyTooLarge(crowded));
    };
    if (declared > limit) refuse(false);
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      if (held + chunk.length > limit) return refuse(false);
      if (!budget.take(chunk.length)) return refuse(true);
      held += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      chunks = [];
      if (res) res.once('close', release);
      else release();
      resolve(body);
    });
    req.on('error', (error) => {
      release();
      reject(error);
    });
  });
}

/** A percent-encoded URL part, or null when its encoding is malformed (a 400, never a 500). */
export function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function sendJson(res: ServerResponse, status: number, reply: Reply<unknown>): void {
  const body = replyBody(reply);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export function sendError(res: ServerResponse, error: ApiErrorShape): void {
  sendJson(res, STATUS[error.code], { ok: false, error });
}

function tokensMatch(expected: Buffer, header: string | undefined): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '', 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Browser mode: the same dispatch as the desktop app's IPC, over HTTP on loopback only.
 * Every API call carries the per-run token; the Host header is checked so that a page that
 * re-points its own domain at 127.0.0.1 (DNS rebinding) is refused as well.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token, 'utf8');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const budget = options.maxTotalBodyBytes ? new BodyBudget(options.maxTotalBodyBytes) : bodyBudget;
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (options.ready && (url.pathname.startsWith('/api/') || url.pathname === UPLOAD_PATH || url.pathname === FEED_PATH))
        await options.ready();
      if (url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url.pathname.slice('/api/'.length));
        return;
      }
      if (url.pathname === UPLOAD_PATH && options.uploads) {
        await handleUpload(req, res, options.uploads);
        return;
      }
      if (url.pathname === FEED_PATH && options.feed) {
        if (req.method !== 'GET') res.writeHead(405, { Allow: 'GET' }).end();
        else if (!tokensMatch(expected, req.headers.authorization))
          sendError(res, { code: 'UNAUTHORIZED', message: 'This request does not carry the FairFloor session token.' });
        else streamFeed(options.feed, req, res);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      serveStatic(res, url.pathname);
    } catch (error) {
      console.error('[fairfloor] request failed:', error);
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'Something went wrong inside FairFloor.' });
      else res.end();
    }
  });

  /** A file sent ahead of the call that uses it: raw bytes, streamed to disk, answered with its upload id. */
  /**
   * A POST carrying the session token and a content type no cross-site form can send (it forces a
   * CORS preflight, which this server never answers); anything else is answered here and refused.
   */
  function admitted(req: IncomingMessage, res: ServerResponse, contentType: string, refusal: string): boolean {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return false;
    }
    if (!tokensMatch(expected, req.headers.authorization)) {
      sendError(res, { code: 'UNAUTHORIZED', message: 'This request does not carry the FairFloor session token.' });
      return false;
    }
    if (!(req.headers['content-type'] ?? '').startsWith(contentType)) {
      sendError(res, { code: 'VALIDATION', message: refusal });
      return false;
    }
    return true;
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, uploads: Uploads): Promise<void> {
    if (!admitted(req, res, 'application/octet-stream', 'Files must be sent as application/octet-stream.')) return;
    try {
      sendJson(res, 200, { ok: true, value: await uploads.receive(req, Number(req.headers['content-length'] ?? 0)) });
    } catch (error) {
      if (!(error instanceof UploadTooLarge)) throw error;
      res.setHeader('Connection', 'close');
      sendError(res, uploadRefusal(error));
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!admitted(req, res, 'application/json', 'Requests must be JSON.')) return;
    let body: Buffer;
    try {
      body = await readBody(req, limit, res, budget);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendError(res, {
          code: 'PAYLOAD_TOO_LARGE',
          message: error.crowded
            ? 'FairFloor is receiving other large files right now. Try again in a moment.'
            : `The request is larger than ${Math.round(limit / 1048576)} MB.`,
        });
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      sendError(res, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
      return;
    }
    const name = decodePart(method);
    if (name === null) {
      sendError(res, { code: 'VALIDATION', message: 'The address is not correctly encoded.' });
      return;
    }
    const reply = await options.dispatch(name, input);
    if (reply.ok) sendJson(res, 200, reply);
    else sendError(res, reply.error);
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const decoded = decodePart(pathname);
    if (decoded === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The address is not correctly encoded.');
      return;
    }
    const root = options.staticDir;
    if (!root || !indexFile(root)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The FairFloor interface is not built. Run `npm run build` first.');
      return;
    }
    const file = resolveInside(root, pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('Not found');
      return;
    }
    res.writeHead(200, staticHeaders(file));
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const url = `http://${HOST}:${port}`;
  return {
    server,
    url,
    token,
    appUrl: `${url}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
