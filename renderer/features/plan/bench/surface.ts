import type { Point } from '../model/geometry';

/** What the bench driver needs from each implementation it measures. */
export interface BenchSurface {
  toScreen: (world: Point) => Point;
  select: (ids: string[]) => void;
  selectedCount: () => number;
  /** The naive baseline: whether a booth is selected, and where it stands, once React has committed. */
  isSelected?: (id: string) => boolean;
  committedAt?: (id: string) => Point | undefined;
}
