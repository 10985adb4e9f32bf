import type { venueMethods } from '../../shared/api/venue';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { importAreaDrawing, placeAreaDrawing, readAreaDrawing, removeAreaDrawing, setAreaDrawing } from '../services/venue/drawing';
import { readNumberSkip, setNumberSkip } from '../services/venue/numberSkip';

export const venueHandlers: HandlersOf<typeof venueMethods, HandlerContext> = {
  getAreaDrawing: ({ fairId, areaId }, ctx) => readAreaDrawing(ctx.library.db(fairId), areaId),
  setAreaDrawing: ({ fairId, areaId, content, placement }, ctx) =>
    setAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId, content, placement),
  placeAreaDrawing: ({ fairId, areaId, from, placement }, ctx) =>
    placeAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId, from, placement),
  removeAreaDrawing: ({ fairId, areaId }, ctx) => removeAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId),
  importAreaDrawing: ({ fairId, areaId, drawing, changes }, ctx) =>
    importAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId, drawing, changes),
  getNumberSkip: ({ fairId }, ctx) => readNumberSkip(ctx.library.db(fairId)),
  setNumberSkip: ({ fairId, from, to }, ctx) => setNumberSkip(ctx.library.db(fairId), ctx.actor(), from, to),
};
