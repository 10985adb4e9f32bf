import { useEffect, useRef } from 'react';
import type { Booth, Plan } from '../../../../shared/model/plan';
import { bounds, type Point } from '../model/geometry';
import { panBy, toWorld, viewAround } from '../model/view';
import { HIGHLIGHT_STROKE } from './colors';
import { capturePointer, localPoint, useCanvasFontsReady, useElementSize } from './hooks';
import { Konva } from './konva';
import type { FloorScene } from './scene';
import { FloorStage } from './FloorStage';
import { useFloorScene } from './useFloorScene';
import { ViewControls } from './ViewControls';
import { BoothTooltip } from './BoothTooltip';
import { useSpaceHeld } from './useSpaceHeld';
import './canvas.css';

export interface FloorViewProps {
  plan: Plan; // from api.getPlan({ fairId }) (shared/model/plan.ts)
  areaId: string; // which area to show; fits the area into the available size
  boothFill?: (booth: Booth) => string; // booth colour (default: zone colour or neutral)
  boothLabel?: (booth: Booth) => string | undefined; // second line under the booth number (e.g. exhibitor short name)
  highlight?: ReadonlySet<string>; // booth ids drawn emphasised (thick outline)
  onBoothClick?: (boothId: string) => void;
  onExternalDrop?: (boothId: string, event: DragEvent) => void; // HTML5 drag from a DOM list dropped onto a booth
  onBoothDrag?: (fromBoothId: string, toBoothId: string) => void; // drag one booth onto another; geometry never changes in this view
  legend?: React.ReactNode; // drawn in a corner overlay
  /** Draws the 1 m grid under the booths. */
  showGrid?: boolean;
  /** Accessible name of the canvas region. */
  ariaLabel?: string;
  /** A booth to zoom to (a new object each time, so finding the same booth again zooms again). */
  focus?: { boothId: string } | null;
  /** The hover tooltip of a booth (its whole number, exhibitor and status). */
  boothTooltip?: (booth: Booth) => string;
}

type Gesture =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pointing'; boothId: string; start: Point }
  | { kind: 'dragging'; boothId: string; ghost: Konva.Rect; grab: Point; target: string | null };

const DRAG_THRESHOLD_PX = 4;

