import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../shared/api/errors';
import { startHttpServer, type RunningServer } from '../../../electron/server/http';
import { sendRaw } from '../../helpers/raw-request';

const KB = 1024;

const send = sendRaw;

const jsonOf = (size: number) => Buffer.from(JSON.stringify({ pad: 'x'.repeat(size) }));

describe('browser-mode requests cannot exhaust memory or crash a handler', () => {
  let server: RunningServer;
  const calls: string[] = [];
  beforeEach(async () => {
    calls.length = 0;
    server = await startHttpServer({
      dispatch: async (method) => {
        calls.push(method);
        return { ok: true, value: method } as Reply<unknown>;
      },
      maxBodyBytes: 256 * KB,
      maxTotalBodyBytes: 400 * KB,
    });
  });
  afterEach(() => server.close());

  it('a chunked body over the limit is answered 413, not a reset connection', async () => {
    const parts = Array.from({ length: 40 }, () => Buffer.alloc(16 * KB, 0x20));
    const reply = await send(server, '/api/listFairs', parts, { chunked: true });
    expect(reply.error).toBeUndefined();
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body!)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(calls).toEqual([]);
  });

  it('bodies are bounded in total: while two large ones are being received a third is refused, and served once they are done', async () => {
    let letGo!: () => void;
    const held = new Promise<void>((r) => (letGo = r));
    const big = () => {
      const body = jsonOf(190 * KB);
      return [body.subarray(0, 180 * KB), body.subarray(180 * KB)];
    };
    const first = send(server, '/api/one', big(), { pauseAfterFirst: held });
    const second = send(server, '/api/two', big(), { pauseAfterFirst: held });
    // Both are half received; a third large one does not fit beside them.
    await new Promise((r) => setTimeout(r, 300));
    const third = await send(server, '/api/three', [jsonOf(190 * KB)]);
    expect(third.status).toBe(413);
    expect(third.body).toMatch(/other large files/);
    letGo();
    const done = await Promise.all([first, second]);
    expect(done.map((d) => d.status)).toEqual([200, 200]);
    expect((await send(server, '/api/four', [jsonOf(190 * KB)])).status).toBe(200);
  });

  it('malformed percent-encoding is a 400, with no stack trace in the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const api = await send(server, '/api/%E0%A4%A', [Buffer.from('{}')]);
      expect(api.status).toBe(400);
      expect(JSON.parse(api.body!)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const page = await fetch(`${server.url}/assets/%E0%A4%A.js`);
      expect(page.status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
