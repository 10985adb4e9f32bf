import type { Reply } from '../../shared/api/errors';

const TEXT = Symbol('jsonText');

/**
 * Gives a reply value its own JSON writer, for a large reply whose most part is known before the
 * call (the dashboard's booths and exhibitors, already serialised while the plan is unchanged).
 * The writer is a symbol-keyed, non-enumerable property: IPC's structured clone, zod and
 * JSON.stringify do not see it, so the value stays an ordinary object for every other reader.
 * The writer must give exactly what `JSON.stringify(value)` would (tests compare the two).
 */
export function withJsonText<T extends object>(value: T, text: () => string): T {
  Object.defineProperty(value, TEXT, { value: text, enumerable: false });
  return value;
}

const writerOf = (value: unknown) => (value !== null && typeof value === 'object' ? (value as { [TEXT]?: () => string })[TEXT] : undefined);

/** A reply as the HTTP transports send it: `JSON.stringify(reply)`, through the value's own writer when it has one. */
export function replyText(reply: Reply<unknown>): string {
  const text = reply.ok ? writerOf(reply.value) : undefined;
  return text ? `{"ok":true,"value":${text()}}` : JSON.stringify(reply);
}
