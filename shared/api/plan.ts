import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { Plan, PlanChanges } from '../model/plan';

/** The floor plan: areas, zones, booths and features. */
export const planMethods = {
  getPlan: method({ input: z.object({ fairId: Id }), output: Plan, errors: ['NOT_FOUND'] }),
  /**
   * Applies one editor diff (added, updated, removed records) in one transaction: all of it
   * lands or none. Refuses sizes that do not fit the area, duplicate booth numbers, and removing
   * booths that carry allocations or sales.
   */
  applyPlanChanges: method({
    input: PlanChanges.extend({ fairId: Id }),
    output: z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
    errors: ['VALIDATION', 'CONFLICT', 'NOT_FOUND'],
  }),
};
