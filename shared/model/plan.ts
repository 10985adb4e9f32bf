import { z } from 'zod';
import { Dong, Id } from './common';

/** A drawn surface of the venue (a sidewalk, a garden, a hall), in metres. */
export const Area = z.object({
  id: Id,
  name: z.string(),
  widthM: z.number().positive(),
  depthM: z.number().positive(),
  sortOrder: z.number().int(),
});
export type Area = z.infer<typeof Area>;

export const Zone = z.object({
  id: Id,
  name: z.string(),
  /** `#rrggbb`, drawn on the plan and in the legend. */
  color: z.string(),
});
export type Zone = z.infer<typeof Zone>;

/** Special kinds change what a booth is for; `standard` is an ordinary sellable booth. */
export const BoothKind = z.enum(['standard', 'food', 'zero_dong', 'sponsor', 'non_sellable']);
export type BoothKind = z.infer<typeof BoothKind>;

/** How many sides are open: derived from neighbours unless the organizer overrides it. */
export const BoothType = z.enum(['inline', 'corner', 'peninsula', 'island']);
export type BoothType = z.infer<typeof BoothType>;

export const Booth = z.object({
  id: Id,
  areaId: Id,
  number: z.string(),
  /** Top-left corner before rotation, in metres from the area's top-left. */
  xM: z.number(),
  yM: z.number(),
  widthM: z.number().positive(),
  depthM: z.number().positive(),
  /** Degrees clockwise about the booth's top-left corner. */
  rotationDeg: z.number(),
  kind: BoothKind,
  typeOverride: BoothType.nullable(),
  zoneId: Id.nullable(),
  priceDong: Dong,
  notes: z.string(),
  locked: z.boolean(),
});
export type Booth = z.infer<typeof Booth>;

export const FeatureKind = z.enum(['wall', 'aisle', 'entrance', 'exit', 'stage', 'info_desk', 'pillar', 'restroom', 'label']);
export type FeatureKind = z.infer<typeof FeatureKind>;

/** Something drawn on the plan that is not a booth: walls, aisles, the stage, labels. */
export const Feature = z.object({
  id: Id,
  areaId: Id,
  kind: FeatureKind,
  xM: z.number(),
  yM: z.number(),
  widthM: z.number().min(0),
  depthM: z.number().min(0),
  rotationDeg: z.number(),
  label: z.string(),
});
export type Feature = z.infer<typeof Feature>;

/** The whole floor plan of a fair, as the canvas and the printed map need it. */
export const Plan = z.object({
  areas: z.array(Area),
  zones: z.array(Zone),
  booths: z.array(Booth),
  features: z.array(Feature),
});
export type Plan = z.infer<typeof Plan>;
