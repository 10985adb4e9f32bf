import { z } from 'zod';
import { Dong, Id, IsoDay } from './common';
import { LedgerRow, MoneyTotals } from './ledger';
import { normalizeProvince } from '../provinces';
import { UnitType } from '../unit-type';

/** Words of the rules, kept stable so forms can translate them. */
export const EXHIBITOR_RULES = {
  phone: 'phone',
  email: 'email',
  taxCode: 'taxCode',
  tooLong: 'tooLong',
  ocop: 'ocop',
  ocopYear: 'ocopYear',
} as const;

/**
 * Vietnamese tax code: 10 digits; a branch 10 digits + "-" + 3 digits; a household business or a
 * person the 12-digit personal identification number.
 */
export const TAX_CODE_PATTERN = /^(\d{10}(-\d{3})?|\d{12})$/;
/** Vietnamese phone: 0 or +84 then 9–10 digits; spaces, dots, dashes and brackets are ignored. */
const PHONE_PATTERN = /^(\+84|0)\d{9,10}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const stripPhone = (phone: string) => phone.replace(/[\s.()-]/g, '');

const text = (max: number) => z.string().trim().max(max, EXHIBITOR_RULES.tooLong).default('');

/** One OCOP-certified product: the star rating belongs to the product, not to the business. */
export const OcopProduct = z.object({
  name: z.string().trim().min(1, 'Required').max(200, EXHIBITOR_RULES.tooLong),
  stars: z.number().int().min(3, EXHIBITOR_RULES.ocop).max(5, EXHIBITOR_RULES.ocop),
  /** Year of the certificate (OCOP started rating in 2018); null when unknown. */
  certifiedYear: z.number().int().min(2018, EXHIBITOR_RULES.ocopYear).max(2100, EXHIBITOR_RULES.ocopYear).nullable().default(null),
});
export type OcopProduct = z.infer<typeof OcopProduct>;

/** What a person types for an exhibitor; the same schema checks forms, imports and the API. */
export const ExhibitorInput = z.object({
  legalName: z.string().trim().min(1, 'Required').max(300, EXHIBITOR_RULES.tooLong),
  shortName: text(60),
  contactPerson: text(120),
  phone: text(40).refine((p) => p === '' || PHONE_PATTERN.test(stripPhone(p)), EXHIBITOR_RULES.phone),
  email: text(200).refine((e) => e === '' || EMAIL_PATTERN.test(e), EXHIBITOR_RULES.email),
  address: text(300),
  /** Stored under today's name: "Hải Dương" is part of Hải Phòng since the 2025 merger. */
  province: text(80).transform(normalizeProvince),
  taxCode: text(14).refine((c) => c === '' || TAX_CODE_PATTERN.test(c), EXHIBITOR_RULES.taxCode),
  category: text(120),
  /** Company, cooperative, household business or production facility; null = not said (read from the name when saved). */
  unitType: UnitType.nullable().default(null),
  ocopProducts: z.array(OcopProduct).max(50).default([]),
  notes: text(2000),
});
export type ExhibitorInput = z.infer<typeof ExhibitorInput>;
export type ExhibitorFields = z.input<typeof ExhibitorInput>;
/** The columns a spreadsheet can fill: the text fields, and one OCOP star column that becomes one product. */
export const EXHIBITOR_FIELDS = [
  'legalName',
  'shortName',
  'contactPerson',
  'phone',
  'email',
  'address',
  'province',
  'taxCode',
  'category',
  'ocopStars',
  'notes',
] as const;

export const AllocationStatus = z.enum(['held', 'reserved', 'confirmed', 'paid', 'cancelled']);
export type AllocationStatus = z.infer<typeof AllocationStatus>;
export const ACTIVE_STATUSES = ['held', 'reserved', 'confirmed', 'paid'] as const;
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** The legal moves of the workflow; anything else is refused. */
export const TRANSITIONS: Record<AllocationStatus, readonly AllocationStatus[]> = {
  held: ['reserved', 'cancelled'],
  reserved: ['confirmed', 'cancelled'],
  confirmed: ['paid', 'cancelled'],
  // A paid booth is cancelled only by saying what becomes of its money (refund, credit, retain).
  paid: ['cancelled'],
  cancelled: [],
};

export const Allocation = z.object({
  id: Id,
  boothId: Id,
  boothNumber: z.string(),
  exhibitorId: Id,
  exhibitorName: z.string(),
  status: AllocationStatus,
  holdExpiresOn: IsoDay.nullable(),
  feeDong: Dong,
  discountDong: Dong,
  discountReason: z.string(),
  /** Payments not voided (including those made from the exhibitor's credit). */
  paidDong: Dong,
  refundedDong: Dong,
  /** Moved to the exhibitor's credit when the booking was cancelled. */
  creditedDong: Dong,
  /** Kept by the organizer when the booking was cancelled (forfeited deposit). */
  retainedDong: Dong,
  /** What the booking is charged: the net fee while active, what was retained once cancelled. */
  invoicedDong: Dong,
  /** Money the booking holds now: paid − refunded − moved to credit. */
  heldDong: Dong,
  /** invoiced − paid + refunded + moved to credit; never negative (overpayment is refused). */
  balanceDong: Dong,
  areaM2: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Allocation = z.infer<typeof Allocation>;

/** A directory row: the exhibitor plus what they hold, for the table, filters and the map. */
export const Exhibitor = ExhibitorInput.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Active allocations' booth ids and numbers, in booth order. */
  boothIds: z.array(Id),
  boothNumbers: z.array(z.string()),
  /** Statuses of their active allocations, one per booth held (empty: no booth). */
  statuses: z.array(AllocationStatus),
  balanceDong: Dong,
  /** The best star rating among their OCOP products, null without any: what the directory sorts and filters by. */
  ocopStars: z.number().int().nullable(),
  /** Money kept for this exhibitor from cancelled booths, usable for another booth. */
  creditDong: Dong,
});
export type Exhibitor = z.infer<typeof Exhibitor>;

/** A booking's money rows (payments, refunds, credit, retained), as the ledger holds them. */
export const Payment = LedgerRow;
export type Payment = LedgerRow;
export { PaymentInput } from './ledger';

export const HistoryEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The map's summary line: how much of the fair is sold. */
export const Occupancy = z.object({
  total: z.number().int(),
  free: z.number().int(),
  held: z.number().int(),
  reserved: z.number().int(),
  confirmed: z.number().int(),
  paid: z.number().int(),
  /** Area of confirmed and paid booths. */
  soldM2: z.number(),
  /** Net fees of confirmed and paid booths. */
  invoicedDong: Dong,
  paidDong: Dong,
  /** The fair's money reconciled: invoiced, paid, receivable, refunded, credit, retained. */
  money: MoneyTotals,
});
export type Occupancy = z.infer<typeof Occupancy>;
