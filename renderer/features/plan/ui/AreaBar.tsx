import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { removeArea } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { sortedAreas } from '../editor/records';
import { useEditorSelect } from './useEditor';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** Tabs of the fair's areas, with its size, settings, a new area and deleting one (undoable). Memoised: a booth's edit does not re-render it. */
export const AreaBar = memo(function AreaBar({
  editor,
  onNew,
  onEdit,
  site = false,
  onSite,
}: {
  editor: PlanEditor;
  onNew: () => void;
  onEdit: () => void;
  /** The whole site is shown (every area at its place) rather than one area. */
  site?: boolean;
  onSite?: (site: boolean) => void;
}) {
  const { t } = useTranslation(['plan', 'planSite']);
  const language = useLanguage();
  const [confirm, setConfirm] = useState(false);
  // The areas and which is open (and, while the delete question is open, what it would delete): not the selection.
  useEditorSelect(editor, (e) => (confirm ? e.doc : e.doc.areas));
  useEditorSelect(editor, (e) => e.areaId);
  const areas = sortedAreas(editor.doc);
  const area = editor.area;
  // Counted only while the question is open: a walk of every booth on each click would show on big plans.
  const count = (kind: 'booths' | 'features') => [...editor.doc[kind].values()].filter((r) => r.areaId === area?.id).length;
  return (
    <div className="plan-areas">
      <div role="tablist" aria-label={t('areas')} className="plan-area-tabs">
        {onSite && areas.length > 0 && (
          <button type="button" role="tab" aria-selected={site} title={t('planSite:site.title')} onClick={() => onSite(true)}>
            {t('planSite:site.tab')}
          </button>
        )}
        {areas.map((a) => (
          <button
            key={a.id}
            type="button"
            role="tab"
            aria-selected={!site && a.id === editor.areaId}
            onClick={() => {
              onSite?.(false);
              editor.setArea(a.id);
            }}
          >
            {a.name}
          </button>
        ))}
      </div>
      <button type="button" onClick={onNew}>
        + {t('area.new')}
      </button>
      {area && !site && (
        <>
          <span className="hint">
            {t('area.size', { width: formatNumber(area.widthM, language, 2), depth: formatNumber(area.depthM, language, 2) })}
          </span>
          <button type="button" onClick={onEdit}>
            {t('area.edit')}
          </button>
          <button type="button" className="danger-text" onClick={() => setConfirm(true)}>
            {t('area.delete')}
          </button>
          <ConfirmDialog
            open={confirm}
            danger
            title={t('area.deleteTitle', { name: area.name })}
            body={confirm ? t('area.deleteBody', { booths: count('booths'), features: count('features') }) : ''}
            confirmLabel={t('actions.delete')}
            onCancel={() => setConfirm(false)}
            onConfirm={() => {
              setConfirm(false);
              editor.commit(removeArea(editor.doc, area.id), 'deleteArea');
              const next = sortedAreas(editor.doc)[0];
              if (next) editor.setArea(next.id);
            }}
          />
        </>
      )}
    </div>
  );
});
