import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { READING_ORDER, type NumberOrder } from '../../../../shared/plan/order';
import { formatSkip } from '../../../../shared/plan/numbering';
import { FormDialog } from '../../../ui/FormDialog';
import { renumberBooths } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { DEFAULT_NUMBERING_TEXT, NumberingFields, parseNumbering, type NumberingText } from './NumberingFields';
import { useProblemText } from './problems';

const STARTS: NumberOrder['start'][] = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'];

/** Renumbers the selected booths in the chosen direction, as one undoable edit; the skip list can be kept. */
export function RenumberDialog({
  editor,
  onKeepSkip,
  onClose,
}: {
  editor: PlanEditor;
  onKeepSkip: (skip: number[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['plan', 'planTools', 'common']);
  const problemText = useProblemText();
  const booths = editor.selectedBooths();
  const [numbering, setNumbering] = useState<NumberingText>(() => ({ ...DEFAULT_NUMBERING_TEXT, skip: formatSkip(editor.skip) }));
  const [order, setOrder] = useState<NumberOrder>(READING_ORDER);
  const [keep, setKeep] = useState(true);
  const [errors, setErrors] = useState<(keyof NumberingText)[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const apply = () => {
    const parsed = parseNumbering(numbering);
    if ('errors' in parsed) return setErrors(parsed.errors);
    const ids = booths.map((b) => b.id);
    const result = editor.commit(renumberBooths(editor.doc, ids, parsed.value, order), 'renumber');
    if (!result.ok) return setFormError(problemText(result.problem));
    if (keep) onKeepSkip([...parsed.value.skip]);
    onClose();
  };
  return (
    <FormDialog
      title={t('renumber.title', { count: booths.length })}
      onClose={onClose}
      onSubmit={apply}
      submitLabel={t('renumber.apply')}
      wide
    >
      <fieldset className="plan-order">
        <legend>{t('planTools:order.legend')}</legend>
        <div className="field-row">
          {(['rows', 'columns'] as const).map((by) => (
            <label key={by} className="plan-check">
              <input type="radio" name="order-by" checked={order.by === by} onChange={() => setOrder({ ...order, by })} />
              {t(`planTools:order.by.${by}`)}
            </label>
          ))}
          <label className="field">
            <span>{t('planTools:order.start.label')}</span>
            <select value={order.start} onChange={(e) => setOrder({ ...order, start: e.target.value as NumberOrder['start'] })}>
              {STARTS.map((s) => (
                <option key={s} value={s}>
                  {t(`planTools:order.start.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="plan-check">
          <input type="checkbox" checked={order.serpentine} onChange={(e) => setOrder({ ...order, serpentine: e.target.checked })} />
          {t('planTools:order.serpentine')}
        </label>
      </fieldset>
      <NumberingFields value={numbering} onChange={setNumbering} count={booths.length} errors={errors} />
      <label className="plan-check">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
        {t('planTools:order.keepSkip')}
      </label>
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
    </FormDialog>
  );
}
