import type { planMethods } from '../../shared/api/plan';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { readPlan } from '../services/plan';
import { applyPlanChanges } from '../services/planChanges';

export const planHandlers: HandlersOf<typeof planMethods, HandlerContext> = {
  getPlan: ({ fairId }, ctx) => readPlan(ctx.library.db(fairId)),
  applyPlanChanges: ({ fairId, ...changes }, ctx) => applyPlanChanges(ctx.library.db(fairId), ctx.actor(), changes),
};
