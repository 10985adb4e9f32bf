import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { FAIR_RULES, FairInput } from '../../../shared/model/fair';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { DateField } from '../../ui/DateField';

export type FairFormValues = { name: string; venue: string; organizer: string; firstDay: string; lastDay: string; notes: string };

interface FairFormDialogProps {
  title: string;
  hint?: string;
  initial: FairFormValues;
  submitLabel: string;
  onSubmit: (values: FairInput) => Promise<unknown>;
  onClose: () => void;
  /** More settings under the fair's details, each saved on its own (the receiving bank account). */
  after?: ReactNode;
}

type Errors = Partial<Record<keyof FairFormValues, string>>;

/** Maps the schema's messages to the person's language; the schema is the same one the main side checks. */
function issueKey(issue: FieldIssue) {
  if (issue.message === FAIR_RULES.lastBeforeFirst) return 'form.lastBeforeFirst' as const;
  if (issue.message === FAIR_RULES.tooLong) return 'form.tooLong' as const;
  if (issue.path[0] === 'firstDay' || issue.path[0] === 'lastDay') return 'form.badDate' as const;
  return 'common:required' as const;
}

/** Create, edit or duplicate a fair: validated here for speed, and again on the main side. */
export function FairFormDialog({ title, hint, initial, submitLabel, onSubmit, onClose, after }: FairFormDialogProps) {
  const { t } = useTranslation(['library', 'common']);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const notices = useNotices();

  const showIssues = (issues: FieldIssue[]) => {
    const next: Errors = {};
    for (const issue of issues) {
      const field = issue.path[0] as keyof FairFormValues;
      next[field] ??= t(issueKey(issue));
    }
    setErrors(next);
  };

  const submit = async () => {
    const parsed = FairInput.safeParse(values);
    if (!parsed.success) {
      showIssues(parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        showIssues(((error.details as { issues?: FieldIssue[] })?.issues ?? []) as FieldIssue[]);
      } else {
        notices.error(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const day = (name: 'firstDay' | 'lastDay') => (
    <DateField
      label={t(`form.${name}`)}
      name={name}
      value={values[name]}
      error={errors[name]}
      onChange={(value) => {
        setValues({ ...values, [name]: value });
        setErrors({ ...errors, [name]: undefined });
      }}
    />
  );

  const field = (name: keyof FairFormValues) => (
    <label className="field">
      <span>{t(`form.${name}`)}</span>
      <input
        name={name}
        value={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        onChange={(e) => {
          setValues({ ...values, [name]: e.target.value });
          setErrors({ ...errors, [name]: undefined });
        }}
      />
      {errors[name] && (
        <span className="field-error" id={`${name}-error`}>
          {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <FormDialog title={title} onClose={onClose} onSubmit={() => void submit()} submitLabel={submitLabel} busy={busy} after={after}>
      {hint && <p className="hint">{hint}</p>}
      {field('name')}
      {field('venue')}
      {field('organizer')}
      <div className="field-row">
        {day('firstDay')}
        {day('lastDay')}
      </div>
      <label className="field">
        <span>{t('form.notes')}</span>
        <textarea name="notes" rows={3} value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
      </label>
    </FormDialog>
  );
}
