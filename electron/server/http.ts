import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorShape, ErrorCode, Reply } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import type { ChangeFeed } from '../api/feed';
import { FEED_PATH } from '../../shared/api/feed';
import { streamFeed } from './feed-stream';
import { CONTENT_SECURITY_POLICY } from '../security';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer, served from the same origin as the API. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Largest accepted request body; imports of whole fairs are the big ones. */
  maxBodyBytes?: number;
  /** The change feed, streamed at FEED_PATH to whoever holds the token. */
  feed?: ChangeFeed;
}

export interface RunningServer {
  server: Server;
  url: string;
  /** The URL a person opens: carries the per-run token. */
  appUrl: string;
  token: string;
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024;

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

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.mjs': 'text/javascript; charset=utf-8',
};

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, reply: Reply<unknown>): void {
  const body = JSON.stringify(reply);
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
  let allowedHosts: Set<string> = new Set();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) {
        res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url.pathname.slice('/api/'.length));
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    if (!tokensMatch(expected, req.headers.authorization)) {
      sendError(res, { code: 'UNAUTHORIZED', message: 'This request does not carry the FairFloor session token.' });
      return;
    }
    // A JSON content type forces a CORS preflight on cross-site requests, which this server never answers.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(res, { code: 'VALIDATION', message: 'Requests must be JSON.' });
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendError(res, { code: 'PAYLOAD_TOO_LARGE', message: `The request is larger than ${Math.round(limit / 1048576)} MB.` });
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
    const reply = await options.dispatch(decodeURIComponent(method), input);
    if (reply.ok) sendJson(res, 200, reply);
    else sendError(res, reply.error);
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const root = options.staticDir;
    if (!root || !existsSync(join(root, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The FairFloor interface is not built. Run `npm run build` first.');
      return;
    }
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const isHtml = file.endsWith('.html');
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    });
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
