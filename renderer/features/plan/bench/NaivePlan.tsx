import { useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import type { Booth, Plan } from '../../../../shared/model/plan';
import { zoneFill } from '../canvas/colors';
import { boxFromPoints, type Box, type Point } from '../model/geometry';
import { fitBox, panBy, toWorld, zoomAt, type View } from '../model/view';
import type { BenchSurface } from './surface';

/** Baseline: the naive react-konva plan — a component per booth, React state set on every pointer move. */
export function NaivePlan({
  plan,
  width,
  height,
  expose,
}: {
  plan: Plan;
  width: number;
  height: number;
  expose: (s: BenchSurface) => void;
}) {
  const area = plan.areas[0]!;
  const fill = zoneFill(plan);
  const [view, setView] = useState<View>(() => fitBox({ x: 0, y: 0, width: area.widthM, height: area.depthM }, width, height));
  const [booths, setBooths] = useState(plan.booths);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [marquee, setMarquee] = useState<Box | null>(null);
  const gesture = useRef<{ kind: 'pan' | 'drag' | 'marquee'; last: Point; start: Point } | null>(null);
  const live = useRef({ view, selection });
  live.current = { view, selection };
  expose({
    toScreen: (p) => ({ x: p.x * live.current.view.scale + live.current.view.x, y: p.y * live.current.view.scale + live.current.view.y }),
    select: (ids) => setSelection(new Set(ids)),
    selectedCount: () => live.current.selection.size,
  });

  const pointer = (e: Konva.KonvaEventObject<PointerEvent>) => ({ x: e.evt.offsetX, y: e.evt.offsetY });
  const onBoothDown = (booth: Booth, e: Konva.KonvaEventObject<PointerEvent>) => {
    if (e.evt.button !== 0) return;
    e.cancelBubble = true;
    if (!selection.has(booth.id)) setSelection(new Set([booth.id]));
    gesture.current = { kind: 'drag', last: pointer(e), start: pointer(e) };
  };
  const onDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    if (gesture.current) return;
    gesture.current = { kind: e.evt.button === 1 ? 'pan' : 'marquee', last: pointer(e), start: pointer(e) };
  };
  const onMove = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const g = gesture.current;
    if (!g) return;
    const p = pointer(e);
    if (g.kind === 'pan') setView((v) => panBy(v, p.x - g.last.x, p.y - g.last.y));
    if (g.kind === 'drag') {
      const dx = (p.x - g.last.x) / view.scale;
      const dy = (p.y - g.last.y) / view.scale;
      setBooths((all) => all.map((b) => (selection.has(b.id) ? { ...b, xM: b.xM + dx, yM: b.yM + dy } : b)));
    }
    if (g.kind === 'marquee') setMarquee(boxFromPoints(toWorld(view, g.start), toWorld(view, p)));
    g.last = p;
  };
  const onUp = () => {
    if (gesture.current?.kind === 'marquee' && marquee) {
      setSelection(
        new Set(
          booths
            .filter(
              (b) =>
                b.xM >= marquee.x &&
                b.yM >= marquee.y &&
                b.xM + b.widthM <= marquee.x + marquee.width &&
                b.yM + b.depthM <= marquee.y + marquee.height,
            )
            .map((b) => b.id),
        ),
      );
      setMarquee(null);
    }
    gesture.current = null;
  };
  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    setView((v) => zoomAt(v, { x: e.evt.offsetX, y: e.evt.offsetY }, Math.exp(-e.evt.deltaY * 0.0016)));
  };
  return (
    <Stage
      width={width}
      height={height}
      x={view.x}
      y={view.y}
      scaleX={view.scale}
      scaleY={view.scale}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onWheel={onWheel}
    >
      <Layer>
        <Rect width={area.widthM} height={area.depthM} fill="#fff" stroke="#868e96" strokeWidth={1 / view.scale} />
        {booths.map((b) => (
          <NaiveBooth key={b.id} booth={b} fill={fill(b)} selected={selection.has(b.id)} scale={view.scale} onDown={onBoothDown} />
        ))}
        {marquee && <Rect {...marquee} stroke="#1864ab" strokeWidth={1 / view.scale} />}
      </Layer>
    </Stage>
  );
}

function NaiveBooth({
  booth,
  fill,
  selected,
  scale,
  onDown,
}: {
  booth: Booth;
  fill: string;
  selected: boolean;
  scale: number;
  onDown: (b: Booth, e: Konva.KonvaEventObject<PointerEvent>) => void;
}) {
  const font = Math.min(booth.widthM, booth.depthM) * 0.24;
  return (
    <Group x={booth.xM} y={booth.yM} rotation={booth.rotationDeg} onPointerDown={(e) => onDown(booth, e)}>
      <Rect
        width={booth.widthM}
        height={booth.depthM}
        fill={fill}
        stroke={selected ? '#1864ab' : '#495057'}
        strokeWidth={(selected ? 2 : 1) / scale}
      />
      {font * scale >= 6.5 && (
        <Text width={booth.widthM} height={booth.depthM} text={booth.number} fontSize={font} align="center" verticalAlign="middle" />
      )}
    </Group>
  );
}
