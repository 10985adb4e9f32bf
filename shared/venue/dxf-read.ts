import { parseString, type DxfEntity, type DxfParsed, type DxfTransform } from 'dxf';
import { decodeDxfBytes, plainMText, plainText, type DxfEncoding } from './dxf-text';

/** A point of the drawing, in drawing units, y pointing up as in AutoCAD. */
export type DxfPoint = readonly [number, number];

/** A line, polyline, arc or circle flattened to points; blocks already placed by their INSERT. */
export interface DxfPath {
  layer: string;
  points: DxfPoint[];
  closed: boolean;
}

export interface DxfText {
  layer: string;
  text: string;
  /** Where the text sits: its alignment point when it has one, else its insertion point. */
  at: DxfPoint;
  height: number;
}

export interface DxfLayerSummary {
  name: string;
  paths: number;
  texts: number;
}

export interface DxfDrawing {
  encoding: DxfEncoding;
  /** `$INSUNITS`: 0 unitless, 1 inches, 4 mm, 5 cm, 6 m…; the organizer confirms it against one known length. */
  insUnits: number;
  /** Metres per drawing unit as `$INSUNITS` says; null when the drawing does not say. */
  metresPerUnit: number | null;
  layers: DxfLayerSummary[];
  paths: DxfPath[];
  texts: DxfText[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export type DxfProblem = 'binary' | 'dwg' | 'damaged' | 'empty';

export class DxfReadError extends Error {
  constructor(readonly problem: DxfProblem) {
    super(`DXF not readable: ${problem}`);
  }
}

const METRES_PER_UNIT: Record<number, number> = {
  1: 0.0254,
  2: 0.3048,
  4: 0.001,
  5: 0.01,
  6: 1,
  7: 1000,
  10: 0.9144,
  14: 0.1,
};

/** Segments per full turn when an arc or circle becomes points: fine enough for a printed wall. */
const SEGMENTS_PER_TURN = 48;

function arcPoints(cx: number, cy: number, r: number, startRad: number, endRad: number): DxfPoint[] {
  let sweep = endRad - startRad;
  while (sweep <= 0) sweep += Math.PI * 2;
  const steps = Math.max(2, Math.ceil((sweep / (Math.PI * 2)) * SEGMENTS_PER_TURN));
  const out: DxfPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = startRad + (sweep * i) / steps;
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return out;
}

/** The arc a polyline's bulge draws from `a` to `b` (bulge = tan(¼ of the included angle), positive = counter-clockwise). */
function bulgePoints(a: DxfPoint, b: DxfPoint, bulge: number): DxfPoint[] {
  const theta = 4 * Math.atan(bulge);
  const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (chord === 0 || theta === 0) return [b];
  const r = chord / (2 * Math.sin(Math.abs(theta) / 2));
  const mid: DxfPoint = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const toCentre = Math.sqrt(Math.max(0, r * r - (chord / 2) ** 2)) * (Math.abs(theta) > Math.PI ? -1 : 1);
  const dir = Math.sign(theta);
  const nx = (-(b[1] - a[1]) / chord) * dir;
  const ny = ((b[0] - a[0]) / chord) * dir;
  const cx = mid[0] + nx * toCentre;
  const cy = mid[1] + ny * toCentre;
  const start = Math.atan2(a[1] - cy, a[0] - cx);
  const steps = Math.max(2, Math.ceil((Math.abs(theta) / (Math.PI * 2)) * SEGMENTS_PER_TURN));
  const out: DxfPoint[] = [];
  for (let i = 1; i <= steps; i++) {
    const ang = start + (theta * i) / steps;
    out.push([cx + r * Math.cos(ang), cy + r * Math.sin(ang)]);
  }
  out[out.length - 1] = b;
  return out;
}

function polylinePoints(vertices: { x: number; y: number; bulge?: number }[], closed: boolean): DxfPoint[] {
  if (vertices.length === 0) return [];
  const out: DxfPoint[] = [[vertices[0]!.x, vertices[0]!.y]];
  const count = closed ? vertices.length : vertices.length - 1;
  for (let i = 0; i < count; i++) {
    const from = vertices[i]!;
    const to = vertices[(i + 1) % vertices.length]!;
    const b: DxfPoint = [to.x, to.y];
    if (from.bulge) out.push(...bulgePoints([from.x, from.y], b, from.bulge));
    else out.push(b);
  }
  // A closed outline ends where it began; the repeated first point is implied by `closed`.
  if (closed && out.length > 1) out.pop();
  return out;
}

/** Places a block's point by its INSERTs, innermost first (scale, rotate, move). */
function place(p: DxfPoint, transforms: readonly DxfTransform[]): DxfPoint {
  let [x, y] = p;
  for (const t of transforms) {
    x *= t.scaleX ?? 1;
    y *= t.scaleY ?? 1;
    if (t.rotation) {
      const a = (t.rotation * Math.PI) / 180;
      [x, y] = [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];
    }
    x += t.x ?? 0;
    y += t.y ?? 0;
  }
  return [x, y];
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** The outline of one entity in its own (block) coordinates, or null for what is not drawn as lines. */
function shapeOf(e: DxfEntity): { points: DxfPoint[]; closed: boolean } | null {
  switch (e.type) {
    case 'LINE': {
      const s = e.start as { x: number; y: number } | undefined;
      const t = e.end as { x: number; y: number } | undefined;
      return s && t
        ? {
            points: [
              [s.x, s.y],
              [t.x, t.y],
            ],
            closed: false,
          }
        : null;
    }
    case 'LWPOLYLINE':
    case 'POLYLINE': {
      const closed = Boolean(e.closed);
      return { points: polylinePoints(e.vertices ?? [], closed), closed };
    }
    case 'ARC':
      return {
        points: arcPoints(num(e.x), num(e.y), num(e.r), num(e.startAngle), num(e.endAngle)),
        closed: false,
      };
    case 'CIRCLE': {
      const pts = arcPoints(num(e.x), num(e.y), num(e.r), 0, Math.PI * 2);
      pts.pop();
      return { points: pts, closed: true };
    }
    default:
      return null;
  }
}

function textOf(e: DxfEntity): { text: string; at: DxfPoint; height: number } | null {
  if (e.type === 'TEXT') {
    // Justified TEXT is placed by its second alignment point; left-aligned by its first.
    const aligned = (num(e.hAlign) !== 0 || num(e.vAlign) !== 0) && typeof e.x2 === 'number';
    return {
      text: plainText(String(e.string ?? '')),
      at: aligned ? [num(e.x2), num(e.y2)] : [num(e.x), num(e.y)],
      height: num(e.textHeight),
    };
  }
  if (e.type === 'MTEXT') {
    return { text: plainMText(String(e.string ?? '')), at: [num(e.x), num(e.y)], height: num(e.nominalTextHeight) };
  }
  return null;
}

interface DxfBlock {
  name: string;
  x?: number;
  y?: number;
  entities: DxfEntity[];
}

/** Blocks nested deeper than this are a loop in the drawing, not a venue. */
const MAX_BLOCK_DEPTH = 16;

/**
 * Every drawn entity with the transforms that place it, innermost first: a block's entities are
 * visited once per INSERT (and per cell of an INSERT array), without copying them. Entities on
 * layer "0" inside a block take the layer of the INSERT, as AutoCAD draws them.
 */
function* placedEntities(parsed: DxfParsed): Generator<{ entity: DxfEntity; layer: string; transforms: DxfTransform[] }> {
  const blocks = new Map((parsed.blocks as DxfBlock[]).map((b) => [b.name, b]));
  function* walk(
    entities: readonly DxfEntity[],
    outer: DxfTransform[],
    insertLayer: string | null,
    depth: number,
  ): Generator<{ entity: DxfEntity; layer: string; transforms: DxfTransform[] }> {
    for (const e of entities) {
      const own = String(e.layer ?? '0');
      const layer = insertLayer !== null && own === '0' ? insertLayer : own;
      if (e.type !== 'INSERT') {
        yield { entity: e, layer, transforms: outer };
        continue;
      }
      const block = blocks.get(String(e.block ?? ''));
      if (!block || depth >= MAX_BLOCK_DEPTH) continue;
      const rows = Math.max(1, num(e.rowCount) || 1);
      const cols = Math.max(1, num(e.columnCount) || 1);
      const rad = (num(e.rotation) * Math.PI) / 180;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          // Array cells step along the INSERT's rotated axes; their spacing is not scaled.
          const dx = c * num(e.columnSpacing) * Math.cos(rad) - r * num(e.rowSpacing) * Math.sin(rad);
          const dy = c * num(e.columnSpacing) * Math.sin(rad) + r * num(e.rowSpacing) * Math.cos(rad);
          const placement: DxfTransform[] = [
            { x: -num(block.x), y: -num(block.y) },
            {
              scaleX: e.scaleX as number | undefined,
              scaleY: e.scaleY as number | undefined,
              rotation: num(e.rotation),
              x: num(e.x) + dx,
              y: num(e.y) + dy,
            },
            ...outer,
          ];
          yield* walk(block.entities, placement, layer, depth + 1);
        }
      }
    }
  }
  yield* walk(parsed.entities as DxfEntity[], [], null, 0);
}

function refuseNonDxf(bytes: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 32));
  if (head.startsWith('AutoCAD Binary DXF')) throw new DxfReadError('binary');
  if (/^AC10\d\d/.test(head)) throw new DxfReadError('dwg');
  // A text DXF is group-code / value pairs; the first code is 0 (SECTION) or 999 (a comment).
  if (!/^\s*(0|999)\s*\r?\n/.test(head)) throw new DxfReadError('damaged');
}

