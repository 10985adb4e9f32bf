import { z } from 'zod';
import { outlineProblem } from '../plan/outline';
import { AmountDong, Id } from './common';

/** A point in metres of an area's own frame. */
export const OutlinePoint = z.object({ x: z.number(), y: z.number() });

/** A drawn surface of the venue (a sidewalk, a garden, a hall), in metres. */
export const Area = z.object({
  id: Id,
  name: z.string(),
  /** The bounds of the outline: the area's frame runs from (0, 0) to (widthM, depthM). */
  widthM: z.number().positive(),
  depthM: z.number().positive(),
  sortOrder: z.number().int(),
  /** The floor's polygon (an L-shaped hall, a bending sidewalk); empty for the plain rectangle. */
  outline: z.array(OutlinePoint).default([]),
  /** Where the area's origin lies on the site plan, in metres of the site. */
  siteXM: z.number().default(0),
  siteYM: z.number().default(0),
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
  priceDong: AmountDong,
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

/**
 * A dimension line kept on the plan: the distance between two points of an area, drawn with ticks
 * `offsetM` metres to the left of the direction 1 → 2 (negative: to the right), and printed.
 */
export const Dimension = z.object({
  id: Id,
  areaId: Id,
  x1M: z.number(),
  y1M: z.number(),
  x2M: z.number(),
  y2M: z.number(),
  offsetM: z.number(),
});
export type Dimension = z.infer<typeof Dimension>;

/** The whole floor plan of a fair, as the canvas and the printed map need it. */
export const Plan = z.object({
  areas: z.array(Area),
  zones: z.array(Zone),
  booths: z.array(Booth),
  features: z.array(Feature),
  /** Absent in plans written before dimension lines existed (tests, benches): none. */
  dimensions: z.array(Dimension).optional(),
});
export type Plan = z.infer<typeof Plan>;

const sizeM = z.number({ error: 'Enter a number of metres' }).finite().positive('Must be greater than 0').max(10_000, 'Too large');
const coordM = z.number({ error: 'Enter a number of metres' }).finite().min(-10_000).max(10_000);
const degrees = z.number({ error: 'Enter an angle in degrees' }).finite().min(-360).max(360);

/** Records as the editor sends them: the read model with each field checked for a person's typing. */
const outlineM = z.object({ x: z.number().finite().min(0).max(10_000), y: z.number().finite().min(0).max(10_000) });
export const AreaRecord = Area.extend({
  name: z.string().trim().min(1, 'Required').max(120),
  widthM: sizeM,
  depthM: sizeM,
  outline: z.array(outlineM).max(500, 'At most 500 corners').default([]),
  siteXM: z.number().finite().min(-100_000).max(100_000).default(0),
  siteYM: z.number().finite().min(-100_000).max(100_000).default(0),
}).superRefine((a, ctx) => {
  if (a.outline.length === 0) return;
  const problem = outlineProblem(a.outline);
  if (problem) ctx.addIssue({ code: 'custom', path: ['outline'], message: OUTLINE_PROBLEM[problem] });
  else if (a.outline.some((p) => p.x > a.widthM + 1e-6 || p.y > a.depthM + 1e-6))
    ctx.addIssue({ code: 'custom', path: ['outline'], message: 'The outline reaches past the area’s width and depth' });
});

const OUTLINE_PROBLEM = {
  tooFewPoints: 'An outline needs three corners or more',
  noSurface: 'The outline encloses no surface',
  selfCrossing: 'The outline crosses itself',
} as const;
export const ZoneRecord = Zone.extend({
  name: z.string().trim().min(1, 'Required').max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #2f9e44'),
});
export const BoothRecord = Booth.extend({
  number: z.string().trim().min(1, 'Required').max(20, 'At most 20 characters'),
  xM: coordM,
  yM: coordM,
  widthM: sizeM,
  depthM: sizeM,
  rotationDeg: degrees,
  notes: z.string().max(2000),
});
export const FeatureRecord = Feature.extend({
  xM: coordM,
  yM: coordM,
  widthM: z.number().finite().min(0).max(10_000),
  depthM: z.number().finite().min(0).max(10_000),
  rotationDeg: degrees,
  label: z.string().trim().max(120),
});
export const DimensionRecord = Dimension.extend({ x1M: coordM, y1M: coordM, x2M: coordM, y2M: coordM, offsetM: coordM }).refine(
  (d) => d.x1M !== d.x2M || d.y1M !== d.y2M,
  'A dimension needs two different points',
);

/** Whole records by kind: what a change adds, or what an update leaves. */
export const PlanRecords = z.object({
  areas: z.array(AreaRecord).default([]),
  zones: z.array(ZoneRecord).default([]),
  booths: z.array(BoothRecord).default([]),
  features: z.array(FeatureRecord).default([]),
  dimensions: z.array(DimensionRecord).default([]),
});
export type PlanRecords = z.infer<typeof PlanRecords>;

export const PlanRecordIds = z.object({
  areas: z.array(Id).default([]),
  zones: z.array(Id).default([]),
  booths: z.array(Id).default([]),
  features: z.array(Id).default([]),
  dimensions: z.array(Id).default([]),
});
export type PlanRecordIds = z.infer<typeof PlanRecordIds>;

const sameId = (p: { from: { id: string }; to: { id: string } }) => p.from.id === p.to.id;

/** An update as compare-and-set: applied only where the stored record still equals `from`. */
const updates = <F extends z.ZodType<{ id: string }>, T extends z.ZodType<{ id: string }>>(from: F, to: T) =>
  z
    .array(
      z
        .object({ from, to })
        .refine((p) => sameId(p as { from: { id: string }; to: { id: string } }), 'An update must keep the record’s id'),
    )
    .default([]);

/** Updates by kind: each record as it was read (`from`) and as it should become (`to`). */
export const PlanUpdates = z.object({
  areas: updates(Area, AreaRecord),
  zones: updates(Zone, ZoneRecord),
  booths: updates(Booth, BoothRecord),
  features: updates(Feature, FeatureRecord),
  dimensions: updates(Dimension, DimensionRecord),
});
export type PlanUpdates = z.infer<typeof PlanUpdates>;

/** Removals by kind, as whole records: a record changed since it was read is not removed. */
export const PlanRemovals = z.object({
  areas: z.array(Area).default([]),
  zones: z.array(Zone).default([]),
  booths: z.array(Booth).default([]),
  features: z.array(Feature).default([]),
  dimensions: z.array(Dimension).default([]),
});
export type PlanRemovals = z.infer<typeof PlanRemovals>;

/**
 * One committed edit of the plan as a diff; undo sends the reverse diff. Applied in one
 * transaction, and only if every updated or removed record is still as the editor read it:
 * otherwise nothing is written and the edit is refused (CONFLICT, `changedMeanwhile`).
 */
export const PlanChanges = z.object({
  added: PlanRecords.default({ areas: [], zones: [], booths: [], features: [], dimensions: [] }),
  updated: PlanUpdates.default({ areas: [], zones: [], booths: [], features: [], dimensions: [] }),
  removed: PlanRemovals.default({ areas: [], zones: [], booths: [], features: [], dimensions: [] }),
  /** What the person did, in a word, for the audit log ("move", "generate", "undo"). */
  action: z.string().max(40).default('edit'),
});
export type PlanChanges = z.infer<typeof PlanChanges>;
export type PlanChangesInput = z.input<typeof PlanChanges>;

/** How a background drawing lies under an area: position, scale (after calibration) and look. */
export const BackgroundPlacement = z.object({
  xM: coordM,
  yM: coordM,
  metresPerPixel: z.number().finite().positive('Must be greater than 0').max(1000),
  opacity: z.number().min(0).max(1),
  visible: z.boolean(),
  /** Degrees clockwise about the image's top-left corner. */
  rotationDeg: degrees.default(0),
  /** A locked background is not moved, turned or scaled by mistake. */
  locked: z.boolean().default(false),
});
export type BackgroundPlacement = z.infer<typeof BackgroundPlacement>;

export const BACKGROUND_MIME = ['image/png', 'image/jpeg'] as const;

export const AreaBackground = BackgroundPlacement.extend({
  areaId: Id,
  mime: z.enum(BACKGROUND_MIME),
  base64: z.string(),
  pixelWidth: z.number().int().positive(),
  pixelHeight: z.number().int().positive(),
});
export type AreaBackground = z.infer<typeof AreaBackground>;

/** Where a booth stands in the sale: free, or the status of its one active allocation. */
export const BoothStatus = z.enum(['free', 'held', 'reserved', 'confirmed', 'paid']);
export type BoothStatus = z.infer<typeof BoothStatus>;
