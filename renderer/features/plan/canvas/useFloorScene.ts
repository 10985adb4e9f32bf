import { useEffect, useMemo, useRef, useState } from 'react';
import type { Area, Booth, Plan } from '../../../../shared/model/plan';
import { fitBox, zoomAt, type View } from '../model/view';
import { zoneFill } from './colors';
import { localPoint, wheelZoomFactor } from './hooks';
import type { Konva } from './konva';
import { FloorScene } from './scene';
import { neighboursOf } from './neighbours';

export interface FloorSceneOptions {
  plan: Plan;
  areaId: string;
  size: { width: number; height: number } | null;
  boothFill?: (booth: Booth) => string;
  boothLabel?: (booth: Booth) => string | undefined;
  showGrid?: boolean;
  /** The area's booths, drawn instead of the plan's (the editor's list, kept between edits: not filtered again). */
  booths?: readonly Booth[];
  /** Draws the site's other areas faded around this one, at their places. */
  neighbours?: boolean;
}

export interface SceneHandle {
  scene: FloorScene | null;
  stageRef: React.RefObject<Konva.Stage | null>;
  staticLayerRef: React.RefObject<Konva.Layer | null>;
  /** Selection, handles, guides and highlights, above the plan. */
  overlayRef: React.RefObject<Konva.Layer | null>;
  /** What is being dragged, on top. */
  dragRef: React.RefObject<Konva.Layer | null>;
  /** Sets the view and redraws; no React state changes, so it is cheap on every pointer move. */
  setView: (view: View) => void;
  fitArea: () => void;
}

const NO_LABEL = () => undefined;

/** Owns the FloorScene of a stage: keeps it in sync with the plan, the area and the viewport size. */
export function useFloorScene(opts: FloorSceneOptions): SceneHandle {
  const stageRef = useRef<Konva.Stage | null>(null);
  const staticLayerRef = useRef<Konva.Layer | null>(null);
  const overlayRef = useRef<Konva.Layer | null>(null);
  const dragRef = useRef<Konva.Layer | null>(null);
  const [scene, setScene] = useState<FloorScene | null>(null);
  const { plan, areaId, size, boothFill, boothLabel, showGrid = false } = opts;
  const area = plan.areas.find((a) => a.id === areaId);
  const booths = useMemo(() => opts.booths ?? plan.booths.filter((b) => b.areaId === areaId), [opts.booths, plan.booths, areaId]);
  const features = useMemo(() => plan.features.filter((f) => f.areaId === areaId), [plan.features, areaId]);
  const zones = plan.zones;
  const defaultFill = useMemo(() => zoneFill({ zones }), [zones]);
  const fitted = useRef<string | null>(null);
  const fittedView = useRef<View | null>(null);
  const lastSize = useRef<{ width: number; height: number } | null>(null);

  const ready = !!size;
  useEffect(() => {
    const stage = stageRef.current;
    const layer = staticLayerRef.current;
    if (!ready || !stage || !layer) return;
    const created = new FloorScene(stage, layer);
    setScene(created);
    return () => {
      created.destroy();
      setScene(null);
      fitted.current = null;
      lastSize.current = null;
    };
  }, [ready]);

  // The view the last "fit" produced: until the person pans or zooms, a resize (a side panel
  // opening, the window growing) fits again; after that, it keeps the centre where it was.
  useEffect(() => {
    if (!scene || !size) return;
    const before = lastSize.current;
    lastSize.current = size;
    if (before && before.width === size.width && before.height === size.height) return;
    const view = scene.currentView;
    const untouched = fittedView.current === view;
    scene.setSize(size.width, size.height);
    if (!before) return;
    if (untouched) fitTo(scene, area, fittedView);
    else scene.setView({ ...view, x: view.x + (size.width - before.width) / 2, y: view.y + (size.height - before.height) / 2 });
  }, [scene, size, area]);
  useEffect(() => scene?.setArea(area, showGrid), [scene, area, showGrid]);
  useEffect(() => scene?.setFeatures(features), [scene, features]);
  const withNeighbours = opts.neighbours ?? false;
  useEffect(() => scene?.setNeighbours(withNeighbours ? neighboursOf(plan, area) : []), [scene, withNeighbours, plan, area]);
  useEffect(() => {
    scene?.setBooths(booths, { fill: boothFill ?? defaultFill, label: boothLabel ?? NO_LABEL });
  }, [scene, booths, boothFill, boothLabel, defaultFill]);

  const handle = useMemo<SceneHandle>(() => {
    const fitArea = () => {
      if (scene) fitTo(scene, area, fittedView);
    };
    return { scene, stageRef, staticLayerRef, overlayRef, dragRef, setView: (v) => scene?.setView(v), fitArea };
  }, [scene, area]);

  // A new area (or the first size) shows the whole area.
  useEffect(() => {
    if (!scene || !size || fitted.current === areaId) return;
    fitted.current = areaId;
    handle.fitArea();
  }, [scene, size, areaId, handle]);

  // Wheel or pinch zooms around the cursor.
  useEffect(() => {
    const container = scene?.stage.container();
    if (!scene || !container) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      scene.setView(zoomAt(scene.currentView, localPoint(container, event), wheelZoomFactor(event)));
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => container.removeEventListener('wheel', onWheel);
  }, [scene]);

  return handle;
}

/** Shows the whole area (or, without one, everything drawn) and remembers the view that gave. */
function fitTo(scene: FloorScene, area: Area | undefined, fitted: { current: View | null }): void {
  const box = area ? { x: 0, y: 0, width: area.widthM, height: area.depthM } : scene.contentBounds();
  const { width, height } = scene.viewportSize;
  if (!box) return;
  scene.setView(fitBox(box, width, height));
  fitted.current = scene.currentView;
}
