import { z } from 'zod';
import { Id } from './common';

/**
 * A venue drawing imported from DXF, kept as vectors under an area: walls, columns, doors.
 * Points are metres in the drawing's own frame (x right, y down, its top-left at 0,0); the
 * placement puts that frame on the area (moved, turned about the frame's origin, scaled).
 */
export const DrawingPlacement = z.object({
  xM: z.number().finite().min(-100_000).max(100_000),
  yM: z.number().finite().min(-100_000).max(100_000),
  rotationDeg: z.number().finite().min(-360).max(360),
  scale: z.number().finite().positive('Must be greater than 0').max(1000),
  opacity: z.number().min(0).max(1),
  visible: z.boolean(),
  /** A locked drawing is not moved, turned or scaled by mistake. */
  locked: z.boolean().default(false),
});
export type DrawingPlacement = z.infer<typeof DrawingPlacement>;

/** One line, polyline, arc or circle: flat x,y pairs in metres; `layer` indexes the drawing's layers. */
export const DrawingPath = z.object({
  layer: z.number().int().min(0),
  closed: z.boolean(),
  points: z
    .array(z.number().finite())
    .min(4)
    .max(200_000)
    .refine((p) => p.length % 2 === 0, 'Points come in x,y pairs'),
});
export type DrawingPath = z.infer<typeof DrawingPath>;

/** About 20,000 entities of a real hall fit many times over. */
export const MAX_DRAWING_PATHS = 200_000;

export const DrawingContent = z
  .object({
    /** The file's name, shown to the organizer. */
    source: z.string().max(260),
    layers: z.array(z.string().max(255)).min(1).max(5000),
    paths: z.array(DrawingPath).min(1).max(MAX_DRAWING_PATHS),
  })
  .refine((d) => d.paths.every((p) => p.layer < d.layers.length), 'A path names a layer the drawing does not have');
export type DrawingContent = z.infer<typeof DrawingContent>;

export const AreaDrawing = z.object({
  areaId: Id,
  source: z.string(),
  layers: z.array(z.string()),
  paths: z.array(DrawingPath),
  placement: DrawingPlacement,
});
export type AreaDrawing = z.infer<typeof AreaDrawing>;

/** A fresh drawing sits unturned at the area's top-left, at the scale the organizer confirmed. */
export const DEFAULT_DRAWING_PLACEMENT: DrawingPlacement = {
  xM: 0,
  yM: 0,
  rotationDeg: 0,
  scale: 1,
  opacity: 0.8,
  visible: true,
  locked: false,
};
