import { z } from 'zod';
import { AMOUNT_MAX } from '../amount';

/** Record ids are UUIDs made by the main process. */
export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** A calendar day of the fair, `YYYY-MM-DD`, in the fair's own time zone (Asia/Ho_Chi_Minh). */
export const IsoDay = z.iso.date({ error: 'Use a date such as 2025-07-05' });
export type IsoDay = z.infer<typeof IsoDay>;

/** Money is whole đồng: VND has no minor unit, so floats never hold money. */
export const Dong = z.number().int('Whole đồng only').min(0).max(Number.MAX_SAFE_INTEGER);
export type Dong = z.infer<typeof Dong>;

/**
 * One amount a person enters (a fee, a discount, a price, a payment): at most 100 tỷ, the amount
 * reader's maximum. Totals stay exact because of it: a fair's sum reaches 2^53 đồng only after
 * 90,071 entries of 100 tỷ each, and SQLite adds integers exactly in 64 bits.
 */
export const AmountDong = Dong.max(AMOUNT_MAX, 'tooLarge');

/** A length in metres (the model's only unit of length; pixels live in the renderer's view). */
export const Metres = z.number().finite();

export const PaymentMethod = z.enum(['cash', 'bank_transfer', 'qr']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** Trims a required text field and refuses it empty. */
export const requiredText = (max: number) => z.string().trim().min(1, 'Required').max(max);
/** Trims an optional text field; blank becomes ''. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

export const FairRef = z.object({ fairId: Id });
