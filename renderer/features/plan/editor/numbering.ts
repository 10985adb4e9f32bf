export * from '../../../../shared/plan/numbering';

let collator: Intl.Collator | undefined;
/** Booth numbers in reading order (A2 before A10). One collator, made on first use: making one takes milliseconds. */
export const numberOrder = (a: string, b: string): number => (collator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
