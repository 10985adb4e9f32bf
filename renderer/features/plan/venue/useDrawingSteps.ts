import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AreaDrawing, DrawingPlacement } from '../../../../shared/model/venue';
import { useApi } from '../../../api/client';
import type { PlanEditor } from '../editor/editor';
import type { EditResult } from '../editor/editorTypes';
import { emptyDiff } from '../editor/records';
import { placementStep } from './placementStep';
import { drawingKey } from './useAreaDrawing';

/** Changes to an area's drawing as steps of the editor's history: Ctrl+Z puts it back as it was. */
export function useDrawingSteps(editor: PlanEditor, fairId: string, drawing: AreaDrawing | null) {
  const api = useApi();
  const client = useQueryClient();
  const place = useCallback(
    (to: DrawingPlacement, action = 'place drawing'): EditResult => {
      if (!drawing) return { ok: true };
      const ref = { fairId, areaId: drawing.areaId };
      return placementStep<DrawingPlacement, AreaDrawing>(
        editor,
        client,
        drawingKey(fairId, drawing.areaId),
        (d, placement) => ({ ...d, placement }),
        { from: drawing.placement, to, action },
        (from, placement) => api.placeAreaDrawing({ ...ref, from, placement }),
      );
    },
    [api, client, editor, fairId, drawing],
  );
  const remove = useCallback((): EditResult => {
    if (!drawing) return { ok: true };
    const ref = { fairId, areaId: drawing.areaId };
    const refresh = () => client.invalidateQueries({ queryKey: drawingKey(fairId, drawing.areaId) });
    return editor.commit(emptyDiff(), 'remove drawing', {
      apply: () => api.removeAreaDrawing(ref).finally(refresh),
      revert: () => api.setAreaDrawing({ ...ref, content: drawing, placement: drawing.placement }).finally(refresh),
    });
  }, [api, client, editor, fairId, drawing]);
  return { place, remove };
}
