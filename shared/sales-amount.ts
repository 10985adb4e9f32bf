/** The sales form reads amounts with the one money reader; booth numbers are read here. */
export { AMOUNT_CONFIRM_ABOVE, AMOUNT_MAX, parseAmount, type AmountError, type ParsedAmount } from './amount';

/** `a1`, `A 01`, `a01` all name booth `A01`: letters upper-case, leading zeros ignored. */
export function canonicalBoothNumber(number: string): string {
  const compact = number
    .normalize('NFC')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '');
  return compact.replace(/(\D|^)0+(\d)/g, '$1$2');
}