/** A fast read-only floor view: zoom, pan, click, drop onto booths, drag one booth onto another. */
export function FloorView(props: FloorViewProps) {
  const { plan, areaId, boothFill, boothLabel, highlight, legend, showGrid, ariaLabel, focus, boothTooltip } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const fontsReady = useCanvasFontsReady();
  const handle = useFloorScene({ plan, areaId, size: fontsReady ? size : null, boothFill, boothLabel, showGrid });
  const { scene, overlayRef, dragRef } = handle;
  const callbacks = useRef(props);
  callbacks.current = props;
  const spaceHeld = useSpaceHeld();

  useHighlights(scene, overlayRef, highlight, plan, 'highlight', 3);

  const focused = useRef<object | null>(null);
  useEffect(() => {
    // Once per find: the scene of the booth's area may hold it only after the area switched.
    const booth = focus && focused.current !== focus ? scene?.index.get(focus.boothId) : undefined;
    if (!scene || !booth || !focus) return;
    focused.current = focus;
    const { width, height } = scene.viewportSize;
    scene.setView(viewAround(bounds(booth), width, height));
  }, [scene, focus, plan, areaId]);

  useEffect(() => {
    const el = scene?.stage.container();
    const drag = dragRef.current;
    const overlay = overlayRef.current;
    if (!scene || !el || !drag || !overlay) return;
    let gesture: Gesture = { kind: 'idle' };
    const dropOutline = new Konva.Rect({
      stroke: HIGHLIGHT_STROKE,
      strokeWidth: 4,
      strokeScaleEnabled: false,
      dash: [6, 4],
      listening: false,
      visible: false,
    });
    overlay.add(dropOutline);
    const boothAt = (p: Point) => scene.index.at(toWorld(scene.currentView, p));
    const showTarget = (booth: Booth | undefined) => {
      dropOutline.visible(!!booth);
      if (booth) dropOutline.setAttrs({ x: booth.xM, y: booth.yM, width: booth.widthM, height: booth.depthM, rotation: booth.rotationDeg });
      overlay.batchDraw();
    };
    const finish = () => {
      if (gesture.kind === 'dragging') gesture.ghost.destroy();
      gesture = { kind: 'idle' };
      showTarget(undefined);
      drag.batchDraw();
      el.style.cursor = '';
    };

    const onDown = (e: PointerEvent) => {
      const p = localPoint(el, e);
      const booth = e.button === 0 && !spaceHeld.current ? boothAt(p) : undefined;
      if (e.button !== 0 && e.button !== 1) return;
      capturePointer(el, e.pointerId);
      gesture = booth ? { kind: 'pointing', boothId: booth.id, start: p } : { kind: 'panning', last: p };
      if (!booth) el.style.cursor = 'grabbing';
      e.preventDefault();
    };
    const onMove = (e: PointerEvent) => {
      const p = localPoint(el, e);
      if (gesture.kind === 'panning') {
        scene.setView(panBy(scene.currentView, p.x - gesture.last.x, p.y - gesture.last.y));
        gesture.last = p;
      } else if (gesture.kind === 'pointing') {
        if (Math.hypot(p.x - gesture.start.x, p.y - gesture.start.y) < DRAG_THRESHOLD_PX) return;
        const booth = scene.index.get(gesture.boothId);
        if (!callbacks.current.onBoothDrag || !booth) {
          // Without booth-to-booth dragging, dragging from a booth pans like dragging the floor.
          gesture = { kind: 'panning', last: p };
          return;
        }
        const ghost = new Konva.Rect({
          x: booth.xM,
          y: booth.yM,
          width: booth.widthM,
          height: booth.depthM,
          rotation: booth.rotationDeg,
          fill: HIGHLIGHT_STROKE,
          opacity: 0.35,
          listening: false,
        });
        drag.add(ghost);
        const w = toWorld(scene.currentView, gesture.start);
        gesture = { kind: 'dragging', boothId: booth.id, ghost, grab: { x: w.x - booth.xM, y: w.y - booth.yM }, target: null };
        el.style.cursor = 'grabbing';
      }
      if (gesture.kind === 'dragging') {
        const w = toWorld(scene.currentView, p);
        gesture.ghost.position({ x: w.x - gesture.grab.x, y: w.y - gesture.grab.y });
        drag.batchDraw();
        const over = boothAt(p);
        const target = over && over.id !== gesture.boothId ? over : undefined;
        gesture.target = target?.id ?? null;
        showTarget(target);
      } else if (gesture.kind === 'idle') {
        el.style.cursor = !spaceHeld.current && callbacks.current.onBoothClick && boothAt(p) ? 'pointer' : '';
      }
    };
    const onUp = () => {
      const done = gesture;
      finish();
      if (done.kind === 'pointing') callbacks.current.onBoothClick?.(done.boothId);
      if (done.kind === 'dragging' && done.target) callbacks.current.onBoothDrag?.(done.boothId, done.target);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && gesture.kind === 'dragging') finish();
    };
    const onDragOver = (e: DragEvent) => {
      if (!callbacks.current.onExternalDrop) return;
      const booth = boothAt(localPoint(el, e));
      showTarget(booth);
      if (booth) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const booth = boothAt(localPoint(el, e));
      showTarget(undefined);
      if (!booth || !callbacks.current.onExternalDrop) return;
      e.preventDefault();
      callbacks.current.onExternalDrop(booth.id, e);
    };
    const onDragLeave = () => showTarget(undefined);
    const listening = new AbortController();
    const options = { signal: listening.signal };
    el.addEventListener('pointerdown', onDown, options);
    el.addEventListener('pointermove', onMove, options);
    el.addEventListener('pointerup', onUp, options);
    el.addEventListener('pointercancel', finish, options);
    el.addEventListener('dragover', onDragOver, options);
    el.addEventListener('drop', onDrop, options);
    el.addEventListener('dragleave', onDragLeave, options);
    window.addEventListener('keydown', onKey, options);
    return () => {
      listening.abort();
      dropOutline.destroy();
    };
  }, [scene, spaceHeld, overlayRef, dragRef]);

  return (
    <div className="plan-canvas" role="region" aria-label={ariaLabel}>
      <div className="plan-canvas-stage" ref={containerRef} data-testid="floor-view">
        {fontsReady && size && <FloorStage handle={handle} size={size} />}
      </div>
      {boothTooltip && <BoothTooltip scene={scene} text={boothTooltip} />}
      {legend && <div className="plan-canvas-legend">{legend}</div>}
      <ViewControls scene={scene} onFit={handle.fitArea} />
    </div>
  );
}

/** Thick outlines over the given booths, on the overlay layer (never in the cached bitmap). */
export function useHighlights(
  scene: FloorScene | null,
  layerRef: React.RefObject<Konva.Layer | null>,
  ids: ReadonlySet<string> | undefined,
  content: unknown,
  name: string,
  widthPx: number,
  colour = HIGHLIGHT_STROKE,
): void {
  const groupRef = useRef<Konva.Group | null>(null);
  useEffect(() => {
    const layer = layerRef.current;
    if (!scene || !layer) return;
    const group = new Konva.Group({ name, listening: false });
    layer.add(group);
    groupRef.current = group;
    return () => {
      group.destroy();
      groupRef.current = null;
    };
  }, [scene, layerRef, name]);
  useEffect(() => {
    const group = groupRef.current;
    if (!scene || !group) return;
    group.destroyChildren();
    for (const id of ids ?? []) {
      const b = scene.index.get(id);
      if (!b) continue;
      group.add(
        new Konva.Rect({
          id: `${name}-${id}`,
          x: b.xM,
          y: b.yM,
          width: b.widthM,
          height: b.depthM,
          rotation: b.rotationDeg,
          stroke: colour,
          strokeWidth: widthPx,
          strokeScaleEnabled: false,
          listening: false,
          perfectDrawEnabled: false,
        }),
      );
    }
    group.getLayer()?.batchDraw();
    // `content` changes with the booths: outlines follow moved booths.
  }, [scene, ids, content, name, widthPx, colour]);
}
