import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { Plan } from '../model/plan';

/** The floor plan: areas, zones, booths and features. */
export const planMethods = {
  getPlan: method({ input: z.object({ fairId: Id }), output: Plan, errors: ['NOT_FOUND'] }),
};
