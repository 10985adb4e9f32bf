/**
 * Text as AutoCAD stores it in a DXF: the file's code page (ANSI_1258 for Vietnamese drawings
 * saved as R2004 or older, UTF-8 from R2007 on), `\U+XXXX` escapes, MTEXT formatting codes.
 */

/** AutoCAD versions up to R2004 (AC1018) write text in the drawing's code page; later ones in UTF-8. */
const LAST_CODE_PAGE_VERSION = 'AC1018';

export interface DxfEncoding {
  /** `$ACADVER`, e.g. `AC1009` (R12) or `AC1032` (R2018); empty when the header does not say. */
  version: string;
  /** `$DWGCODEPAGE`, e.g. `ANSI_1258`; empty when the header does not say. */
  codePage: string;
  /** The WHATWG label the bytes were decoded with. */
  decodedAs: string;
}

/** `ANSI_1258` → `windows-1258`; code pages a TextDecoder does not know fall back to Latin-1. */
function decoderLabel(codePage: string): string {
  const m = /^ANSI_(\d{3,4})$/i.exec(codePage.trim());
  if (!m) return 'windows-1252';
  const label = `windows-${m[1]}`;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'windows-1252';
  }
}

/** Reads one header variable's value from the raw (ASCII-safe) header text. */
function headerValue(head: string, name: string): string {
  const m = new RegExp(`\\$${name}\\r?\\n\\s*\\d+\\r?\\n([^\\r\\n]*)`).exec(head);
  return m?.[1]?.trim() ?? '';
}

/** Decodes a DXF's bytes by what its header says about version and code page. */
export function decodeDxfBytes(bytes: Uint8Array): { text: string; encoding: DxfEncoding } {
  // Header variables are ASCII, so a Latin-1 look at the first part of the file finds them.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const version = headerValue(head, 'ACADVER');
  const codePage = headerValue(head, 'DWGCODEPAGE');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const usesCodePage = !hasBom && version !== '' && version <= LAST_CODE_PAGE_VERSION;
  const decodedAs = usesCodePage ? decoderLabel(codePage) : 'utf-8';
  const text = new TextDecoder(decodedAs).decode(bytes);
  return { text, encoding: { version, codePage, decodedAs } };
}

const SPECIAL: Record<string, string> = { c: '⌀', d: '°', p: '±', '%': '%' };

/** `\U+1EA1` → `ạ`; `%%d` → `°`; `%%u`/`%%o` (underline, overline toggles) dropped. */
function expandEscapes(s: string): string {
  return s
    .replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/%%([cdpCDP%])/g, (_, c: string) => SPECIAL[c.toLowerCase()] ?? '')
    .replace(/%%[uoUO]/g, '');
}

/** A single-line TEXT entity's string as a person reads it. */
export function plainText(raw: string): string {
  return expandEscapes(raw).normalize('NFC').trim();
}

/**
 * An MTEXT string without its formatting: `\P` is a new line, `{\fArial|b1;Gian}` is `Gian`,
 * `\S1/2;` is `1/2`; font, height, colour, width, tracking, alignment and underline codes go.
 */
export function plainMText(raw: string): string {
  let s = expandEscapes(raw);
  s = s.replace(/\\[Pp]/g, '\n').replace(/\\~/g, ' ');
  s = s.replace(/\\[fFHhCcTtQqWwAa][^;]*;/g, '');
  s = s.replace(/\\S([^;]*);/g, (_, frac: string) => frac.replace(/[#^]/, '/'));
  s = s.replace(/\\[LlOoKkNn]/g, '');
  // Literal braces and backslashes are written escaped; grouping braces are dropped.
  const literal = ['{', '}', '\\'];
  s = s.replace(/\\([{}\\])/g, (_, c: string) => String.fromCharCode(0xe000 + literal.indexOf(c)));
  s = s.replace(/[{}]/g, '').replace(/[\ue000-\ue002]/g, (c) => literal[c.charCodeAt(0) - 0xe000]!);
  return s
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
