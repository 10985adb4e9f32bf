import type { Doc } from './document';
import { loadQrCode } from '../lazy-modules';

/** Draws QR codes into a PDF: made once per document, after the qrcode library has loaded (on first use, not at start). */
export async function qrDrawer(ink = '#000000') {
  const QRCode = await loadQrCode();
  /** A QR code as vector squares (one rectangle per run of dark modules), with the four-module quiet zone inside `side`. */
  return (doc: Doc, text: string, x: number, y: number, side: number): void => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 4;
    const cell = side / (n + 2 * quiet);
    doc.rect(x, y, side, side).fill('#ffffff');
    for (let r = 0; r < n; r++) {
      let start = -1;
      for (let c = 0; c <= n; c++) {
        const dark = c < n && qr.modules.get(r, c);
        if (dark && start < 0) start = c;
        if (!dark && start >= 0) {
          doc.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell, cell);
          start = -1;
        }
      }
    }
    doc.fill(ink);
  };
}
