import { useEffect, useMemo, useRef, useState } from 'react';
import type { AreaBackground, BackgroundPlacement, Booth, Plan } from '../../../../shared/model/plan';
import { useBackgroundImage } from '../background/useBackgroundImage';
import { useVectorDrawing } from '../venue/useAreaDrawing';
import type { AreaDrawing } from '../../../../shared/model/venue';
import type { EditProblem } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import type { BlockSpec } from '../editor/generator';
import { sortedAreas } from '../editor/records';
import type { Box, Point } from '../model/geometry';
import { toWorld, viewAround } from '../model/view';
import { useEditorSelect, useEditorState } from '../ui/useEditor';
import { EditorGestures } from './editorGestures';
import { whenIdle } from '../../../ui/idle';
import { useCanvasFontsReady, useElementSize } from './hooks';
import { Overlay } from './overlay';
import { ScaleBar } from './ScaleBar';
import type { FloorScene } from './scene';
import { FloorStage } from './FloorStage';
import { useFloorScene } from './useFloorScene';
import { useSpaceHeld } from './useSpaceHeld';
import { ViewControls } from './ViewControls';
import { BoothTooltip } from './BoothTooltip';
import type { Measurement } from './measure';
import type { OutlineEvents } from './outlineTool';

export type OutlineRefusal = Parameters<OutlineEvents['refused']>[0];
import { Rulers } from './Rulers';
import { useDimensionNodes } from './dimensionNodes';
import './canvas.css';

export interface CanvasApi {
  scene: FloorScene;
  zoomTo: (box: Box) => void;
  fitArea: () => void;
  /** The middle of the view, in metres. */
  viewCentre: () => Point;
}

interface Props {
  editor: PlanEditor;
  boothFill: (booth: Booth) => string;
  /** Booths and features to mark as problems (from the checks). */
  issueIds: ReadonlySet<string>;
  ariaLabel: string;
  legend?: React.ReactNode;
  onRefused: (problem: EditProblem) => void;
  onPlaceBlock: (spec: BlockSpec, at: { xM: number; yM: number }) => void;
  onReady?: (api: CanvasApi | null) => void;
  background?: AreaBackground | null;
  /** The vector drawing imported from DXF. */
  drawing?: AreaDrawing | null;
  onCalibrate?: (a: Point, b: Point) => void;
  onMeasure?: (m: Measurement | null) => void;
  /** A right click: the item under it is selected first; `at` is the place on the plan in metres. */
  onContextMenu?: (client: Point, at: Point) => void;
  /** The hover tooltip of a booth (its whole number, exhibitor and status). */
  boothTooltip?: (booth: Booth) => string;
  /** The outline tool refused a shape (crossing itself, too few corners) or the plan refused it. */
  onOutlineRefused?: (problem: OutlineRefusal) => void;
  /** Corners placed so far while drawing an outline; null when not drawing. */
  onOutlineProgress?: (corners: number | null) => void;
  /** The background image moved, turned or scaled with its handles: one undoable step. */
  onPlaceBackground?: (placement: BackgroundPlacement, action: string) => void;
}

