import type { Weight } from './typeset';

/** What fitting needs from the typesetter: widths and line heights, in points. */
export interface Measure {
  width(text: string, size: number, weight?: Weight): number;
  lineHeight(size: number): number;
}

/** One line of text placed inside a box: (x, y) is its top-left, relative to the box. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  size: number;
  weight: Weight;
}

export interface LabelLimits {
  maxNumberSize: number;
  maxNameSize: number;
  /** Below this a name is no longer legible on paper: the booth shows its number only. */
  minNameSize: number;
  minNumberSize: number;
}

export const DEFAULT_LIMITS: LabelLimits = { maxNumberSize: 14, maxNameSize: 10, minNameSize: 4, minNumberSize: 2.5 };

const SIZE_STEP = 0.5;

/** Breaks a word wider than the line into pieces that fit (long unspaced names). */
function splitWord(m: Measure, word: string, size: number, maxWidth: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && m.width(current + ch, size, weight) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Greedy word wrap; a single character wider than the line makes the wrap fail (null).
 * Line widths are summed from word widths (nothing kerns across a space), so each word is measured once.
 */
export function wrap(m: Measure, text: string, size: number, maxWidth: number, weight: Weight = 'regular'): string[] | null {
  const lines: string[] = [];
  const space = m.width(' ', size, weight);
  let line = '';
  let lineW = 0;
  for (const word of text.split(' ')) {
    if (!word) continue;
    const wordW = m.width(word, size, weight);
    if (line && lineW + space + wordW <= maxWidth) {
      line = `${line} ${word}`;
      lineW += space + wordW;
      continue;
    }
    if (line) lines.push(line);
    if (wordW <= maxWidth) {
      line = word;
      lineW = wordW;
      continue;
    }
    const pieces = splitWord(m, word, size, maxWidth, weight);
    if (pieces.some((p) => m.width(p, size, weight) > maxWidth)) return null;
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    lineW = m.width(line, size, weight);
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts wrapped lines to `maxLines`, the last one ending in an ellipsis that fits. */
function truncateLines(m: Measure, lines: string[], maxLines: number, size: number, maxWidth: number): string[] | null {
  const kept = lines.slice(0, maxLines);
  let last = kept[kept.length - 1] ?? '';
  while (last && m.width(`${last}…`, size) > maxWidth) last = Array.from(last).slice(0, -1).join('').trimEnd();
  // An ellipsis after a letter or two says nothing: the index carries the name instead.
  if (Array.from(last).length < 3 && kept.length === 1) return null;
  kept[kept.length - 1] = `${last}…`;
  return kept;
}

/**
 * Fits a booth number and an exhibitor name inside a w×h box (points): the name shrinks, then
 * wraps, then is cut with an ellipsis, and where even that is illegible only the number is shown.
 * Every returned line lies inside the box; the caller draws them relative to the box's corner.
 */
export function fitLabel(
  m: Measure,
  w: number,
  h: number,
  number: string,
  name: string,
  limits: LabelLimits = DEFAULT_LIMITS,
): PlacedLine[] {
  const pad = Math.min(2, Math.min(w, h) * 0.06);
  const innerW = w - 2 * pad;
  const innerH = h - 2 * pad;
  if (innerW <= 0 || innerH <= 0) return [];
  const lineFactor = m.lineHeight(1);

  const numberUnitWidth = number ? m.width(number, 1, 'bold') : 0;
  const numberSizeFor = (share: number) =>
    Math.floor(Math.min(limits.maxNumberSize, (innerH * share) / lineFactor, numberUnitWidth ? innerW / numberUnitWidth : Infinity) * 4) /
    4;
  let numberSize = numberSizeFor(name ? 0.4 : 1);
  let hasNumber = !!number && numberSize >= limits.minNumberSize;
  let numberH = hasNumber ? m.lineHeight(numberSize) : 0;

  let nameLines: string[] = [];
  let nameSize = 0;
  const roomH = innerH - numberH;
  if (name && roomH > 0) {
    const top = Math.min(limits.maxNameSize, hasNumber ? numberSize : limits.maxNameSize);
    for (let size = Math.floor(top / SIZE_STEP) * SIZE_STEP; size >= limits.minNameSize; size -= SIZE_STEP) {
      const lines = wrap(m, name, size, innerW);
      if (lines && lines.length * m.lineHeight(size) <= roomH) {
        nameLines = lines;
        nameSize = size;
        break;
      }
    }
    if (!nameLines.length) {
      const size = limits.minNameSize;
      const maxLines = Math.floor(roomH / m.lineHeight(size));
      const lines = maxLines > 0 ? wrap(m, name, size, innerW) : null;
      const cut = lines ? truncateLines(m, lines, maxLines, size, innerW) : null;
      if (cut) {
        nameLines = cut;
        nameSize = size;
      }
    }
  }

  // No legible name: the number alone gets the whole booth.
  if (!nameLines.length && number) {
    numberSize = numberSizeFor(1);
    hasNumber = numberSize >= limits.minNumberSize;
    numberH = hasNumber ? m.lineHeight(numberSize) : 0;
  }

  const placed: PlacedLine[] = [];
  const blockH = numberH + nameLines.length * (nameSize ? m.lineHeight(nameSize) : 0);
  let y = pad + (innerH - blockH) / 2;
  if (hasNumber) {
    const width = numberUnitWidth * numberSize;
    placed.push({ text: number, x: pad + (innerW - width) / 2, y, width, height: numberH, size: numberSize, weight: 'bold' });
    y += numberH;
  }
  for (const text of nameLines) {
    const width = m.width(text, nameSize);
    const height = m.lineHeight(nameSize);
    placed.push({ text, x: pad + (innerW - width) / 2, y, width, height, size: nameSize, weight: 'regular' });
    y += height;
  }
  return placed;
}
