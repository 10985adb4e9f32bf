import { memo, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import type { Booth, Plan } from '../../../../shared/model/plan';
import { zoneFill } from '../canvas/colors';
import { boxFromPoints, containsPoint, type Box, type Point } from '../model/geometry';
import { fitBox, panBy, toWorld, zoomAt, type View } from '../model/view';
import type { BenchSurface } from './surface';

/**
 * Baseline: a reasonable naive react-konva plan, as a careful developer would first write it — one
 * memoised component per booth, shapes that do not listen, one stage handler that finds the booth
 * under the pointer by scanning, pan, zoom and drag applied to the Konva nodes while the pointer moves
 * and committed to React state when it is released. What it lacks: a cached bitmap, culling,
 * painting many booths in one pass, a spatial index, drawing spread over frames.
 */
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
  const [fill] = useState(() => zoneFill(plan));
  const [view, setView] = useState<View>(() => fitBox({ x: 0, y: 0, width: area.widthM, height: area.depthM }, width, height));
  const [booths, setBooths] = useState(plan.booths);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [marquee, setMarquee] = useState<Box | null>(null);
  const stageRef = useRef<Konva.Stage | null>(null);
  const gesture = useRef<{ kind: 'pan' | 'drag' | 'marquee'; last: Point; start: Point; view: View } | null>(null);
  const live = useRef({ view, selection, booths });
  live.current = { ...live.current, selection, booths };
  expose({
    toScreen: (p) => {
      const v = live.current.view;
      return { x: p.x * v.scale + v.x, y: p.y * v.scale + v.y };
    },
    select: (ids) => setSelection(new Set(ids)),
    selectedCount: () => live.current.selection.size,
    isSelected: (id) => live.current.selection.has(id),
    committedAt: (id) => {
      const b = live.current.booths.find((x) => x.id === id);
      return b && { x: b.xM, y: b.yM };
    },
  });

  const applyView = (v: View) => {
    live.current.view = v;
    const stage = stageRef.current!;
    stage.position({ x: v.x, y: v.y });
    stage.scale({ x: v.scale, y: v.scale });
    stage.batchDraw();
  };
  const pointer = (e: Konva.KonvaEventObject<PointerEvent>) => ({ x: e.evt.offsetX, y: e.evt.offsetY });
  const onDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const p = pointer(e);
    const v = live.current.view;
    if (e.evt.button === 1) {
      gesture.current = { kind: 'pan', last: p, start: p, view: v };
      return;
    }
    const w = toWorld(v, p);
    const hit = [...live.current.booths].reverse().find((b) => containsPoint(b, w));
    if (hit && !selection.has(hit.id)) setSelection(new Set([hit.id]));
    gesture.current = { kind: hit ? 'drag' : 'marquee', last: p, start: p, view: v };
  };
  const onMove = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const g = gesture.current;
    if (!g) return;
    const p = pointer(e);
    const v = live.current.view;
    if (g.kind === 'pan') applyView(panBy(v, p.x - g.last.x, p.y - g.last.y));
    if (g.kind === 'drag') {
      const stage = stageRef.current!;
      for (const id of live.current.selection)
        stage.findOne(`#n-${id}`)?.move({ x: (p.x - g.last.x) / v.scale, y: (p.y - g.last.y) / v.scale });
      stage.batchDraw();
    }
    if (g.kind === 'marquee') setMarquee(boxFromPoints(toWorld(v, g.start), toWorld(v, p)));
    g.last = p;
  };
  const onUp = () => {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    const v = live.current.view;
    if (g.kind === 'pan') setView(v);
    if (g.kind === 'drag') {
      const dx = (g.last.x - g.start.x) / v.scale;
      const dy = (g.last.y - g.start.y) / v.scale;
      const sel = live.current.selection;
      if (dx || dy) setBooths((all) => all.map((b) => (sel.has(b.id) ? { ...b, xM: b.xM + dx, yM: b.yM + dy } : b)));
    }
    if (g.kind === 'marquee' && marquee) {
      const inside = (b: Booth) =>
        b.xM >= marquee.x &&
        b.yM >= marquee.y &&
        b.xM + b.widthM <= marquee.x + marquee.width &&
        b.yM + b.depthM <= marquee.y + marquee.height;
      setSelection(new Set(booths.filter(inside).map((b) => b.id)));
      setMarquee(null);
    }
  };
  const wheelEnd = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    applyView(zoomAt(live.current.view, { x: e.evt.offsetX, y: e.evt.offsetY }, Math.exp(-e.evt.deltaY * 0.0016)));
    // Labels and strokes follow the zoom once the wheel rests.
    clearTimeout(wheelEnd.current);
    wheelEnd.current = setTimeout(() => setView(live.current.view), 140);
  };
  return (
    <Stage
      ref={stageRef}
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
        <Rect width={area.widthM} height={area.depthM} fill="#fff" stroke="#868e96" strokeWidth={1 / view.scale} listening={false} />
        {booths.map((b) => (
          <NaiveBooth key={b.id} booth={b} fill={fill(b)} selected={selection.has(b.id)} scale={view.scale} />
        ))}
        {marquee && <Rect {...marquee} stroke="#1864ab" strokeWidth={1 / view.scale} listening={false} />}
      </Layer>
    </Stage>
  );
}

const NaiveBooth = memo(function NaiveBooth({
  booth,
  fill,
  selected,
  scale,
}: {
  booth: Booth;
  fill: string;
  selected: boolean;
  scale: number;
}) {
  const font = Math.min(booth.widthM, booth.depthM) * 0.24;
  return (
    <Group id={`n-${booth.id}`} x={booth.xM} y={booth.yM} rotation={booth.rotationDeg} listening={false}>
      <Rect
        width={booth.widthM}
        height={booth.depthM}
        fill={fill}
        stroke={selected ? '#1864ab' : '#495057'}
        strokeWidth={(selected ? 2 : 1) / scale}
        listening={false}
        perfectDrawEnabled={false}
      />
      {font * scale >= 6.5 && (
        <Text
          width={booth.widthM}
          height={booth.depthM}
          text={booth.number}
          fontSize={font}
          align="center"
          verticalAlign="middle"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
