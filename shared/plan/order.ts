import { centre, type Placed } from './geometry';

/** Which way booth numbers run when a block is renumbered. */
export interface NumberOrder {
  /** Along rows (left/right first) or along columns (up/down first). */
  by: 'rows' | 'columns';
  /** The corner booth that takes the first number. */
  start: 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';
  /** Every other line runs back the other way, so numbers run on like a snake. */
  serpentine: boolean;
}

export const READING_ORDER: NumberOrder = { by: 'rows', start: 'topLeft', serpentine: false };

/**
 * Booths in the order their numbers should run: grouped into lines (booths whose centres lie within
 * half a booth of the line's first centre share it), lines taken from the start corner, and each
 * line walked from the start side (or alternately, serpentine).
 */
export function numberOrder<T extends Placed>(booths: readonly T[], order: NumberOrder = READING_ORDER): T[] {
  const rows = order.by === 'rows';
  const fromRight = order.start === 'topRight' || order.start === 'bottomRight';
  const fromBottom = order.start === 'bottomLeft' || order.start === 'bottomRight';
  const placed = booths.map((b) => {
    const c = centre(b);
    // across: the coordinate that picks the line; along: the position within it.
    const across = rows ? c.y : c.x;
    const along = rows ? c.x : c.y;
    const half = Math.min(b.widthM, b.depthM) / 2;
    return { b, across: (rows ? fromBottom : fromRight) ? -across : across, along, half };
  });
  placed.sort((p, q) => p.across - q.across || p.along - q.along);
  const lines: (typeof placed)[] = [];
  for (const p of placed) {
    const line = lines.at(-1);
    const anchor = line?.[0];
    if (line && anchor && Math.abs(p.across - anchor.across) < Math.min(p.half, anchor.half)) line.push(p);
    else lines.push([p]);
  }
  const forward = rows ? !fromRight : !fromBottom;
  return lines.flatMap((line, i) => {
    const ahead = order.serpentine && i % 2 === 1 ? !forward : forward;
    return line.sort((p, q) => (ahead ? p.along - q.along : q.along - p.along)).map((p) => p.b);
  });
}
