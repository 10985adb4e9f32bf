import { useMemo, useRef } from 'react';
import type { DetectedBooth } from '../../../../shared/venue/dxf-booths';
import { unitFrame } from '../../../../shared/venue/dxf-import';
import { toPlan } from '../../../../shared/venue/dxf-booths';
import type { DxfDrawing } from '../../../../shared/venue/dxf-read';

const LAYER_COLOURS = ['#37474f', '#6d4c41', '#1565c0', '#2e7d32', '#ad1457', '#ef6c00', '#5e35b1', '#00838f'];

/** One SVG path per layer, in the drawing's units with y down: cheap enough for 20,000 entities. */
function layerPaths(drawing: DxfDrawing): Map<string, string> {
  const frame = unitFrame(drawing);
  const parts = new Map<string, string[]>();
  for (const p of drawing.paths) {
    let list = parts.get(p.layer);
    if (!list) parts.set(p.layer, (list = []));
    const pts = p.points.map((pt) => toPlan(pt, frame));
    list.push('M' + pts.map(([x, y]) => `${+x.toFixed(3)} ${+y.toFixed(3)}`).join('L') + (p.closed ? 'Z' : ''));
  }
  return new Map([...parts].map(([k, v]) => [k, v.join('')]));
}

function boothPolygon(b: DetectedBooth): string {
  const a = (b.rotationDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  const corners: [number, number][] = [
    [0, 0],
    [b.widthM, 0],
    [b.widthM, b.depthM],
    [0, b.depthM],
  ];
  return corners.map(([x, y]) => `${b.xM + x * c - y * s},${b.yM + x * s + y * c}`).join(' ');
}

interface Props {
  drawing: DxfDrawing;
  shown: ReadonlySet<string>;
  /** Detected booths, in drawing units. */
  booths: readonly DetectedBooth[];
  picked: readonly (readonly [number, number])[];
  /** The outline taken as the area's edges, highlighted. */
  outline?: { x: number; y: number; width: number; depth: number } | null;
  /** A click on the preview, in drawing units (y down from the top-left), and how far one screen pixel reaches. */
  onPick: (at: [number, number], unitsPerPixel: number) => void;
  label: string;
}

/** The drawing as it will be imported: the shown layers, the booths found, the two points picked for the scale. */
export function DxfPreview({ drawing, shown, booths, picked, outline, onPick, label }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const paths = useMemo(() => layerPaths(drawing), [drawing]);
  const colours = useMemo(() => new Map(drawing.layers.map((l, i) => [l.name, LAYER_COLOURS[i % LAYER_COLOURS.length]!])), [drawing]);
  const { minX, minY, maxX, maxY } = drawing.bounds;
  const [w, h] = [Math.max(maxX - minX, 1e-6), Math.max(maxY - minY, 1e-6)];
  const pad = Math.max(w, h) * 0.02;
  const stroke = Math.max(w, h) / 800;
  const click = (e: React.MouseEvent<SVGSVGElement>) => {
    const el = svg.current;
    const m = el?.getScreenCTM();
    if (!el || !m) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    onPick([pt.x, pt.y], 1 / m.a);
  };
  return (
    <svg
      ref={svg}
      className="dxf-preview"
      role="img"
      aria-label={label}
      data-testid="dxf-preview"
      viewBox={`${-pad} ${-pad} ${w + 2 * pad} ${h + 2 * pad}`}
      preserveAspectRatio="xMidYMid meet"
      onClick={click}
    >
      {[...paths].map(([layer, d]) =>
        shown.has(layer) ? (
          <path key={layer} d={d} style={{ fill: 'none' }} stroke={colours.get(layer)} strokeWidth={1} vectorEffect="non-scaling-stroke" />
        ) : null,
      )}
      {outline && (
        <rect
          x={outline.x}
          y={outline.y}
          width={outline.width}
          height={outline.depth}
          className="dxf-preview-outline"
          strokeWidth={3}
          vectorEffect="non-scaling-stroke"
          data-testid="dxf-outline"
        />
      )}
      {booths.map((b) => (
        <polygon key={b.number} points={boothPolygon(b)} className="dxf-preview-booth" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      ))}
      {picked.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={stroke * 6} className="dxf-preview-pick" data-testid="dxf-pick" />
      ))}
      {picked.length === 2 && (
        <line
          x1={picked[0]![0]}
          y1={picked[0]![1]}
          x2={picked[1]![0]}
          y2={picked[1]![1]}
          className="dxf-preview-measure"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
