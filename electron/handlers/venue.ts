import type { venueMethods } from '../../shared/api/venue';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { placeAreaDrawing, readAreaDrawing, removeAreaDrawing, setAreaDrawing } from '../services/venue/drawing';

export const venueHandlers: HandlersOf<typeof venueMethods, HandlerContext> = {
  getAreaDrawing: ({ fairId, areaId }, ctx) => readAreaDrawing(ctx.library.db(fairId), areaId),
  setAreaDrawing: ({ fairId, areaId, content, placement }, ctx) =>
    setAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId, content, placement),
  placeAreaDrawing: ({ fairId, areaId, from, placement }, ctx) =>
    placeAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId, from, placement),
  removeAreaDrawing: ({ fairId, areaId }, ctx) => removeAreaDrawing(ctx.library.db(fairId), ctx.actor(), areaId),
};
