import JSZip from 'jszip';
import type { HandlerContext } from '../../../electron/api/context';
import type { FairLibrary } from '../../../electron/services/library';
type FileBytes = { base64: string };

/** What the report handlers need: the library and a name for the audit log. */
export const handlerContext = (library: FairLibrary): HandlerContext =>
  ({ library, actor: () => 'Lan', mode: 'browser', version: 'test' }) as unknown as HandlerContext;

export const bytesOf = (file: FileBytes) => Buffer.from(file.base64, 'base64');

/** The text of a .docx read back with a zip and XML reader: one string per paragraph. */
export async function docxParagraphs(file: FileBytes): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytesOf(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''),
  );
}

/** The .docx's tables as rows of cell texts. */
export async function docxTables(file: FileBytes): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(bytesOf(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
      ),
    ),
  );
}
