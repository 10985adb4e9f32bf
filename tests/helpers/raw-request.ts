import { request } from 'node:http';
import type { RunningServer } from '../../electron/server/http';

export interface RawReply {
  status?: number;
  body?: string;
  error?: string;
}

export interface RawOptions {
  chunked?: boolean;
  /** Sending stops after the first part until this settles. */
  pauseAfterFirst?: Promise<void>;
  contentType?: string;
}

/**
 * A raw POST carrying the session token, so that bodies can be chunked or sent in parts (honouring
 * back-pressure); resolves with the status and body, or the socket error.
 */
export function sendRaw(server: RunningServer, path: string, parts: Iterable<Buffer>, options: RawOptions = {}): Promise<RawReply> {
  const list = Array.isArray(parts) ? (parts as Buffer[]) : null;
  return new Promise<RawReply>((resolve) => {
    const url = new URL(path, server.url);
    const req = request(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'Content-Type': options.contentType ?? 'application/json',
        ...(options.chunked || !list
          ? { 'Transfer-Encoding': 'chunked' }
          : { 'Content-Length': String(list.reduce((n, p) => n + p.length, 0)) }),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    void (async () => {
      let first = true;
      for (const part of parts) {
        if (req.destroyed) return;
        if (!req.write(part))
          await new Promise((r) => {
            req.once('drain', r);
            req.once('close', r);
          });
        if (first && options.pauseAfterFirst) await options.pauseAfterFirst;
        first = false;
        await new Promise((r) => setImmediate(r));
      }
      req.end();
    })();
  });
}
