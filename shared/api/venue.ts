import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { AreaDrawing, DrawingContent, DrawingPlacement } from '../model/venue';

const AreaRef = z.object({ fairId: Id, areaId: Id });

/** The venue as drawn: each area's vector drawing imported from DXF. */
export const venueMethods = {
  getAreaDrawing: method({ input: AreaRef, output: AreaDrawing.nullable(), errors: ['NOT_FOUND'] }),
  /** Puts (or replaces) an area's vector drawing: the layers the organizer chose, already in metres. */
  setAreaDrawing: method({
    input: AreaRef.extend({ content: DrawingContent, placement: DrawingPlacement }),
    output: AreaDrawing,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  /** Moves, turns, scales, fades or hides it; refused (CONFLICT) when `from` is no longer what the file holds. */
  placeAreaDrawing: method({
    input: AreaRef.extend({ from: DrawingPlacement, placement: DrawingPlacement }),
    output: DrawingPlacement,
    errors: ['NOT_FOUND', 'CONFLICT', 'VALIDATION'],
  }),
  removeAreaDrawing: method({ input: AreaRef, output: z.object({ removed: z.boolean() }), errors: [] }),
};
