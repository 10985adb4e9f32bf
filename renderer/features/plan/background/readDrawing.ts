import { fileToBase64 } from '../../../api/files';
import { openPdf } from '../../../api/pdfjs';

/** A venue drawing ready to store: PNG or JPEG bytes and their size in pixels. */
export interface Drawing {
  mime: 'image/png' | 'image/jpeg';
  base64: string;
  pixelWidth: number;
  pixelHeight: number;
}

export class UnreadableDrawing extends Error {}

const PDF_MAX_PX = 4000;

/** Reads a PNG, a JPEG, or the first page of a PDF (rendered to PNG); throws UnreadableDrawing otherwise. */
export async function readDrawing(file: File): Promise<Drawing> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  const isPdf = String.fromCharCode(...head) === '%PDF-';
  if (isPdf) return readPdf(file);
  const mime = head[0] === 0x89 && head[1] === 0x50 ? 'image/png' : head[0] === 0xff && head[1] === 0xd8 ? 'image/jpeg' : null;
  if (!mime) throw new UnreadableDrawing(file.name);
  try {
    const bitmap = await createImageBitmap(file);
    const size = { pixelWidth: bitmap.width, pixelHeight: bitmap.height };
    bitmap.close();
    return { mime, base64: await fileToBase64(file), ...size };
  } catch {
    throw new UnreadableDrawing(file.name);
  }
}

async function readPdf(file: File): Promise<Drawing> {
  try {
    const pdf = await openPdf(new Uint8Array(await file.arrayBuffer()));
    const page = await pdf.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(4, PDF_MAX_PX / Math.max(base.width, base.height)) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    await pdf.destroy();
    if (!blob) throw new Error('no image');
    return { mime: 'image/png', base64: await fileToBase64(blob), pixelWidth: canvas.width, pixelHeight: canvas.height };
  } catch {
    throw new UnreadableDrawing(file.name);
  }
}
