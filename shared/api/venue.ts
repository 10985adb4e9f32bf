import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { PlanChanges } from '../model/plan';
import { AreaDrawing, DrawingContent, DrawingPlacement } from '../model/venue';

/** A number left out of booth numbering: the digits of a booth number (13 of "A13"). */
const BoothNumberValue = z.number().int().min(0).max(1_000_000);

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
  /**
   * Imports a DXF in ONE transaction: the drawing put in place (or, undoing, the one it replaced put
   * back, or removed when there was none) together with the plan's changes (its booths, the area
   * grown). Either all of it lands or nothing does.
   */
  importAreaDrawing: method({
    input: AreaRef.extend({
      drawing: z.object({ content: DrawingContent, placement: DrawingPlacement }).nullable(),
      changes: PlanChanges,
    }),
    output: z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
    errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'],
  }),
  /** The booth numbers this fair leaves out on purpose (kept in the fair file). */
  getNumberSkip: method({ input: z.object({ fairId: Id }), output: z.array(BoothNumberValue), errors: ['NOT_FOUND'] }),
  /** Replaces them; refused (CONFLICT) when `from` is no longer the list the file holds. */
  setNumberSkip: method({
    input: z.object({ fairId: Id, from: z.array(BoothNumberValue).max(10_000), to: z.array(BoothNumberValue).max(10_000) }),
    output: z.array(BoothNumberValue),
    errors: ['NOT_FOUND', 'CONFLICT', 'VALIDATION'],
  }),
};
