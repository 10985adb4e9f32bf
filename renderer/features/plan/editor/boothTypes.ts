import type { Booth, BoothType } from '../../../../shared/model/plan';
import { bounds, type Box } from '../model/geometry';
import { SpatialIndex } from '../model/spatial';

const TOUCH_M = 0.05;

/** Which sides of a booth touch another booth (top, right, bottom, left), from axis-aligned bounds. */
export function closedSides(box: Box, neighbours: readonly Box[]): [boolean, boolean, boolean, boolean] {
  const overlapX = (o: Box) => Math.min(box.x + box.width, o.x + o.width) - Math.max(box.x, o.x) > TOUCH_M;
  const overlapY = (o: Box) => Math.min(box.y + box.height, o.y + o.height) - Math.max(box.y, o.y) > TOUCH_M;
  const near = (a: number, b: number) => Math.abs(a - b) <= TOUCH_M;
  return [
    neighbours.some((o) => overlapX(o) && near(o.y + o.height, box.y)),
    neighbours.some((o) => overlapY(o) && near(o.x, box.x + box.width)),
    neighbours.some((o) => overlapX(o) && near(o.y, box.y + box.height)),
    neighbours.some((o) => overlapY(o) && near(o.x + o.width, box.x)),
  ];
}

/** Open sides → type: one open side is inline, two corner, three peninsula, four island. */
export function typeFromOpenSides(open: number): BoothType {
  return open >= 4 ? 'island' : open === 3 ? 'peninsula' : open === 2 ? 'corner' : 'inline';
}

/** Booth types as derived from neighbours on the same area (overrides not applied); `only` limits the work. */
export function derivedTypes(
  booths: readonly Booth[],
  only?: Iterable<string>,
  index = new SpatialIndex(booths, 6),
): Map<string, BoothType> {
  const result = new Map<string, BoothType>();
  const wanted = only ? [...only].map((id) => index.get(id)).filter((b): b is Booth => !!b) : booths;
  for (const b of wanted) {
    const box = bounds(b);
    const around = { x: box.x - TOUCH_M * 2, y: box.y - TOUCH_M * 2, width: box.width + TOUCH_M * 4, height: box.height + TOUCH_M * 4 };
    const neighbours = index
      .within(around, true)
      .filter((o) => o.id !== b.id && o.areaId === b.areaId)
      .map(bounds);
    const open = closedSides(box, neighbours).filter((closed) => !closed).length;
    result.set(b.id, typeFromOpenSides(open));
  }
  return result;
}

/** The type a booth has: the organizer's override, else the derived one. */
export function boothType(booth: Booth, derived: ReadonlyMap<string, BoothType>): BoothType {
  return booth.typeOverride ?? derived.get(booth.id) ?? 'island';
}
