import { bounds, boxContains, containsPoint, type Box, type Placed, type Point } from './geometry';

/**
 * A uniform grid of buckets over the plan: finds the booth under the pointer or inside a marquee
 * without scanning every booth, so one stage-level handler serves ten thousand booths.
 */
export class SpatialIndex<T extends Placed & { id: string }> {
  private readonly buckets = new Map<number, T[]>();
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

  values(): IterableIterator<T> {
    return this.items.values();
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

  /** Replaces every item (cheaper than many single moves). */
  rebuild(items: Iterable<T>): void {
    this.buckets.clear();
    this.items.clear();
    for (const item of items) this.insert(item);
  }

  /** Takes an item out (before it moves or changes): its cells forget it. */
  remove(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    this.items.delete(id);
    this.forCells(bounds(item), (key) => {
      const list = this.buckets.get(key);
      if (!list) return;
      const at = list.indexOf(item);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.buckets.delete(key);
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

  /** A number, not a string: ten thousand inserts allocate no key strings (plans up to ±190 km). */
  private key(i: number, j: number): number {
    return (i + 32768) * 65536 + (j + 32768);
  }

  private forCells(box: Box, visit: (key: number) => void): void {
    const i0 = Math.floor(box.x / this.cellM);
    const i1 = Math.floor((box.x + box.width) / this.cellM);
    const j0 = Math.floor(box.y / this.cellM);
    const j1 = Math.floor((box.y + box.height) / this.cellM);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) visit(this.key(i, j));
  }
}
