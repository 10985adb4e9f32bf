import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  /** Left, top and size of the run in page points, origin at the page's top-left (as pdfkit draws). */
  x: number;
  top: number;
  baseline: number;
  width: number;
}

export interface ReadPage {
  width: number;
  height: number;
  items: TextItem[];
  text: string;
}

/** Parses PDF bytes back with pdfjs: page sizes and every text run with its position. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const height = y1 - y0;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const [, , , d, e, f] = item.transform as number[];
      const size = Math.abs(d!);
      items.push({ str: item.str, x: e!, baseline: height - f!, top: height - f! - size, width: item.width });
    }
    pages.push({
      width: x1 - x0,
      height,
      items,
      text: items
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    });
  }
  await pdf.destroy();
  return pages;
}

export const allText = (pages: ReadPage[]) => pages.map((p) => p.text).join(' ');
