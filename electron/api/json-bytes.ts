import type { Reply } from '../../shared/api/errors';

const BYTES = Symbol('jsonBytes');
const HEAD = Buffer.from('{"ok":true,"value":');
const TAIL = Buffer.from('}');

/**
 * Gives a reply value its own JSON writer, for a large reply whose most part is known before the
 * call (the dashboard's booths and exhibitors, already written while the plan is unchanged). The
 * writer gives UTF-8 bytes: turning a 235 KB string of Vietnamese names into bytes cost as much as
 * writing it. It is a symbol-keyed, non-enumerable property: IPC's structured clone, zod and
 * JSON.stringify do not see it, so the value stays an ordinary object for every other reader.
 * The writer must give exactly the bytes of `JSON.stringify(value)` (tests compare the two).
 */
export function withJsonBytes<T extends object>(value: T, bytes: () => Buffer): T {
  Object.defineProperty(value, BYTES, { value: bytes, enumerable: false });
  return value;
}

const writerOf = (value: unknown) =>
  value !== null && typeof value === 'object' ? (value as { [BYTES]?: () => Buffer })[BYTES] : undefined;

/** A reply as the HTTP transports send it: `JSON.stringify(reply)`, through the value's own writer when it has one. */
export function replyBody(reply: Reply<unknown>): string | Buffer {
  const bytes = reply.ok ? writerOf(reply.value) : undefined;
  return bytes ? Buffer.concat([HEAD, bytes(), TAIL]) : JSON.stringify(reply);
}
