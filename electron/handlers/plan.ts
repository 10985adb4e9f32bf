import type { planMethods } from '../../shared/api/plan';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { readBoothStatuses, readPlanShared } from '../services/plan';
import { readAreaBackground, removeAreaBackground, setAreaBackground, updateAreaBackground } from '../services/planBackground';
import { applyPlanChanges } from '../services/planChanges';

export const planHandlers: HandlersOf<typeof planMethods, HandlerContext> = {
  getPlan: ({ fairId }, ctx) => readPlanShared(ctx.library.db(fairId)),
  getBoothStatuses: ({ fairId }, ctx) => readBoothStatuses(ctx.library.db(fairId)),
  applyPlanChanges: ({ fairId, ...changes }, ctx) => applyPlanChanges(ctx.library.db(fairId), ctx.actor(), changes),
  getAreaBackground: ({ fairId, areaId }, ctx) => readAreaBackground(ctx.library.db(fairId), areaId),
  setAreaBackground: ({ fairId, ...input }, ctx) =>
    setAreaBackground(ctx.library.db(fairId), ctx.actor(), { ...input, data: ctx.files.bytes(input) }),
  updateAreaBackground: ({ fairId, areaId, placement, from }, ctx) =>
    updateAreaBackground(ctx.library.db(fairId), ctx.actor(), areaId, placement, from ?? null),
  removeAreaBackground: ({ fairId, areaId }, ctx) => removeAreaBackground(ctx.library.db(fairId), ctx.actor(), areaId),
};
