import { z } from 'zod';
import { method } from './define';
import { FairRef, Id } from '../model/common';
import {
  CorrectSaleInput,
  DayGrid,
  DayTotalResult,
  ListSalesInput,
  RecordSaleInput,
  SaleBooth,
  SaleEntry,
  SaleHistoryEntry,
  SaleList,
  SetDayTotalInput,
  SetVisitorsInput,
  UndoDayTotalInput,
  VisitorCount,
  VoidSaleInput,
} from '../model/sales';

/** On-site sales: entries recorded, corrected and voided (never deleted), daily totals, visitors. */
export const salesMethods = {
  listSaleBooths: method({ input: FairRef, output: z.array(SaleBooth), errors: ['NOT_FOUND'] }),
  listSales: method({ input: ListSalesInput, output: SaleList, errors: ['NOT_FOUND'] }),
  /** CONFLICT when the same booth, day and amount was recorded minutes ago, until confirmed. */
  recordSale: method({ input: RecordSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  /** A new entry that voids the one it replaces. */
  correctSale: method({ input: CorrectSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  voidSale: method({ input: VoidSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  getDayGrid: method({ input: FairRef, output: DayGrid, errors: ['NOT_FOUND'] }),
  /** CONFLICT when the day changed meanwhile, or when it would void recorded entries not yet confirmed. */
  setDayTotal: method({ input: SetDayTotalInput, output: DayTotalResult, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  /** Undoes one typed day total: the replaced entries are recorded again; refused if the day changed since. */
  undoDayTotal: method({ input: UndoDayTotalInput, output: DayGrid, errors: ['NOT_FOUND', 'CONFLICT'] }),
  /** Newest first: the audit rows of sales and visitor counts. */
  listSalesHistory: method({
    input: z.object({ fairId: Id, limit: z.number().int().min(1).max(5_000).default(500) }),
    output: z.array(SaleHistoryEntry),
    errors: ['NOT_FOUND'],
  }),
  listVisitors: method({ input: FairRef, output: z.array(VisitorCount), errors: ['NOT_FOUND'] }),
  /** CONFLICT when the day is counted the other way (per gate / one figure) and the switch is not confirmed. */
  setVisitors: method({ input: SetVisitorsInput, output: z.array(VisitorCount), errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
};