/** Reads a text DXF (any version) into flattened paths and texts per layer. */
/** How far a read has come, 0…1: decoded at 0.1, parsed at 0.5, then the shapes one by one. */
export type DxfProgress = (fraction: number) => void;

export function readDxf(bytes: Uint8Array, progress?: DxfProgress): DxfDrawing {
  if (bytes.length === 0) throw new DxfReadError('empty');
  refuseNonDxf(bytes);
  const { text, encoding } = decodeDxfBytes(bytes);
  if (!/\n\s*0\r?\n\s*EOF\s*$/.test(text.slice(-64))) throw new DxfReadError('damaged');
  progress?.(0.1);
  let parsed: DxfParsed;
  try {
    parsed = parseString(text);
  } catch {
    throw new DxfReadError('damaged');
  }
  progress?.(0.5);
  const total = Math.max(1, parsed.entities.length);
  let done = 0;

  const paths: DxfPath[] = [];
  const texts: DxfText[] = [];
  const layers = new Map<string, DxfLayerSummary>();
  const layerOf = (name: string) => {
    let l = layers.get(name);
    if (!l) layers.set(name, (l = { name, paths: 0, texts: 0 }));
    return l;
  };
  for (const name of Object.keys(parsed.tables.layers)) layerOf(name.normalize('NFC'));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = ([x, y]: DxfPoint) => {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  };

  for (const { entity: e, layer: rawLayer, transforms } of placedEntities(parsed)) {
    if (progress && ++done % 2_000 === 0) progress(0.5 + 0.5 * Math.min(1, done / total));
    const layer = rawLayer.normalize('NFC');
    const shape = shapeOf(e);
    if (shape && shape.points.length > 1) {
      const points = transforms.length ? shape.points.map((p) => place(p, transforms)) : shape.points;
      points.forEach(grow);
      paths.push({ layer, points, closed: shape.closed });
      layerOf(layer).paths++;
      continue;
    }
    const t = textOf(e);
    if (t && t.text) {
      const at = place(t.at, transforms);
      grow(at);
      texts.push({ layer, text: t.text, at, height: t.height * Math.abs(transforms.reduce((s, tr) => s * (tr.scaleY ?? 1), 1)) });
      layerOf(layer).texts++;
    }
  }
  if (paths.length === 0 && texts.length === 0) throw new DxfReadError('empty');
  const insUnits = num(parsed.header.insUnits);
  return {
    encoding,
    insUnits,
    metresPerUnit: METRES_PER_UNIT[insUnits] ?? null,
    layers: [...layers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    paths,
    texts,
    bounds: { minX, minY, maxX, maxY },
  };
}
