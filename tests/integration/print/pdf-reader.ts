import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PT_PER_MM } from '../../../electron/services/print/paper';

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

/** The 1:N a page states, and the bar's length in metres and in points (from its "0" and "N m" labels, centred on the bar's ends). */
export function scaleOf(page: ReadPage): { stated: number; barM: number; barPt: number } {
  const stated = Number(/Tỷ lệ 1:([\d.]+)/.exec(page.text)![1]!.replace(/\./g, ''));
  const end = page.items.filter((i) => /^\d+ m$/.test(i.str)).at(-1)!;
  const zero = page.items.filter((i) => i.str === '0' && Math.abs(i.baseline - end.baseline) < 0.5).at(-1)!;
  return { stated, barM: Number(end.str.replace(' m', '')), barPt: end.x + end.width / 2 - (zero.x + zero.width / 2) };
}

/** The 1:N measured on paper: millimetres of ground per millimetre of paper. */
export const measured = (metres: number, points: number) => (metres * 1000) / (points / PT_PER_MM);

export const allText = (pages: ReadPage[]) => pages.map((p) => p.text).join(' ');

export interface Fill {
  page: number;
  /** Where the filled shape's local origin was moved to, in page points from the top-left (pdfkit's translate). */
  x: number;
  y: number;
  /** `#rrggbb` */
  color: string;
}

/**
 * Every fill painted right after a pure translation, with its colour: how the map draws a booth
 * (translate to its corner, rectangle, fill and stroke). Read from the drawing operators.
 */
export async function readFills(bytes: Uint8Array): Promise<Fill[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const fills: Fill[] = [];
  const painted = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList();
    let at: { x: number; y: number } | null = null;
    let color = '';
    for (let i = 0; i < ops.fnArray.length; i++) {
      const fn = ops.fnArray[i];
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.transform) {
        const [a, b, c, d, e, f] = args as number[];
        at = a === 1 && b === 0 && c === 0 && d === 1 ? { x: e!, y: f! } : null;
      } else if (fn === OPS.setFillRGBColor) color = String(args[0]);
      // pdfjs folds the painting operator into the path: constructPath's first argument says how it was painted.
      else if (at && (painted.has(fn!) || (fn === OPS.constructPath && painted.has(args[0] as number)))) {
        fills.push({ page: n - 1, ...at, color });
        at = null;
      }
    }
  }
  await pdf.destroy();
  return fills;
}
