import { loadPdfKit } from '../lazy-modules';
import { qrDrawer } from '../print/qr';
import { bankByBin } from '../../../shared/banks';
import { ApiError } from '../../../shared/api/errors';
import { formatDay, formatDayRange, todayInVietnam } from '../../../shared/dates';
import type { Language } from '../../../shared/model/fair';
import { formatDong, formatNumber } from '../../../shared/money';
import { paymentMemo, vietQrPayload } from '../../../shared/vietqr';
import type { Db } from '../../db/open';
import { listAllocations } from '../exhibitors/allocations';
import { getExhibitor } from '../exhibitors/directory';
import { Typesetter } from '../print/typeset';
import { getFairBank } from './bank';
import { isPayable } from './due';
import { translator, type Under } from '../../../shared/i18n';
import { numberOrder } from '../../../shared/plan/numbering';

export interface PaymentRequest {
  bytes: Buffer;
  fileName: string;
  /** What the QR code carries, so a caller (and a test) can check the code against it. */
  payload: string;
  memo: string;
  dueDong: number;
}

/** One exhibitor's payment request: booths and balances, the bank details, a VietQR code for the amount due. */
export async function paymentRequestPdf(
  db: Db,
  fairId: string,
  exhibitorId: string,
  language: Language,
  now = new Date(),
): Promise<PaymentRequest> {
  const tr = translator(language, 'documents');
  const t = (key: Under<'request'>, values?: Record<string, string>) => tr(`request.${key}`, values);
  const bank = getFairBank(db);
  if (!bank)
    throw new ApiError('VALIDATION', 'Set the fair’s bank account first', {
      issues: [{ path: ['bank'], message: 'noBank' }],
      reason: 'noBankAccount',
    });
  const exhibitor = getExhibitor(db, exhibitorId);
  const held = listAllocations(db, { exhibitorId })
    .filter(isPayable)
    .sort((a, b) => numberOrder(a.boothNumber, b.boothNumber));
  const dueDong = held.reduce((n, a) => n + a.balanceDong, 0);
  if (dueDong <= 0)
    throw new ApiError('VALIDATION', 'Nothing is due from this exhibitor', {
      issues: [{ path: ['exhibitorId'], message: 'nothingDue' }],
      reason: 'nothingDue',
    });
  const fair = db.prepare('SELECT name, organizer, first_day AS firstDay, last_day AS lastDay FROM fair LIMIT 1').get() as {
    name: string;
    organizer: string;
    firstDay: string;
    lastDay: string;
  };
  const memo = paymentMemo(
    fairId,
    held.filter((a) => a.balanceDong > 0).map((a) => a.boothNumber),
  );
  const payload = vietQrPayload({ bin: bank.bin, accountNumber: bank.accountNumber, amountDong: dueDong, memo });

  const PDFKit = await loadPdfKit();
  const drawQr = await qrDrawer();
  const doc = new PDFKit({
    size: 'A4',
    margin: 0,
    compress: true,
    lang: language,
    info: { Title: t('title'), Creator: 'FairFloor', Producer: 'FairFloor' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => (doc.on('end', resolve), doc.on('error', reject)));
  const ts = new Typesetter(doc);
  const left = 56;
  const right = 595 - 56;
  let y = 56;
  const line = (text: string, size: number, weight: 'regular' | 'bold' = 'regular', color = '#212529', x = left) => {
    doc.fillColor(color);
    ts.draw(ts.truncate(ts.clean(text), size, right - x, weight), x, y, size, weight);
    y += ts.lineHeight(size) + 3;
  };
  line(fair.organizer, 10, 'bold', '#495057');
  line(fair.name, 10, 'regular', '#495057');
  line(formatDayRange(fair.firstDay, fair.lastDay, language), 9, 'regular', '#868e96');
  y += 14;
  line(t('title'), 16, 'bold');
  y += 6;
  line(t('to', { name: exhibitor.legalName }), 11, 'bold');
  line(t('intro'), 10);
  y += 8;

  const cols = [left, left + 90, left + 200, left + 310, left + 410];
  const header = [t('booth'), t('fee'), t('discount'), t('paid'), t('due')];
  const rightEdge = (i: number) => (i + 1 < cols.length ? cols[i + 1]! - 8 : right);
  const row = (cells: string[], weight: 'regular' | 'bold') => {
    cells.forEach((c, i) => {
      const text = ts.clean(c);
      const x = i === 0 ? cols[0]! : rightEdge(i) - ts.width(text, 9.5, weight);
      doc.fillColor('#212529');
      ts.draw(text, x, y, 9.5, weight);
    });
    y += ts.lineHeight(9.5) + 5;
  };
  row(header, 'bold');
  doc
    .moveTo(left, y - 2)
    .lineTo(right, y - 2)
    .lineWidth(0.6)
    .stroke('#adb5bd');
  for (const a of held)
    row(
      [
        a.boothNumber,
        formatNumber(a.feeDong, language),
        formatNumber(a.discountDong, language),
        formatNumber(a.paidDong, language),
        formatNumber(a.balanceDong, language),
      ],
      'regular',
    );
  doc
    .moveTo(left, y - 2)
    .lineTo(right, y - 2)
    .lineWidth(0.6)
    .stroke('#adb5bd');
  line(t('unit'), 8, 'regular', '#868e96');
  y += 6;
  line(t('totalDue', { amount: formatDong(dueDong, language) }), 13, 'bold');
  y += 12;

  const boxTop = y;
  const qrSize = 170;
  const qrX = right - qrSize;
  drawQr(doc, payload, qrX, boxTop, qrSize);
  doc.fillColor('#495057');
  const caption = ts.clean(t('scan'));
  ts.draw(caption, qrX + (qrSize - ts.width(caption, 8.5)) / 2, boxTop + qrSize + 4, 8.5);
  const known = bankByBin(bank.bin);
  const textRight = qrX - 16;
  const detail = (text: string, weight: 'regular' | 'bold' = 'regular') => {
    doc.fillColor('#212529');
    ts.draw(ts.truncate(ts.clean(text), 10.5, textRight - left, weight), left, y, 10.5, weight);
    y += ts.lineHeight(10.5) + 6;
  };
  detail(t('bank', { bank: known ? known.shortName : bank.bin }));
  detail(t('account', { account: bank.accountNumber }), 'bold');
  detail(t('holder', { name: bank.accountName }));
  detail(t('amount', { amount: formatDong(dueDong, language) }), 'bold');
  detail(t('memo', { memo }), 'bold');
  doc.fillColor('#495057');
  doc
    .font('regular')
    .fontSize(8.5)
    .text(ts.clean(t('memoHint')), left, y, { width: textRight - left });
  y = Math.max(doc.y, boxTop + qrSize + 24) + 20;
  line(t('issued', { date: formatDay(todayInVietnam(now), language) }), 9, 'regular', '#868e96');
  doc.end();
  await ended;
  const safeName = exhibitor.legalName
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim()
    .slice(0, 80);
  return {
    bytes: Buffer.concat(chunks),
    fileName: `${t('fileName', { name: safeName })}.pdf`,
    payload,
    memo,
    dueDong,
  };
}
