import { z } from 'zod';
import { method } from './define';
import { FairRef } from '../model/common';
import {
  CorrectSaleInput,
  DayGrid,
  ListSalesInput,
  RecordSaleInput,
  SaleBooth,
  SaleEntry,
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
  listVisitors: method({ input: FairRef, output: z.array(VisitorCount), errors: ['NOT_FOUND'] }),
  setVisitors: method({ input: SetVisitorsInput, output: z.array(VisitorCount), errors: ['NOT_FOUND', 'VALIDATION'] }),
};
