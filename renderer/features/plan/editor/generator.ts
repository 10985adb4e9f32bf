import type { Booth } from '../../../../shared/model/plan';
import { defaults } from './records';
import { boothNumbers, type Numbering } from './numbering';

export interface BlockSpec {
  rows: number;
  cols: number;
  boothWidthM: number;
  boothDepthM: number;
  /** The aisle between rows (between pairs of rows when back to back), in metres. */
  aisleM: number;
  /** Rows stand in back-to-back pairs: no aisle inside a pair, the aisle only between pairs. */
  backToBack?: boolean;
  numbering: Numbering;
  /** Every other row numbered right to left, so numbers run on like a snake. */
  snake: boolean;
  /** The zone the new booths belong to. */
  zoneId?: string | null;
}

/** One booth's place in a block, from the block's top-left corner, with the number it takes. */
export interface BlockCell {
  xM: number;
  yM: number;
  number: string;
}

/** Where each booth of a block goes (row by row), for the block itself and for its preview. */
export function blockCells(spec: BlockSpec): BlockCell[] {
  const rows = Math.max(1, Math.floor(spec.rows));
  const cols = Math.max(1, Math.floor(spec.cols));
  const numbers = boothNumbers(spec.numbering, rows * cols);
  const cells: BlockCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const col = spec.snake && r % 2 === 1 ? cols - 1 - c : c;
      cells.push({ xM: col * spec.boothWidthM, yM: rowOffset(spec, r), number: numbers[r * cols + c]! });
    }
  }
  return cells;
}

/** The top of row `r`: back-to-back pairs share their back line, aisles run between pairs. */
function rowOffset(spec: BlockSpec, r: number): number {
  if (!spec.backToBack) return r * (spec.boothDepthM + spec.aisleM);
  return Math.floor(r / 2) * (2 * spec.boothDepthM + spec.aisleM) + (r % 2) * spec.boothDepthM;
}

/** A row is a 1 × n block. Booths are laid out from `origin` (their top-left corner), row by row. */
export function generateBlock(spec: BlockSpec, areaId: string, origin: { xM: number; yM: number }, newId: () => string): Booth[] {
  const size = { widthM: spec.boothWidthM, depthM: spec.boothDepthM };
  return blockCells(spec).map((cell) => ({
    ...defaults.booth(newId(), areaId, cell.number, { xM: origin.xM + cell.xM, yM: origin.yM + cell.yM }, size),
    zoneId: spec.zoneId ?? null,
  }));
}

export function blockSize(spec: BlockSpec): { widthM: number; depthM: number } {
  const rows = Math.max(1, Math.floor(spec.rows));
  return { widthM: spec.cols * spec.boothWidthM, depthM: rowOffset(spec, rows - 1) + spec.boothDepthM };
}
