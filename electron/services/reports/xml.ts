const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML element or attribute content; characters XML 1.0 cannot carry (control characters but tab, line feed and carriage return) are dropped. */
export const escapeXml = (text: string) =>
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  text.replace(/[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => ENTITIES[c] ?? '');
