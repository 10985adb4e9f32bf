import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, Booth } from '../../../../shared/model/plan';
import { boothsLeftOutside } from '../../../../shared/plan/checks';
import { FormDialog } from '../../../ui/FormDialog';
import { emptyDiff } from '../editor/records';
import { defaults } from '../editor/records';
import type { PlanEditor } from '../editor/editor';
import { parseNumber, useProblemText } from './problems';
import { isRectangle, rectangleOutline } from '../../../../shared/plan/outline';
import { freeSiteSpot } from '../editor/outline';
import { numberOrder } from '../editor/numbering';

/** Creates an area (name, width × depth in metres) or edits the current one. */
export function AreaDialog({ editor, area, onClose }: { editor: PlanEditor; area: Area | null; onClose: () => void }) {
  const { t } = useTranslation(['plan', 'common', 'planSite']);
  const problemText = useProblemText();
  const [name, setName] = useState(area?.name ?? '');
  const [width, setWidth] = useState(area ? String(area.widthM) : '');
  const [depth, setDepth] = useState(area ? String(area.depthM) : '');
  const [errors, setErrors] = useState<{ name?: string; width?: string; depth?: string; form?: string }>({});
  const shaped = !!area && !isRectangle(area);
  /** A new area drawn as a polygon straight away: created, then the Outline tool is ready on it. */
  const [drawOutline, setDrawOutline] = useState(false);
  const save = () => {
    const w = parseNumber(width);
    const d = parseNumber(depth);
    const next = {
      name: name.trim() ? undefined : t('common:required'),
      width: w === null ? t('problems.notNumber') : w <= 0 ? t('problems.badSize') : undefined,
      depth: d === null ? t('problems.notNumber') : d <= 0 ? t('problems.badSize') : undefined,
    };
    setErrors(next);
    if (next.name || next.width || next.depth || w === null || d === null) return;
    if (area) {
      // A smaller area may not leave booths outside it (the file refuses it too): say which, change nothing.
      const outside = boothsLeftOutside(area, { widthM: w, depthM: d }, editor.areaBoothsOf(area.id));
      if (outside.length > 0) return setErrors({ form: t('warn.shrink', { count: outside.length, numbers: listNumbers(outside) }) });
    }
    const diff = emptyDiff();
    const id = area?.id ?? editor.newId();
    // A rectangle keeps its outline the rectangle; a drawn outline keeps its corners (its size follows them).
    const outline = area && !shaped ? rectangleOutline(w, d) : area?.outline;
    if (area) diff.updated.areas = [[area, { ...area, name: name.trim(), widthM: w, depthM: d, outline: outline ?? [] }]];
    else
      diff.added.areas = [
        defaults.area(
          id,
          name.trim(),
          w,
          d,
          Math.max(-1, ...[...editor.doc.areas.values()].map((a) => a.sortOrder)) + 1,
          freeSiteSpot(editor.doc),
        ),
      ];
    const result = editor.commit(diff, area ? 'area' : 'newArea');
    if (!result.ok) return setErrors({ form: problemText(result.problem) });
    editor.setArea(id);
    if (!area && drawOutline) editor.setTool({ kind: 'outline' });
    onClose();
  };
  const title = area ? t('area.edit') : t('area.new');
  return (
    <FormDialog title={title} onClose={onClose} onSubmit={() => save()} submitLabel={area ? t('common:save') : t('common:create')}>
      <label className="field">
        <span>{t('area.name')}</span>
        <input value={name} autoFocus aria-invalid={errors.name ? 'true' : undefined} onChange={(e) => setName(e.target.value)} />
        {errors.name && <span className="field-error">{errors.name}</span>}
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('area.width')}</span>
          <input
            inputMode="decimal"
            value={width}
            disabled={shaped}
            aria-invalid={errors.width ? 'true' : undefined}
            onChange={(e) => setWidth(e.target.value)}
          />
          {errors.width && <span className="field-error">{errors.width}</span>}
        </label>
        <label className="field">
          <span>{t('area.depth')}</span>
          <input
            inputMode="decimal"
            value={depth}
            disabled={shaped}
            aria-invalid={errors.depth ? 'true' : undefined}
            onChange={(e) => setDepth(e.target.value)}
          />
          {errors.depth && <span className="field-error">{errors.depth}</span>}
        </label>
      </div>
      {shaped && <p className="hint">{t('planSite:outline.sizeFromOutline')}</p>}
      {!area && (
        <label className="plan-check">
          <input type="checkbox" checked={drawOutline} onChange={(e) => setDrawOutline(e.target.checked)} />
          {t('planSite:outline.drawNew')}
        </label>
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
    </FormDialog>
  );
}

/** A few booth numbers for a warning: "A01, A02, A03 …". */
export function listNumbers(booths: readonly Booth[], max = 8): string {
  const numbers = booths.map((b) => b.number).sort(numberOrder);
  return numbers.length > max ? `${numbers.slice(0, max).join(', ')} …` : numbers.join(', ');
}
