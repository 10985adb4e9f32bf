import type { Booth, Feature } from '../../../../shared/model/plan';
import { bounds, centre } from '../model/geometry';
import { round, updateItems } from './commands';
import type { Diff, PlanDoc } from './records';

type Item = Booth | Feature;
export type AlignEdge = 'left' | 'centerX' | 'right' | 'top' | 'centerY' | 'bottom';

function items(doc: PlanDoc, ids: Iterable<string>): Item[] {
  return [...ids].map((id) => doc.booths.get(id) ?? doc.features.get(id)).filter((r): r is Item => !!r && !('locked' in r && r.locked));
}

function moved(doc: PlanDoc, list: { item: Item; dx: number; dy: number }[]): Diff {
  const out = list.map(({ item, dx, dy }) => ({ ...item, xM: round(item.xM + dx), yM: round(item.yM + dy) }));
  return updateItems(
    doc,
    out.filter((r): r is Booth => 'number' in r),
    out.filter((r): r is Feature => !('number' in r)),
  );
}

/** Lines the selection up on one edge (or centre line) of its bounds. */
export function alignItems(doc: PlanDoc, ids: Iterable<string>, edge: AlignEdge): Diff {
  const list = items(doc, ids);
  const boxes = list.map(bounds);
  const x0 = Math.min(...boxes.map((b) => b.x)),
    x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y0 = Math.min(...boxes.map((b) => b.y)),
    y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return moved(
    doc,
    list.map((item, i) => {
      const b = boxes[i]!;
      const dx =
        edge === 'left' ? x0 - b.x : edge === 'right' ? x1 - (b.x + b.width) : edge === 'centerX' ? (x0 + x1) / 2 - (b.x + b.width / 2) : 0;
      const dy =
        edge === 'top'
          ? y0 - b.y
          : edge === 'bottom'
            ? y1 - (b.y + b.height)
            : edge === 'centerY'
              ? (y0 + y1) / 2 - (b.y + b.height / 2)
              : 0;
      return { item, dx, dy };
    }),
  );
}

/** Equal gaps between the items, first and last staying where they are. */
export function distributeItems(doc: PlanDoc, ids: Iterable<string>, axis: 'x' | 'y'): Diff {
  const list = items(doc, ids).map((item) => ({ item, box: bounds(item) }));
  if (list.length < 3) return updateItems(doc, []);
  const start = (b: { x: number; y: number }) => (axis === 'x' ? b.x : b.y);
  const size = (b: { width: number; height: number }) => (axis === 'x' ? b.width : b.height);
  list.sort((a, b) => start(a.box) - start(b.box));
  const first = list[0]!.box,
    last = list.at(-1)!.box;
  const span = start(last) + size(last) - start(first);
  const gap = (span - list.reduce((n, l) => n + size(l.box), 0)) / (list.length - 1);
  let at = start(first);
  return moved(
    doc,
    list.map(({ item, box }) => {
      const d = at - start(box);
      at += size(box) + gap;
      return { item, dx: axis === 'x' ? d : 0, dy: axis === 'y' ? d : 0 };
    }),
  );
}

/** A quarter turn clockwise about each item's own centre. */
export function rotateQuarter(doc: PlanDoc, ids: Iterable<string>): Diff {
  const out = items(doc, ids).map((item) => {
    const c = centre(item);
    const deg = (item.rotationDeg + 90) % 360;
    const a = (deg * Math.PI) / 180;
    const hx = item.widthM / 2,
      hy = item.depthM / 2;
    return {
      ...item,
      rotationDeg: deg,
      xM: round(c.x - (hx * Math.cos(a) - hy * Math.sin(a))),
      yM: round(c.y - (hx * Math.sin(a) + hy * Math.cos(a))),
    };
  });
  return updateItems(
    doc,
    out.filter((r): r is Booth => 'number' in r),
    out.filter((r): r is Feature => !('number' in r)),
  );
}

export function setLocked(doc: PlanDoc, ids: Iterable<string>, locked: boolean): Diff {
  const booths = [...ids]
    .map((id) => doc.booths.get(id))
    .filter((b): b is Booth => !!b)
    .map((b) => ({ ...b, locked }));
  return updateItems(doc, booths);
}
