import type { Point } from '../model/geometry';

/** What the bench driver needs from each implementation it measures. */
export interface BenchSurface {
  toScreen: (world: Point) => Point;
  select: (ids: string[]) => void;
  selectedCount: () => number;
}
