import type PDFDocument from 'pdfkit';
import { FAIR_TIME_ZONE, formatDay, todayInVietnam } from '../../../shared/dates';
import type { Language } from '../../../shared/model/fair';
import type { Paper } from '../../../shared/model/print';
import type { FairHeading } from './data';
import { loadPdfKit } from '../lazy-modules';
import { labelsFor, type Labels } from './labels';
import { mm, pageSize, paperFactor, type Rect } from './paper';
import { Typesetter } from './typeset';

export type Doc = InstanceType<typeof PDFDocument>;

/** One PDF being written, with what every page drawer needs. */
export interface PdfContext {
  doc: Doc;
  ts: Typesetter;
  t: Labels;
  language: Language;
  paper: Paper;
  fair: FairHeading;
  printedAt: string;
  /** Page width and height in points. */
  pageW: number;
  pageH: number;
  /** The printable part of the page, inside the margins. */
  content: Rect;
  /** Type grows with the sheet (1 on A4, 4 on A0). */
  f: number;
  addPage(): void;
  trace(shape: Omit<TracedShape, 'page'>): void;
  finish(): Promise<{ bytes: Buffer; pageCount: number }>;
}

/** What a test may ask to see: where booths, features and map frames were drawn, in page points. */
export interface TracedShape {
  kind: 'booth' | 'feature' | 'frame' | 'sheet' | 'area' | 'dimension';
  /** Booth number or feature label; '' for frames. */
  name: string;
  page: number;
  rect: Rect;
  rotated: boolean;
}
export type Tracer = (shape: TracedShape) => void;

interface PageNumberSlot {
  right: number;
  y: number;
  size: number;
}

/** `23/11/2026 16:41`, Vietnam time: when a sheet was printed matters once plans change. */
function printedAt(now: Date, language: Language): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: FAIR_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(now);
  return `${formatDay(todayInVietnam(now), language)} ${time}`;
}

interface ContextOptions {
  paper: Paper;
  language: Language;
  fair: FairHeading;
  now: Date;
  tracer?: Tracer;
}

/**
 * A map-drawing context on a document that is already open: the pages it adds are of its paper.
 * `end` finishes the document once the pages are numbered (`finish`); a document that numbers its
 * own pages (the report, with maps in its appendix) never calls `finish`.
 */
export function pdfContext(doc: Doc, options: ContextOptions, end: () => Promise<Buffer>): PdfContext {
  const [pageW, pageH] = pageSize(options.paper);
  const margin = mm(options.paper.marginMm);
  const f = paperFactor(options.paper);
  const slots: PageNumberSlot[] = [];
  const ts = new Typesetter(doc);
  const t = labelsFor(options.language);
  const ctx: PdfContext = {
    doc,
    ts,
    t,
    language: options.language,
    paper: options.paper,
    fair: options.fair,
    printedAt: printedAt(options.now, options.language),
    pageW,
    pageH,
    content: { x: margin, y: margin, w: pageW - 2 * margin, h: pageH - 2 * margin },
    f,
    addPage() {
      doc.addPage({ size: [pageW, pageH], margin: 0 });
      slots.push({ right: margin + ctx.content.w, y: margin, size: 7 * f });
    },
    trace(shape) {
      options.tracer?.({ ...shape, page: slots.length - 1 });
    },
    async finish() {
      const total = slots.length;
      slots.forEach((slot, i) => {
        doc.switchToPage(i);
        const text = t('page', { n: i + 1, total });
        doc.fillColor('#495057');
        ts.draw(text, slot.right - ts.width(text, slot.size), slot.y, slot.size);
      });
      return { bytes: await end(), pageCount: total };
    },
  };
  return ctx;
}

export async function openPdf(options: ContextOptions & { title: string }): Promise<PdfContext> {
  const PDFKit = await loadPdfKit();
  const doc = new PDFKit({
    autoFirstPage: false,
    bufferPages: true,
    margin: 0,
    compress: true,
    lang: options.language,
    info: {
      Title: options.title.normalize('NFC'),
      Author: options.fair.organizer.normalize('NFC'),
      Creator: 'FairFloor',
      Producer: 'FairFloor',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  return pdfContext(doc, options, async () => {
    doc.end();
    await ended;
    return Buffer.concat(chunks);
  });
}