/** The editing canvas: the cached floor scene, an overlay for selection and handles, a drag layer. */
export function EditorCanvas({
  editor,
  boothFill,
  issueIds,
  ariaLabel,
  legend,
  onRefused,
  onPlaceBlock,
  onReady,
  background = null,
  drawing = null,
  onCalibrate,
  onMeasure,
  onContextMenu,
  boothTooltip,
  onOutlineRefused,
  onOutlineProgress,
  onPlaceBackground,
}: Props) {
  useEditorState(editor);
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const fontsReady = useCanvasFontsReady();
  const { doc, areaId, selection } = editor;
  const plan = useSceneRecords(editor);
  const booths = useEditorSelect(editor, (e) => e.areaBooths());
  const handle = useFloorScene({
    plan,
    booths,
    areaId: areaId ?? '',
    size: fontsReady ? size : null,
    boothFill,
    showGrid: true,
    neighbours: true,
  });
  const { scene, overlayRef, dragRef } = handle;
  const spaceHeld = useSpaceHeld();
  const [parts, setParts] = useState<{ overlay: Overlay; gestures: EditorGestures } | null>(null);
  // The latest callbacks, read by the gestures when they fire (the gestures are not rebuilt for new props).
  const latest = { onRefused, onPlaceBlock, onCalibrate, onMeasure, onContextMenu, onOutlineRefused, onOutlineProgress, onPlaceBackground };
  const callbacks = useRef(latest);
  callbacks.current = latest;
  useBackgroundImage(scene, background);
  useVectorDrawing(scene, drawing);
  const dimensions = useMemo(() => [...doc.dimensions.values()].filter((d) => d.areaId === areaId), [doc.dimensions, areaId]);
  useDimensionNodes(scene, dimensions, selection);

  useEffect(() => {
    const overlayLayer = overlayRef.current;
    const dragLayer = dragRef.current;
    if (!scene || !overlayLayer || !dragLayer) return;
    const overlay = new Overlay(overlayLayer);
    const gestures = new EditorGestures(scene, overlay, dragLayer, editor, spaceHeld);
    gestures.onRefused = (p) => callbacks.current.onRefused(p);
    gestures.onPlaceBlock = (spec, at) => callbacks.current.onPlaceBlock(spec, at);
    gestures.onCalibrate = (a, b) => callbacks.current.onCalibrate?.(a, b);
    gestures.measure.onChange = (m) => callbacks.current.onMeasure?.(m);
    gestures.image.onPlace = (p, action) => callbacks.current.onPlaceBackground?.(p, action);
    const el = scene.stage.container();
    const onMenu = (e: MouseEvent) => {
      e.preventDefault();
      if (gestures.busy) return;
      const at = toWorld(scene.currentView, {
        x: e.clientX - el.getBoundingClientRect().left,
        y: e.clientY - el.getBoundingClientRect().top,
      });
      const item = editor.index().at(at) ?? scene.featureAt(at);
      if (item && !editor.selection.has(item.id)) editor.select([item.id]);
      else if (!item) editor.select([]);
      callbacks.current.onContextMenu?.({ x: e.clientX, y: e.clientY }, at);
    };
    el.addEventListener('contextmenu', onMenu);
    const onView = (v: Parameters<Overlay['setView']>[0]) => {
      overlay.setView(v);
      gestures.measure.redraw();
      gestures.outline.redraw();
      gestures.image.redraw();
    };
    gestures.outline.events = {
      refused: (p) => callbacks.current.onOutlineRefused?.(p),
      progress: (n) => callbacks.current.onOutlineProgress?.(n),
    };
    scene.viewListeners.add(onView);
    overlay.setView(scene.currentView);
    setParts({ overlay, gestures });
    return () => {
      el.removeEventListener('contextmenu', onMenu);
      scene.viewListeners.delete(onView);
      gestures.destroy();
      overlayLayer.destroyChildren();
      setParts(null);
    };
  }, [scene, editor, spaceHeld, overlayRef, dragRef]);

  // The editor's spatial index (what a press looks up) is brought up to date while the plan rests,
  // not on the person's first press: on a 20,000-booth plan its build is a pause of its own.
  useEffect(() => whenIdle(() => editor.index()), [editor, areaId, doc]);

  // Runs after the scene has drawn the committed booths and features: the drag copies can go now.
  useEffect(() => parts?.gestures.settle(), [parts, doc]);

  useEffect(() => {
    if (!parts) return;
    const items = [...selection].map((id) => doc.booths.get(id) ?? doc.features.get(id)).filter((r) => !!r);
    parts.overlay.setSelection(items);
  }, [parts, selection, doc]);

  useEffect(() => {
    if (!parts) return;
    parts.overlay.setIssues([...issueIds].map((id) => doc.booths.get(id) ?? doc.features.get(id)).filter((r) => !!r));
  }, [parts, issueIds, doc]);

  useEffect(() => {
    if (editor.tool.kind !== 'block') parts?.gestures.clearPreview();
    if (editor.tool.kind !== 'calibrate') parts?.gestures.resetCalibration();
    if (editor.tool.kind !== 'measure' && editor.tool.kind !== 'dimension') parts?.gestures.measure.reset();
  }, [parts, editor.tool]);

  // The background's frame and handles follow the tool and every change of its placement (undo included).
  useEffect(() => parts?.gestures.image.setBackground(background), [parts, background]);
  useEffect(() => {
    if (editor.tool.kind === 'background') parts?.gestures.image.show();
    else parts?.gestures.image.hide();
  }, [parts, editor.tool]);

  // The outline's handles follow the tool, the area and every change of its outline (undo included).
  const area = editor.area;
  useEffect(() => {
    if (!parts) return;
    if (editor.tool.kind === 'outline' && area) parts.gestures.outline.show();
    else parts.gestures.outline.hide();
  }, [parts, editor.tool, area]);

  useEffect(() => {
    if (!scene) return onReady?.(null);
    const zoomTo = (box: Box) => {
      const { width, height } = scene.viewportSize;
      scene.setView(viewAround(box, width, height));
    };
    const viewCentre = () => toWorld(scene.currentView, { x: scene.viewportSize.width / 2, y: scene.viewportSize.height / 2 });
    onReady?.({ scene, zoomTo, fitArea: handle.fitArea, viewCentre });
  }, [scene, handle, onReady]);

  return (
    <div className="plan-canvas with-rulers" role="region" aria-label={ariaLabel}>
      <div className="plan-canvas-stage" ref={containerRef} data-testid="plan-canvas">
        {fontsReady && size && <FloorStage handle={handle} size={size} />}
      </div>
      <Rulers scene={scene} />
      {boothTooltip && <BoothTooltip scene={scene} text={boothTooltip} />}
      {legend && <div className="plan-canvas-legend">{legend}</div>}
      <ScaleBar scene={scene} />
      <ViewControls scene={scene} onFit={handle.fitArea} />
    </div>
  );
}

/**
 * What the scene draws besides the area's booths, each list made again only when its own records
 * change: a booth moved copies no other list. The other areas' booths (drawn faded around this
 * one) come from the editor's kept lists, joined again only when one of them changed.
 */
function useSceneRecords(editor: PlanEditor): Plan {
  const { areas, zones, features } = editor.doc;
  const sorted = useMemo(() => sortedAreas({ areas }), [areas]);
  const zoneList = useMemo(() => [...zones.values()], [zones]);
  const featureList = useMemo(() => [...features.values()], [features]);
  const lists = sorted.length < 2 ? [] : sorted.filter((a) => a.id !== editor.areaId).map((a) => editor.areaBoothsOf(a.id));
  const others = useRef<{ lists: (readonly Booth[])[]; booths: Booth[] }>({ lists: [], booths: [] });
  if (lists.length !== others.current.lists.length || lists.some((l, i) => l !== others.current.lists[i]))
    others.current = { lists, booths: lists.flat() };
  const booths = others.current.booths;
  return useMemo(() => ({ areas: sorted, zones: zoneList, features: featureList, booths }), [sorted, zoneList, featureList, booths]);
}
