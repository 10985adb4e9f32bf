import type { libraryMethods } from '../../shared/api/library';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';

export const libraryHandlers: HandlersOf<typeof libraryMethods, HandlerContext> = {
  getAppInfo: (_input, ctx) => ({ version: ctx.version, mode: ctx.mode, dataDir: ctx.library.dataDir }),
  getSettings: (_input, ctx) => ctx.settings.get(),
  updateSettings: (patch, ctx) => ctx.settings.update(patch),
  listFairs: (_input, ctx) => ctx.library.list(),
  createFair: (input, ctx) => ctx.library.create(input, ctx.actor()),
  openFair: ({ fairId }, ctx) => ctx.library.openFair(fairId),
  getFair: ({ fairId }, ctx) => ctx.library.fair(fairId),
  updateFair: ({ fairId, fair }, ctx) => ctx.library.update(fairId, fair, ctx.actor()),
  duplicateFair: ({ fairId, fair }, ctx) => ctx.library.duplicate(fairId, fair, ctx.actor()),
  deleteFair: ({ fairId }, ctx) => ctx.library.delete(fairId),
  exportFair: ({ fairId }, ctx) => ctx.library.exportFair(fairId),
  importFair: (file, ctx) => ctx.library.importFair(file, ctx.actor(), ctx.files),
};
