import { request } from 'node:http';

/**
 * Calls an API method over HTTP on a new connection (as a phone on the fair's Wi-Fi often makes):
 * no idle keep-alive socket closed by the server just as the next request goes out. Resolves with
 * the method's value; a refusal rejects with its message.
 */
export function callFresh(server: { url: string; token: string }, method: string, input: unknown): Promise<unknown> {
  const base = new URL(server.url);
  return new Promise<unknown>((ok, fail) => {
    const body = JSON.stringify(input);
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: `/api/${method}`,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; value?: unknown; error?: { message: string } };
          if (reply.ok) ok(reply.value);
          else fail(new Error(`${method}: ${reply.error?.message}`));
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}
