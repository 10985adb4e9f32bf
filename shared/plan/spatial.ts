import { bounds, boxContains, containsPoint, type Box, type Placed, type Point } from './geometry';

/**
 * A uniform grid of buckets over the plan: finds the booth under the pointer or inside a marquee
 * without scanning every booth, so one stage-level handler serves ten thousand booths.
 */
export class SpatialIndex<T extends Placed & { id: string }> {
  private readonly buckets = new Map<string, T[]>();
  private readonly items = new Map<string, T>();

  constructor(
    items: Iterable<T> = [],
    private readonly cellM = 6,
  ) {
    for (const item of items) this.insert(item);
  }

  get size(): number {
    return this.items.size;
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  insert(item: T): void {
    this.items.set(item.id, item);
    this.forCells(bounds(item), (key) => {
      const list = this.buckets.get(key);
      if (list) list.push(item);
      else this.buckets.set(key, [item]);
    });
  }

  /** The topmost (last inserted) item under a point. */
  at(pt: Point): T | undefined {
    const list = this.buckets.get(this.key(Math.floor(pt.x / this.cellM), Math.floor(pt.y / this.cellM)));
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (containsPoint(list[i]!, pt)) return list[i];
    return undefined;
  }

  /** Items whose bounds lie wholly inside the box (`touching`: whose bounds meet it). */
  within(box: Box, touching = false): T[] {
    const seen = new Set<string>();
    const found: T[] = [];
    this.forCells(box, (key) => {
      for (const item of this.buckets.get(key) ?? []) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        const b = bounds(item);
        const hit = touching
          ? b.x <= box.x + box.width && box.x <= b.x + b.width && b.y <= box.y + box.height && box.y <= b.y + b.height
          : boxContains(box, b);
        if (hit) found.push(item);
      }
    });
    return found;
  }

  private key(i: number, j: number): string {
    return `${i},${j}`;
  }

  private forCells(box: Box, visit: (key: string) => void): void {
    const i0 = Math.floor(box.x / this.cellM);
    const i1 = Math.floor((box.x + box.width) / this.cellM);
    const j0 = Math.floor(box.y / this.cellM);
    const j1 = Math.floor((box.y + box.height) / this.cellM);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) visit(this.key(i, j));
  }
}
