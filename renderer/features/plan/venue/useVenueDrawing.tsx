import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useWords } from '../ui/useWords';
import type { Area, BackgroundPlacement } from '../../../../shared/model/plan';
import type { DrawingPlacement } from '../../../../shared/model/venue';
import type { EditResult } from '../editor/editorTypes';
import { alignByPairs, nearestPlacedVertex } from '../../../../shared/venue/align';
import type { PlanEditor } from '../editor/editor';
import type { Point } from '../model/geometry';
import { DxfImportDialog, isDxfName, loadDxf } from './DxfImportDialog';
import { useAreaDrawing } from './useAreaDrawing';
import { useDrawingSteps } from './useDrawingSteps';
import { VenuePanel } from './VenuePanel';

/** Screen pixels within which a click takes the drawing's corner. */
const SNAP_PX = 12;

/**
 * The venue drawing of the current area, for the plan screen: the panel, the import dialog (also
 * opened by dropping a .dxf on the plan), and lining up by two point pairs on the canvas.
 */
export function useVenueDrawing(
  editor: PlanEditor,
  fairId: string,
  area: Area | undefined,
  view: { scale: () => number; fitArea: () => void },
  /** The area's background image, lined up by two point pairs the same way. */
  image: { placement: BackgroundPlacement | null; place: (p: BackgroundPlacement, action: string) => EditResult },
) {
  const t = useWords('venue');
  const drawing = useAreaDrawing(fairId, area?.id ?? null);
  const steps = useDrawingSteps(editor, fairId, drawing);
  const [importing, setImporting] = useState<{ initial: Awaited<ReturnType<typeof loadDxf>> | null } | null>(null);
  const [pairs, setPairs] = useState<[Point, Point][] | null>(null);
  const [target, setTarget] = useState<'drawing' | 'image'>('drawing');
  const [refusal, setRefusal] = useState<string | null>(null);
  /** A dropped DXF being read: how far it has come (0…1). */
  const [reading, setReading] = useState<number | null>(null);

  const tool = editor.tool.kind;
  useEffect(() => {
    if (pairs && tool !== 'calibrate') setPairs(null);
  }, [pairs, tool]);

  /** Two clicks of the canvas's point tool: a pair while lining up. False when not lining up. */
  const takePoints = useCallback(
    (a: Point, b: Point): boolean => {
      if (!pairs) return false;
      const imageP = image.placement;
      // The image lines up as a drawing whose unit is its pixel.
      const asDrawing: DrawingPlacement | null =
        target === 'image' ? imageP && { ...imageP, scale: imageP.metresPerPixel } : (drawing?.placement ?? null);
      if (!asDrawing) return false;
      const from =
        (target === 'drawing' && drawing && nearestPlacedVertex(drawing.placement, drawing.paths, a, SNAP_PX / view.scale())) || a;
      const next = [...pairs, [from, b] as [Point, Point]];
      if (next.length < 2) {
        setPairs(next);
        editor.setTool({ kind: 'calibrate' });
        return true;
      }
      setPairs(null);
      const placed = alignByPairs(asDrawing, [next[0]![0], next[1]![0]], [next[0]![1], next[1]![1]]);
      if (!placed) setRefusal(t('drawing.samePoints'));
      else {
        setRefusal(null);
        if (target === 'drawing') steps.place(placed, 'align drawing');
        else if (imageP) {
          const { xM, yM, rotationDeg, scale } = placed;
          image.place({ ...imageP, xM, yM, rotationDeg, metresPerPixel: scale }, 'align background');
        }
      }
      return true;
    },
    [pairs, drawing, view, editor, steps, t, target, image],
  );

  const onDrop = useCallback((e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file || !isDxfName(file.name)) return;
    // A DXF dropped on the plan is this screen's: the window's drop handling sees it taken and leaves it.
    e.preventDefault();
    setReading(0);
    void loadDxf(file, setReading).then((initial) => {
      setReading(null);
      setImporting({ initial });
    });
  }, []);

  const startAligning = useCallback(
    (what: 'drawing' | 'image') => {
      setTarget(what);
      setPairs([]);
      setRefusal(null);
      editor.setTool({ kind: 'calibrate' });
    },
    [editor],
  );
  const hint = pairs
    ? t('drawing.aligning', { pair: pairs.length + 1 })
    : reading !== null
      ? t('dxf.progress', { percent: Math.round(reading * 100) })
      : refusal;
  const panel = area ? (
    <VenuePanel
      drawing={drawing}
      areaName={area.name}
      aligning={pairs && target === 'drawing' ? pairs.length : null}
      onImport={() => setImporting({ initial: null })}
      onPlace={(p, action) => steps.place(p, action)}
      onRemove={() => steps.remove()}
      onAlign={() => startAligning('drawing')}
      onCancelAlign={() => editor.setTool({ kind: 'select' })}
    />
  ) : null;
  const dialog =
    importing && area ? (
      <DxfImportDialog
        editor={editor}
        fairId={fairId}
        initial={importing.initial && 'drawing' in importing.initial ? importing.initial : null}
        problem={importing.initial && 'problem' in importing.initial ? importing.initial : null}
        previous={drawing}
        onImported={() => requestAnimationFrame(() => view.fitArea())}
        onClose={() => setImporting(null)}
      />
    ) : null;
  return {
    drawing,
    panel,
    dialog,
    takePoints,
    onDrop,
    hint,
    aligning: !!pairs,
    imageAligning: pairs && target === 'image' ? pairs.length : null,
    alignImage: () => startAligning('image'),
  };
}
