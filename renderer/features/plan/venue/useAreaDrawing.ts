import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { AreaDrawing, DrawingPath } from '../../../../shared/model/venue';
import { useApi } from '../../../api/client';
import { backgroundKey } from '../keys';
import { Konva } from '../canvas/konva';
import type { FloorScene } from '../canvas/scene';

/** Under the background key: the change feed's "background" announcement refetches it too. */
export const drawingKey = (fairId: string, areaId: string) => [...backgroundKey(fairId, areaId), 'drawing'];

/** The vector drawing under an area (null when none). */
export function useAreaDrawing(fairId: string, areaId: string | null) {
  const api = useApi();
  const query = useQuery({
    queryKey: drawingKey(fairId, areaId ?? ''),
    queryFn: () => api.getAreaDrawing({ fairId, areaId: areaId! }),
    enabled: !!areaId,
    staleTime: Infinity,
  });
  return query.data ?? null;
}

/** All paths as one Path2D: one native stroke per repaint, however many entities the drawing has. */
export function pathOf(paths: readonly DrawingPath[]): Path2D {
  const p = new Path2D();
  for (const { points, closed } of paths) {
    p.moveTo(points[0]!, points[1]!);
    for (let i = 2; i < points.length; i += 2) p.lineTo(points[i]!, points[i + 1]!);
    if (closed) p.closePath();
  }
  return p;
}

export const DRAWING_STROKE = '#37474f';

/**
 * Draws the drawing under the grid and booths, inside the scene's cached bitmap: it costs one
 * stroke when the plan repaints, nothing while panning. Never hit-tested.
 */
export function useVectorDrawing(scene: FloorScene | null, drawing: AreaDrawing | null): void {
  const path = useMemo(() => (drawing ? pathOf(drawing.paths) : null), [drawing]);
  useEffect(() => {
    if (!scene || !drawing || !path) return;
    const p = drawing.placement;
    const node = new Konva.Shape({
      id: 'area-drawing',
      x: p.xM,
      y: p.yM,
      rotation: p.rotationDeg,
      scaleX: p.scale,
      scaleY: p.scale,
      opacity: p.opacity,
      visible: p.visible,
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (ctx, shape) => {
        const native = (ctx as unknown as { _context: CanvasRenderingContext2D })._context;
        native.lineWidth = 1 / Math.max(1e-9, shape.getAbsoluteScale().x);
        native.strokeStyle = DRAWING_STROKE;
        native.lineJoin = 'round';
        native.stroke(path);
      },
    });
    node.setAttr('pathCount', drawing.paths.length);
    scene.backgroundGroup.add(node);
    scene.invalidate();
    return () => {
      node.destroy();
      scene.invalidate();
    };
  }, [scene, drawing, path]);
}
