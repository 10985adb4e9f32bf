import { z } from 'zod';
import { method } from './define';
import { FairRef, Id } from '../model/common';
import {
  CorrectSaleInput,
  DayGrid,
  ListSalesInput,
  RecordSaleInput,
  SaleBooth,
  SaleEntry,
  SaleHistoryEntry,
  SaleList,
  SetDayTotalInput,
  SetVisitorsInput,
  VisitorCount,
  VoidSaleInput,
} from '../model/sales';

/** On-site sales: entries recorded, corrected and voided (never deleted), daily totals, visitors. */
export const salesMethods = {
  listSaleBooths: method({ input: FairRef, output: z.array(SaleBooth), errors: ['NOT_FOUND'] }),
  listSales: method({ input: ListSalesInput, output: SaleList, errors: ['NOT_FOUND'] }),
  recordSale: method({ input: RecordSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION'] }),
  /** A new entry that voids the one it replaces. */
  correctSale: method({ input: CorrectSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  voidSale: method({ input: VoidSaleInput, output: SaleEntry, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  getDayGrid: method({ input: FairRef, output: DayGrid, errors: ['NOT_FOUND'] }),
  setDayTotal: method({ input: SetDayTotalInput, output: DayGrid, errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'] }),
  /** Newest first: the audit rows of sales and visitor counts. */
  listSalesHistory: method({
    input: z.object({ fairId: Id, limit: z.number().int().min(1).max(5_000).default(500) }),
    output: z.array(SaleHistoryEntry),
    errors: ['NOT_FOUND'],
  }),
  listVisitors: method({ input: FairRef, output: z.array(VisitorCount), errors: ['NOT_FOUND'] }),
  setVisitors: method({ input: SetVisitorsInput, output: z.array(VisitorCount), errors: ['NOT_FOUND', 'VALIDATION'] }),
};
