import type { Booth } from '../../../../shared/model/plan';
import { defaults } from './records';
import { boothNumbers, type Numbering } from './numbering';

export interface BlockSpec {
  rows: number;
  cols: number;
  boothWidthM: number;
  boothDepthM: number;
  /** The aisle between rows, in metres (0: rows back to back). */
  aisleM: number;
  numbering: Numbering;
  /** Every other row numbered right to left, so numbers run on like a snake. */
  snake: boolean;
}

/** A row is a 1 × n block. Booths are laid out from `origin` (their top-left corner), row by row. */
export function generateBlock(spec: BlockSpec, areaId: string, origin: { xM: number; yM: number }, newId: () => string): Booth[] {
  const rows = Math.max(1, Math.floor(spec.rows));
  const cols = Math.max(1, Math.floor(spec.cols));
  const numbers = boothNumbers(spec.numbering, rows * cols);
  const booths: Booth[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const col = spec.snake && r % 2 === 1 ? cols - 1 - c : c;
      const at = { xM: origin.xM + col * spec.boothWidthM, yM: origin.yM + r * (spec.boothDepthM + spec.aisleM) };
      booths.push(defaults.booth(newId(), areaId, numbers[r * cols + c]!, at, { widthM: spec.boothWidthM, depthM: spec.boothDepthM }));
    }
  }
  return booths;
}

export function blockSize(spec: BlockSpec): { widthM: number; depthM: number } {
  return { widthM: spec.cols * spec.boothWidthM, depthM: spec.rows * spec.boothDepthM + (spec.rows - 1) * spec.aisleM };
}

/**
 * Reading order: rows top to bottom (booths whose centres are within half a booth of each
 * other's line share a row), left to right within a row.
 */
export function readingOrder<T extends { xM: number; yM: number; depthM: number }>(booths: readonly T[]): T[] {
  const sorted = [...booths].sort((a, b) => a.yM - b.yM || a.xM - b.xM);
  const rows: T[][] = [];
  for (const b of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(b.yM + b.depthM / 2 - (anchor.yM + anchor.depthM / 2)) < Math.min(b.depthM, anchor.depthM) / 2)
      row.push(b);
    else rows.push([b]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.xM - b.xM));
}
