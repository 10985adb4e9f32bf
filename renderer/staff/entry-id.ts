/**
 * An id for one entry, made on the phone. Plain HTTP on a LAN is not a secure context, so
 * `crypto.randomUUID` is missing there: `getRandomValues` is available everywhere.
 */
export function newEntryId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
