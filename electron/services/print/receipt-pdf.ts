import { amountInWords } from '../../../shared/amount-words';
import { placeDateLine } from '../../../shared/report/words';
import { formatNumber } from '../../../shared/money';
import { receiptLabel } from '../../../shared/model/ledger';
import type { FileBytes, Language } from '../../../shared/model/fair';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { getLedgerRow } from '../exhibitors/payments';
import { exportFileName } from '../library';
import type { FairHeading } from './data';
import { openPdf } from './document';
import { reasonIn, translator, type Under } from '../../../shared/i18n';

const INK = '#212529';
const GREY = '#495057';
const RED = '#c92a2a';

/** A phiếu thu for one payment: number, payer, booth, amount in figures and in words, method, collector, date. */
export async function receiptPdf(db: Db, paymentId: string, language: Language, now = new Date()): Promise<FileBytes> {
  const p = getLedgerRow(db, paymentId);
  if (p.kind !== 'payment' || p.receiptNo === null) {
    throw new ApiError('VALIDATION', 'Only money received has a receipt.', { issues: [{ path: ['paymentId'], message: 'noReceipt' }] });
  }
  const fair = db
    .prepare('SELECT name, venue, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1')
    .get() as FairHeading;
  const exhibitor = db.prepare('SELECT legal_name AS name, address FROM exhibitor WHERE id = ?').get(p.exhibitorId) as {
    name: string;
    address: string;
  };
  const t = translator(language, 'documents');
  const L = (key: Under<'receipt'>, values?: Record<string, string>) => t(`receipt.${key}`, values);
  const number = receiptLabel(p.receiptNo);
  const ctx = await openPdf({
    paper: { size: 'A4', orientation: 'portrait', marginMm: 15 },
    language,
    fair,
    title: `${L('title')} ${number}`,
    now,
  });
  const { doc, ts, content } = ctx;
  ctx.addPage();
  const x = content.x;
  const w = content.w;
  let y = content.y;
  doc.fillColor(INK);
  ts.draw(ts.truncate(ts.clean(fair.organizer || fair.name), 9, w * 0.6, 'bold'), x, y, 9, 'bold');
  ts.draw(ts.truncate(ts.clean(fair.name), 8, w * 0.6), x, y + ts.lineHeight(9), 8);
  const no = L('no', { no: number });
  // Below the page number that the document writes in the top-right corner.
  ts.draw(no, x + w - ts.width(no, 9, 'bold'), y + 16, 9, 'bold');
  y += 44;
  const title = L('title');
  ts.draw(title, x + (w - ts.width(title, 18, 'bold')) / 2, y, 18, 'bold');
  y += ts.lineHeight(18) + 2;
  const date = placeDateLine('', p.paidOn, language);
  doc.fillColor(GREY);
  ts.draw(date, x + (w - ts.width(date, 9)) / 2, y, 9);
  y += 34;
  const labelW = 150;
  const line = (label: string, value: string, weight: 'regular' | 'bold' = 'regular') => {
    doc.fillColor(GREY);
    ts.draw(label, x, y, 10);
    doc.fillColor(INK);
    ts.draw(ts.truncate(ts.clean(value), 10.5, w - labelW, weight), x + labelW, y, 10.5, weight);
    y += ts.lineHeight(10.5) + 6;
  };
  line(L('payer'), p.payer || exhibitor.name);
  line(L('unit'), exhibitor.name);
  if (exhibitor.address) line(L('address'), exhibitor.address);
  line(L('reason'), L('reasonText', { booths: p.boothNumber ?? '', fair: fair.name }));
  line(L('amount'), L('amountValue', { amount: formatNumber(p.amountDong, language) }), 'bold');
  line(L('words'), amountInWords(p.amountDong, language));
  line(L('method'), p.method === 'none' ? '' : L(`methods.${p.method}`));
  if (p.reference) line(L('reference'), p.reference);
  line(L('collector'), p.recordedBy);
  if (p.voidedAt) {
    doc.fillColor(RED);
    ts.draw(
      ts.truncate(ts.clean(L('voided', { reason: reasonIn(language, p.voidReason), by: p.voidedBy ?? '' })), 12, w, 'bold'),
      x,
      y + 4,
      12,
      'bold',
    );
    y += ts.lineHeight(12) + 8;
  }
  y += 18;
  const col = w / 2;
  for (const [i, head] of [L('payerSign'), L('collectorSign')].entries()) {
    const cx = x + i * col;
    doc.fillColor(INK);
    ts.draw(head, cx + (col - ts.width(head, 10, 'bold')) / 2, y, 10, 'bold');
    doc.fillColor(GREY);
    ts.draw(L('sign'), cx + (col - ts.width(L('sign'), 8)) / 2, y + ts.lineHeight(10), 8);
    const who = i === 0 ? p.payer || '' : p.recordedBy;
    if (who) {
      doc.fillColor(INK);
      ts.draw(ts.clean(who), cx + (col - ts.width(ts.clean(who), 10)) / 2, y + 80, 10);
    }
  }
  const { bytes } = await ctx.finish();
  const fileName = exportFileName(`${number} ${exhibitor.name}`).replace(/\.fairfloor$/, '.pdf');
  return { fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') };
}
