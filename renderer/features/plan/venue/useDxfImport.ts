import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Booth } from '../../../../shared/model/plan';
import { DEFAULT_DRAWING_PLACEMENT, type AreaDrawing, type DrawingContent } from '../../../../shared/model/venue';
import type { DetectedBooth } from '../../../../shared/venue/dxf-booths';
import { useApi } from '../../../api/client';
import { isRectangle, normalizeOutline, rectangleOutline } from '../../../../shared/plan/outline';
import { addBooths, round } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import type { EditResult, SideEffect } from '../editor/editorTypes';
import { defaults } from '../editor/records';
import { drawingKey } from './useAreaDrawing';

export interface DxfImportPlan {
  content: DrawingContent;
  /** In metres, on the area. */
  booths: DetectedBooth[];
  /** The drawing's size in metres: the area grows to hold it. */
  extent: { widthM: number; depthM: number };
  /** The area's outline from a closed polyline, in metres of the area: the area takes that shape. */
  outline?: { x: number; y: number }[];
}

/**
 * Lands an import as ONE step of the editor's history and ONE transaction of the file: the booths,
 * the area grown to hold the drawing, and the drawing itself. Undo takes all of it away (and puts
 * back a drawing it replaced), again in one transaction.
 */
export function useDxfImport(editor: PlanEditor, fairId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(
    (plan: DxfImportPlan, previous: AreaDrawing | null): EditResult => {
      const area = editor.area;
      if (!area) return { ok: false, problem: { code: 'noArea' } };
      const booths: Booth[] = plan.booths.map((b) => ({
        ...defaults.booth(editor.newId(), area.id, b.number, { xM: b.xM, yM: b.yM }, { widthM: b.widthM, depthM: b.depthM }),
        rotationDeg: b.rotationDeg,
      }));
      const diff = addBooths(booths);
      const widthM = Math.max(area.widthM, round(Math.ceil(plan.extent.widthM * 10) / 10));
      const depthM = Math.max(area.depthM, round(Math.ceil(plan.extent.depthM * 10) / 10));
      if (plan.outline) {
        const shaped = normalizeOutline(plan.outline);
        diff.updated.areas = [[area, { ...area, outline: shaped.outline, widthM: shaped.widthM, depthM: shaped.depthM }]];
      } else if (widthM !== area.widthM || depthM !== area.depthM)
        diff.updated.areas = [
          [area, { ...area, widthM, depthM, outline: isRectangle(area) ? rectangleOutline(widthM, depthM) : area.outline }],
        ];
      const ref = { fairId, areaId: area.id };
      const refresh = () => client.invalidateQueries({ queryKey: drawingKey(fairId, area.id) });
      // The drawing and the booths in one call, one transaction: all of the import lands, or none of it.
      const before = previous ? { content: previous, placement: previous.placement } : null;
      const after = { content: plan.content, placement: DEFAULT_DRAWING_PLACEMENT };
      const effect: SideEffect = {
        saveWith: (changes, undoing) => api.importAreaDrawing({ ...ref, drawing: undoing ? before : after, changes }).finally(refresh),
      };
      const result = editor.commit(diff, 'import', effect);
      if (result.ok) editor.select(booths.map((b) => b.id));
      return result;
    },
    [api, client, editor, fairId],
  );
}
