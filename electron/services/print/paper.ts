import { ApiError } from '../../../shared/api/errors';
import type { Paper, PaperSize, PrintRequest } from '../../../shared/model/print';
import type { Db } from '../../db/open';

/** ISO 216 sizes in millimetres, portrait. */
const PAPER_MM: Record<PaperSize, [number, number]> = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
};

export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number) => value * PT_PER_MM;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The page in points, turned as asked. */
export function pageSize(paper: Paper): [number, number] {
  const [w, h] = PAPER_MM[paper.size];
  return paper.orientation === 'portrait' ? [mm(w), mm(h)] : [mm(h), mm(w)];
}

/** Type and furniture grow with the sheet: an A0 poster is read from further away than an A4 handout. */
export function paperFactor(paper: Paper): number {
  const [w, h] = pageSize(paper);
  const [a4w, a4h] = PAPER_MM.A4;
  return Math.sqrt((w * h) / (mm(a4w) * mm(a4h)));
}

/** Points of paper per metre of ground at 1:N. */
export const pointsPerMetre = (scale: number) => (1000 / scale) * PT_PER_MM;

/** Column letters as on a road atlas: A…Z, AA, AB… */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export interface Tile {
  /** `B2`: column letter, row number, as written on the assembly overview. */
  label: string;
  row: number;
  column: number;
  /** The part of the area this tile shows, in metres. */
  view: Rect;
}

/**
 * The most sheets one PDF may hold. A map taped from more sheets than this is not a map anyone
 * assembles; a request beyond it is refused before any drawing, so it cannot exhaust memory.
 */
export const MAX_PRINT_SHEETS = 500;

export function tooManySheets(sheets: number): ApiError {
  return new ApiError(
    'VALIDATION',
    `This map would need about ${sheets.toLocaleString('en')} sheets; at most ${MAX_PRINT_SHEETS} can be printed at once. Choose a smaller scale number, larger paper, or one area.`,
    { reason: 'tooManySheets', sheets: Math.min(sheets, Number.MAX_SAFE_INTEGER), max: MAX_PRINT_SHEETS },
  );
}

/** How many sheets across and down an area needs: counted, never enumerated. */
export function tileCounts(areaW: number, areaD: number, frame: { w: number; h: number }, ptPerM: number, overlap: number) {
  const count = (lengthPt: number, framePt: number) => {
    if (lengthPt <= framePt) return 1;
    const step = framePt - overlap;
    return step <= 0 ? 1 : Math.ceil((lengthPt - overlap) / step - 1e-9);
  };
  return { columns: count(areaW * ptPerM, frame.w), rows: count(areaD * ptPerM, frame.h) };
}

/** The printable part of a sheet: no map frame is larger, so tiles counted on it are never too many. */
export function printableFrame(paper: Paper): { w: number; h: number } {
  const [w, h] = pageSize(paper);
  return { w: w - 2 * mm(paper.marginMm), h: h - 2 * mm(paper.marginMm) };
}

/**
 * Cuts an area into tiles: each sheet shows `frame` (points) of the map at `ptPerM`, and
 * neighbouring sheets repeat `overlap` points so they can be glued edge over edge.
 */
export function tileGrid(
  areaW: number,
  areaD: number,
  frame: { w: number; h: number },
  ptPerM: number,
  overlap: number,
): { rows: number; columns: number; tiles: Tile[] } {
  const { columns, rows } = tileCounts(areaW, areaD, frame, ptPerM, overlap);
  if (rows * columns > MAX_PRINT_SHEETS) throw tooManySheets(rows * columns);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        label: `${columnLetter(column)}${row + 1}`,
        row,
        column,
        view: {
          x: (column * (frame.w - overlap)) / ptPerM,
          y: (row * (frame.h - overlap)) / ptPerM,
          w: frame.w / ptPerM,
          h: frame.h / ptPerM,
        },
      });
    }
  }
  return { rows, columns, tiles };
}

/** A scale bar length that reads well (1, 2, 5 × 10ⁿ metres) close to `targetM`. */
export function niceLength(targetM: number): number {
  const pow = 10 ** Math.floor(Math.log10(targetM));
  const steps = [1, 2, 5, 10];
  let best = pow;
  for (const s of steps) if (s * pow <= targetM) best = s * pow;
  return best;
}

/** The 1:N of a drawing at `ptPerM` points per metre. Every map is drawn at a whole 1:N, so this is exact, not rounded. */
export function scaleRatio(ptPerM: number): number {
  return Math.round((1000 * PT_PER_MM) / ptPerM);
}

/**
 * The largest drawing that fits at a scale a person can measure: `ptPerM` made a little smaller so
 * that 1:N is N rounded up to two significant figures (1:103 → 1:110, 1:2,345 → 1:2,400). The
 * printed 1:N is then the true one, and a ruler on the paper agrees with it.
 */
export function trueScalePtPerM(ptPerM: number): number {
  const exact = (1000 * PT_PER_MM) / ptPerM;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(exact)) - 1);
  // A hair of tolerance, so a scale that is already round (1:100.0000001) stays 1:100.
  return pointsPerMetre(Math.ceil(exact / step - 1e-9) * step);
}

/**
 * Refuses, before any work, a tiled map that would need more sheets than can be printed. Counted on
 * the printable part of the sheet (a lower bound), so a request it lets through may still be
 * refused by the exact count while drawing starts.
 */
export function checkSheetCount(db: Db, request: PrintRequest): void {
  if (request.kind !== 'map' || request.options.layout.mode !== 'tile') return;
  const { layout, paper, areaId } = { ...request.options, layout: request.options.layout };
  const areas = db.prepare('SELECT width_m AS w, depth_m AS d FROM area WHERE ? IS NULL OR id = ?').all(areaId, areaId) as {
    w: number;
    d: number;
  }[];
  const frame = printableFrame(paper);
  let sheets = 0;
  for (const area of areas) {
    const { rows, columns } = tileCounts(area.w, area.d, frame, pointsPerMetre(layout.scale), mm(layout.overlapMm));
    sheets += rows * columns + 1;
  }
  if (sheets > MAX_PRINT_SHEETS) throw tooManySheets(sheets);
}
