/**
 * VietQR: the EMVCo merchant-presented QR of NAPAS 247 that every Vietnamese banking app scans to
 * prefill a transfer (bank, account, amount, memo). Pure: both the PDF and the tests build it here.
 */
import { foldText } from './fold';

/** NAPAS's application id, the GUID of a VietQR account (EMVCo tag 38, sub-tag 00). */
export const NAPAS_GUID = 'A000000727';
/** "Transfer to an account" (as opposed to QRIBFTTC, to a card). */
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
/** Banks cut longer transfer memos; 25 characters pass all of them. */
export const MEMO_MAX = 25;

export interface VietQrInput {
  /** The bank's 6-digit NAPAS BIN. */
  bin: string;
  accountNumber: string;
  /** Whole đồng; 0 leaves the amount for the payer to type. */
  amountDong: number;
  /** The transfer's content as the payer's app fills it in. */
  memo: string;
}

/** One TLV field: two-digit id, two-digit length, value. */
function tlv(id: string, value: string): string {
  if (value.length > 99) throw new Error(`VietQR field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, start 0xFFFF), as EMVCo tag 63 requires, in 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export const isBin = (bin: string) => /^\d{6}$/.test(bin);
export const isAccountNumber = (account: string) => /^[0-9A-Za-z]{1,19}$/.test(account);

/** The payload a QR code carries: amount in đồng, country VN, currency 704, the memo as purpose of the transfer. */
export function vietQrPayload(input: VietQrInput): string {
  if (!isBin(input.bin)) throw new Error('A bank BIN has 6 digits');
  if (!isAccountNumber(input.accountNumber)) throw new Error('An account number has up to 19 letters or digits');
  if (!Number.isSafeInteger(input.amountDong) || input.amountDong < 0) throw new Error('The amount is whole đồng');
  const memo = memoText(input.memo);
  const beneficiary = tlv('00', input.bin) + tlv('01', input.accountNumber);
  const account = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', SERVICE_TO_ACCOUNT);
  const body =
    tlv('00', '01') +
    // 12: a dynamic code, made for one payment with its amount; 11: a static one.
    tlv('01', input.amountDong > 0 ? '12' : '11') +
    tlv('38', account) +
    tlv('53', '704') +
    (input.amountDong > 0 ? tlv('54', String(input.amountDong)) : '') +
    tlv('58', 'VN') +
    (memo ? tlv('62', tlv('08', memo)) : '') +
    '6304';
  return body + crc16(body);
}

/** What a memo may hold so that every bank passes it unchanged: upper-case ASCII letters, digits and spaces. */
export function memoText(text: string): string {
  return foldText(text)
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MEMO_MAX)
    .trim();
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four letters and digits that name one fair in transfer memos (from its id; no 0/O or 1/I to misread). */
export function fairMemoCode(fairId: string): string {
  let h = 0x811c9dc5;
  for (const ch of fairId) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  let code = '';
  for (let i = 0; i < 4; i++) {
    code += CODE_ALPHABET[h % CODE_ALPHABET.length];
    h = Math.floor(h / CODE_ALPHABET.length);
  }
  return code;
}

/** A booth number as a memo carries it: `A-01` → `A01`. */
export const memoBooth = (number: string) => memoText(number).replace(/ /g, '');

/**
 * The memo of a payment request: `FF` + the fair's code, then the booths (`FFK7QX A01 A02`). When the
 * booths do not fit, the first booth and how many more (`FFK7QX A01 +5`): the first names the exhibitor.
 */
export function paymentMemo(fairId: string, boothNumbers: readonly string[]): string {
  const head = `FF${fairMemoCode(fairId)}`;
  const booths = boothNumbers.map(memoBooth).filter(Boolean);
  const full = [head, ...booths].join(' ');
  if (full.length <= MEMO_MAX) return full;
  return `${head} ${booths[0]} +${booths.length - 1}`;
}

/** The memo found in a bank statement's description: the fair code and the booth words after it. */
export interface MemoFound {
  fairCode: string;
  /** Booth numbers as written after the code, upper-case, without separators. */
  booths: string[];
  /** How many more booths than listed (`+5`), when the list did not fit. */
  more: number;
}

/** Finds `FFxxxx …` in what a bank wrote (banks add their own words before and after, and may drop spaces). */
export function findMemo(description: string): MemoFound | null {
  const text = ` ${foldText(description)
    .toUpperCase()
    .replace(/[^A-Z0-9+ ]+/g, ' ')} `;
  const m = / FF([A-HJ-NP-Z2-9]{4})((?: +[A-Z0-9]+)*)(?: +\+(\d+))?/.exec(text);
  if (!m) return null;
  return { fairCode: m[1]!, booths: (m[2] ?? '').trim().split(/ +/).filter(Boolean), more: Number(m[3] ?? 0) };
}
