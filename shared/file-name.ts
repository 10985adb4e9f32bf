/** Names Windows reserves for devices, with or without an extension: `CON`, `nul.txt`, `COM1`… */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes of a name, extension included; most file systems allow 255, and folders add to the path. */
const MAX_BYTES = 180;

/**
 * The one way a file name is made from text a person typed (a fair's name, an exhibitor's): safe
 * on Windows, macOS and Linux. Path separators, characters Windows forbids and control characters
 * go; no leading dot (a hidden file) and no trailing dot or space (Windows drops them); reserved
 * device names get a leading underscore; the name is cut on a character boundary to fit.
 */
export function safeFileName(text: string, extension: string, fallback = 'FairFloor'): string {
  let stem = text
    .normalize('NFC')
    // Control characters are exactly what must go: they are illegal in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const limit = MAX_BYTES - bytes(extension);
  let chars = [...stem].slice(0, MAX_BYTES);
  while (chars.length && bytes(chars.join('')) > limit) chars = chars.slice(0, -1);
  stem = chars.join('');
  stem = stem.replace(/[.\s]+$/, '');
  if (!stem) stem = fallback;
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem + extension;
}
