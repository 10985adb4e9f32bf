import { z } from 'zod';
import { method } from './define';
import { planChangesFast } from './planInputFast';
import { Id } from '../model/common';
import { UploadId } from '../model/fair';
import { AreaBackground, BACKGROUND_MIME, BackgroundPlacement, BoothStatus, Plan, PlanChanges } from '../model/plan';

const AreaRef = z.object({ fairId: Id, areaId: Id });
const ChangesInput = PlanChanges.extend({ fairId: Id });
/** About 25 MB of image: a scanned venue drawing, not a photo album. */
const MAX_IMAGE_BASE64 = 35_000_000;

/** The floor plan: areas, zones, booths and features, and each area's background drawing. */
export const planMethods = {
  getPlan: method({ input: z.object({ fairId: Id }), output: Plan, errors: ['NOT_FOUND'] }),
  /**
   * Applies one editor diff (added, updated, removed records) in one transaction: all of it
   * lands or none. Refuses sizes that do not fit the area, duplicate booth numbers, and removing
   * booths that carry allocations or sales.
   */
  applyPlanChanges: method({
    input: ChangesInput,
    fastInput: (input) => planChangesFast(input, ChangesInput),
    output: z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
    errors: ['VALIDATION', 'CONFLICT', 'NOT_FOUND'],
  }),
  /** Booths that have an active allocation, with its status (the plan coloured by status). */
  getBoothStatuses: method({
    input: z.object({ fairId: Id }),
    output: z.array(z.object({ boothId: Id, status: BoothStatus.exclude(['free']) })),
    errors: ['NOT_FOUND'],
  }),
  getAreaBackground: method({ input: AreaRef, output: AreaBackground.nullable(), errors: ['NOT_FOUND'] }),
  /** Puts (or replaces) an area's background; the bytes must really be a PNG or JPEG image. */
  setAreaBackground: method({
    input: AreaRef.extend({
      mime: z.enum(BACKGROUND_MIME),
      base64: z.string().max(MAX_IMAGE_BASE64),
      upload: UploadId.optional(),
      pixelWidth: z.number().int().positive().max(30_000),
      pixelHeight: z.number().int().positive().max(30_000),
      placement: BackgroundPlacement,
    }),
    output: AreaBackground,
    errors: ['NOT_FOUND', 'FILE_INVALID', 'VALIDATION'],
  }),
  /** Moves, turns, scales, fades, hides or locks it; with `from`, refused (CONFLICT) when the file no longer holds that. */
  updateAreaBackground: method({
    input: AreaRef.extend({ placement: BackgroundPlacement, from: BackgroundPlacement.optional() }),
    output: BackgroundPlacement,
    errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'],
  }),
  removeAreaBackground: method({ input: AreaRef, output: z.object({ removed: z.boolean() }), errors: [] }),
};
