import type { Booth, BoothType, Feature } from '../model/plan';
import { bounds, boxesOverlap, corners, type Point } from './geometry';
import { SpatialIndex } from './spatial';

/** Two edges this close (metres) touch. */
const TOUCH_M = 0.05;
/** A side counts as closed when a neighbour or a wall runs along at least this much of it. */
const MIN_SHARED_M = 0.5;

type Edge = [Point, Point];
const edgesOf = (p: Parameters<typeof corners>[0]): Edge[] => {
  const c = corners(p);
  return [
    [c[0]!, c[1]!], // top (front before rotation)
    [c[1]!, c[2]!], // right
    [c[2]!, c[3]!], // bottom
    [c[3]!, c[0]!], // left
  ];
};

/** Whether edge `f` lies along edge `e` (either direction), sharing at least MIN_SHARED_M of it. */
function runsAlong(e: Edge, f: Edge): boolean {
  const dx = e[1].x - e[0].x;
  const dy = e[1].y - e[0].y;
  const len = Math.hypot(dx, dy);
  if (len < MIN_SHARED_M) return false;
  const ux = dx / len;
  const uy = dy / len;
  // Both ends of f near e's line…
  for (const p of f) if (Math.abs((p.x - e[0].x) * uy - (p.y - e[0].y) * ux) > TOUCH_M) return false;
  // …and overlapping it along its length.
  const t0 = (f[0].x - e[0].x) * ux + (f[0].y - e[0].y) * uy;
  const t1 = (f[1].x - e[0].x) * ux + (f[1].y - e[0].y) * uy;
  return Math.min(len, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1)) >= MIN_SHARED_M;
}

/** The sides of a booth closed by a neighbouring booth or a wall: [top, right, bottom, left] in the booth's own frame. */
export function closedSides(booth: Booth, neighbours: readonly Booth[], walls: readonly Feature[] = []): boolean[] {
  const mine = edgesOf(booth);
  const others = [...neighbours.filter((n) => n.id !== booth.id), ...walls].flatMap((o) => edgesOf(o));
  return mine.map((e) => others.some((f) => runsAlong(e, f)));
}

/**
 * The one rule for booth type, used by the editor, pricing, the allocation map and print:
 * four open sides make an island, three a peninsula, two adjacent open sides a corner; one open
 * side — or two facing ones, a booth in the middle of a single row — is inline. Sides touch
 * other booths of the same area or walls; rotated booths are measured in their own frame.
 */
export function typeFromSides(closed: readonly boolean[]): BoothType {
  const open = closed.filter((c) => !c).length;
  if (open >= 4) return 'island';
  if (open === 3) return 'peninsula';
  if (open === 2) {
    const facing = (!closed[0] && !closed[2]) || (!closed[1] && !closed[3]);
    return facing ? 'inline' : 'corner';
  }
  return 'inline';
}

/** The plan's booths and walls, indexed once to type many booths. */
export class BoothTyper {
  private readonly booths: SpatialIndex<Booth>;
  private readonly walls: SpatialIndex<Feature>;

  constructor(booths: readonly Booth[], features: readonly Feature[] = []) {
    this.booths = new SpatialIndex(booths, 6);
    this.walls = new SpatialIndex(
      features.filter((f) => f.kind === 'wall'),
      6,
    );
  }

  /** The type from neighbours, ignoring the organizer's override. */
  derived(booth: Booth): BoothType {
    const box = bounds(booth);
    const around = { x: box.x - TOUCH_M * 2, y: box.y - TOUCH_M * 2, width: box.width + TOUCH_M * 4, height: box.height + TOUCH_M * 4 };
    const near = this.booths.within(around, true).filter((o) => o.id !== booth.id && o.areaId === booth.areaId);
    const walls = this.walls.within(around, true).filter((w) => w.areaId === booth.areaId);
    return typeFromSides(closedSides(booth, near, walls));
  }

  /** The type a booth has: the organizer's override, else the derived one. */
  typeOf(booth: Booth): BoothType {
    return booth.typeOverride ?? this.derived(booth);
  }
}

/** Derived types of some booths (`only`), or of all; overrides not applied. */
export function derivedTypes(booths: readonly Booth[], features: readonly Feature[] = [], only?: Iterable<string>): Map<string, BoothType> {
  const wanted = only ? new Set(only) : null;
  const targets = wanted ? booths.filter((b) => wanted.has(b.id)) : booths;
  // A few booths (the one being inspected on a big plan): index only what lies around them.
  const few = targets.length <= FEW;
  const typer = few ? new BoothTyper(nearAny(booths, targets), nearAny(features, targets)) : new BoothTyper(booths, features);
  const result = new Map<string, BoothType>();
  for (const b of targets) result.set(b.id, typer.derived(b));
  return result;
}

const FEW = 16;

/** The records whose bounds come within reach of any of the targets (what `derived` looks at). */
function nearAny<T extends Booth | Feature>(records: readonly T[], targets: readonly Booth[]): T[] {
  const reach = TOUCH_M * 2 + 1e-6;
  const boxes = targets.map(bounds);
  return records.filter((r) => {
    const b = bounds(r);
    return boxes.some((t) => boxesOverlap(b, t, -reach));
  });
}

/** One colour per booth type: the editor's "colour by type" and the organizer's printed map by type. */
export const BOOTH_TYPE_COLOURS: Readonly<Record<BoothType, string>> = {
  inline: '#d0ebff',
  corner: '#ffec99',
  peninsula: '#ffd8a8',
  island: '#ffc9c9',
};

/** The type of each booth, overrides applied: what pricing charges and every screen shows. */
export function boothTypes(booths: readonly Booth[], features: readonly Feature[] = []): Map<string, BoothType> {
  const typer = new BoothTyper(booths, features);
  return new Map(booths.map((b) => [b.id, typer.typeOf(b)]));
}
