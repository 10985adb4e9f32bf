import type { BoothSignsOptions } from '../../../shared/model/print';
import type { Db } from '../../db/open';
import { listSaleBooths } from '../sales/queries';
import { readFairHeading } from './data';
import { openPdf } from './document';
import type { PdfResult } from './map-pdf';
import { mm } from './paper';
import { qrDrawer } from './qr';
import type { Progress } from './progress';
import { translator } from '../../../shared/i18n';

const INK = '#212529';
const GREY = '#495057';

/**
 * One sign per sellable booth: its number, its exhibitor and a QR code opening the staff page on
 * that booth. Staff scan the sign at the booth instead of searching for it.
 */
export async function renderBoothSignsPdf(
  db: Db,
  options: BoothSignsOptions,
  staffUrl: (boothNumber: string) => string,
  progress: Progress,
  now: Date,
): Promise<PdfResult> {
  const fair = readFairHeading(db);
  // A stage or an info desk takes no sales: no sign.
  const booths = listSaleBooths(db).filter((b) => b.forSale);
  const title = translator(options.language, 'printed')('signsDocument', { fair: fair.name });
  const ctx = await openPdf({ paper: options.paper, language: options.language, fair, title, now });
  const drawQr = await qrDrawer(INK);
  const { doc, ts, t, content } = ctx;
  progress.total = Math.max(1, booths.length);
  const centred = (text: string, y: number, size: number, weight: 'regular' | 'bold' = 'regular') => {
    const fitted = ts.truncate(ts.clean(text), size, content.w);
    ts.draw(fitted, content.x + (content.w - ts.width(fitted, size, weight)) / 2, y, size, weight);
  };
  if (!booths.length) {
    ctx.addPage();
    doc.fillColor(INK);
    centred(t('emptyArea'), content.y + content.h / 2, 14);
  }
  for (const booth of booths) {
    ctx.addPage();
    const unit = Math.min(content.w, content.h) / 180;
    let y = content.y + 6 * unit;
    doc.fillColor(GREY);
    centred(fair.name, y, 5 * unit);
    y += ts.lineHeight(5 * unit) + 6 * unit;
    doc.fillColor(INK);
    const numberSize = Math.min(40 * unit, (content.w / Math.max(1, ts.width(ts.clean(booth.number), 1, 'bold'))) * 0.9);
    centred(booth.number, y, numberSize, 'bold');
    y += ts.lineHeight(numberSize) + 2 * unit;
    centred(booth.exhibitorName || t('signNoExhibitor'), y, 9 * unit, 'bold');
    y += ts.lineHeight(9 * unit) + 6 * unit;
    const side = Math.min(content.w * 0.75, content.y + content.h - y - 30 * unit, mm(140));
    drawQr(doc, staffUrl(booth.number), content.x + (content.w - side) / 2, y, side);
    y += side + 6 * unit;
    doc.fillColor(INK);
    centred(t('signScan', { booth: booth.number }), y, 5.5 * unit);
    y += ts.lineHeight(5.5 * unit) + 2 * unit;
    doc.fillColor(GREY);
    centred(t('signHint'), y, 4 * unit);
    await progress.step(1);
  }
  return ctx.finish();
}
