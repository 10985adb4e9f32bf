import type { salesMethods } from '../../shared/api/sales';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { GroupCommit } from '../db/group-commit';
import { readDayGrid, setDayTotal, undoDayTotal } from '../services/sales/day-grid';
import { correctSale, recordSale, voidSale } from '../services/sales/entries';
import { listSalesHistory } from '../services/sales/history';
import { listSaleBooths, listSales, listVisitors, setVisitors } from '../services/sales/queries';
import { appReason } from '../../shared/i18n/reasons';

/** Sales arriving together (staff phones flushing outboxes) share one durable commit. */
const commits = new GroupCommit();

export const salesHandlers: HandlersOf<typeof salesMethods, HandlerContext> = {
  listSaleBooths: ({ fairId }, ctx) => listSaleBooths(ctx.library.db(fairId)),
  listSales: ({ fairId, ...filter }, ctx) => listSales(ctx.library.db(fairId), filter),
  recordSale: (input, ctx) => {
    const db = ctx.library.db(input.fairId);
    const [actor, deviceId] = [ctx.actor(), ctx.deviceId()];
    return commits.run(db, () => recordSale(db, input, actor, undefined, deviceId));
  },
  correctSale: (input, ctx) => correctSale(ctx.library.db(input.fairId), input, ctx.actor(), undefined, ctx.deviceId()),
  voidSale: (input, ctx) => voidSale(ctx.library.db(input.fairId), input, ctx.actor()),
  getDayGrid: ({ fairId }, ctx) => readDayGrid(ctx.library.db(fairId)),
  setDayTotal: ({ fairId, reason, ...input }, ctx) =>
    setDayTotal(ctx.library.db(fairId), { ...input, reason: reason || appReason('dayTotal') }, ctx.actor()),
  undoDayTotal: ({ fairId, reason, change }, ctx) =>
    undoDayTotal(ctx.library.db(fairId), { change, reason: reason || appReason('dayTotalUndone') }, ctx.actor()),
  listSalesHistory: ({ fairId, limit }, ctx) => listSalesHistory(ctx.library.db(fairId), limit),
  listVisitors: ({ fairId }, ctx) => listVisitors(ctx.library.db(fairId)),
  setVisitors: ({ fairId, ...input }, ctx) => setVisitors(ctx.library.db(fairId), input, ctx.actor()),
};
