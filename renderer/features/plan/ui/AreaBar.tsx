import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { removeArea } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { sortedAreas } from '../editor/records';
import { useEditorState } from './useEditor';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** Tabs of the fair's areas, with its size, settings, a new area and deleting one (undoable). */
export function AreaBar({ editor, onNew, onEdit }: { editor: PlanEditor; onNew: () => void; onEdit: () => void }) {
  const { t } = useTranslation('plan');
  const language = useLanguage();
  useEditorState(editor);
  const [confirm, setConfirm] = useState(false);
  const areas = sortedAreas(editor.doc);
  const area = editor.area;
  // Counted only while the question is open: a walk of every booth on each click would show on big plans.
  const count = (kind: 'booths' | 'features') => [...editor.doc[kind].values()].filter((r) => r.areaId === area?.id).length;
  return (
    <div className="plan-areas">
      <div role="tablist" aria-label={t('areas')} className="plan-area-tabs">
        {areas.map((a) => (
          <button key={a.id} type="button" role="tab" aria-selected={a.id === editor.areaId} onClick={() => editor.setArea(a.id)}>
            {a.name}
          </button>
        ))}
      </div>
      <button type="button" onClick={onNew}>
        + {t('area.new')}
      </button>
      {area && (
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
}
