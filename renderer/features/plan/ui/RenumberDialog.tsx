import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { renumberBooths } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { DEFAULT_NUMBERING_TEXT, NumberingFields, parseNumbering, type NumberingText } from './NumberingFields';
import { useProblemText } from './problems';

/** Renumbers the selected booths in reading order, as one undoable edit. */
export function RenumberDialog({ editor, onClose }: { editor: PlanEditor; onClose: () => void }) {
  const { t } = useTranslation(['plan', 'common']);
  const problemText = useProblemText();
  const booths = editor.selectedBooths();
  const [numbering, setNumbering] = useState<NumberingText>(DEFAULT_NUMBERING_TEXT);
  const [errors, setErrors] = useState<(keyof NumberingText)[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const apply = () => {
    const parsed = parseNumbering(numbering);
    if ('errors' in parsed) return setErrors(parsed.errors);
    const result = editor.commit(
      renumberBooths(
        editor.doc,
        booths.map((b) => b.id),
        parsed.value,
      ),
      'renumber',
    );
    if (!result.ok) return setFormError(problemText(result.problem));
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
      <p className="hint">{t('renumber.hint')}</p>
      <NumberingFields value={numbering} onChange={setNumbering} count={booths.length} errors={errors} />
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
    </FormDialog>
  );
}
