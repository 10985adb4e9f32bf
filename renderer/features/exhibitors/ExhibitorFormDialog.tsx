import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { EXHIBITOR_RULES, ExhibitorInput, type Exhibitor } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';

type Values = Record<Exclude<keyof ExhibitorInput, 'ocopStars'>, string> & { ocopStars: string };
type Errors = Partial<Record<keyof Values, string>>;

const RULE_KEYS = [...Object.values(EXHIBITOR_RULES), 'taxCodeTaken'] as const;
type RuleKey = (typeof RULE_KEYS)[number];
const isRule = (message: string): message is RuleKey => (RULE_KEYS as readonly string[]).includes(message);

const blank: Values = {
  legalName: '',
  shortName: '',
  contactPerson: '',
  phone: '',
  email: '',
  address: '',
  province: '',
  taxCode: '',
  category: '',
  ocopStars: '',
  notes: '',
};

function toValues(e?: Exhibitor): Values {
  if (!e) return blank;
  return { ...blank, ...Object.fromEntries(Object.keys(blank).map((k) => [k, String(e[k as keyof ExhibitorInput] ?? '')])) } as Values;
}

const TEXT_FIELDS = ['legalName', 'shortName', 'contactPerson', 'phone', 'email', 'taxCode', 'address', 'province', 'category'] as const;

/** Create or edit an exhibitor: checked here with the same schema the main side uses. */
export function ExhibitorFormDialog({
  fairId,
  exhibitor,
  onClose,
  onSaved,
}: {
  fairId: string;
  exhibitor?: Exhibitor;
  onClose: () => void;
  onSaved: (e: Exhibitor) => void;
}) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const api = useApi();
  const notices = useNotices();
  const [values, setValues] = useState<Values>(() => toValues(exhibitor));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const showIssues = (issues: FieldIssue[]) => {
    const next: Errors = {};
    for (const issue of issues) {
      const field = issue.path[0] as keyof Values;
      next[field] ??= isRule(issue.message) ? t(`form.rules.${issue.message}`) : t('common:required');
    }
    setErrors(next);
  };

  const submit = async () => {
    const parsed = ExhibitorInput.safeParse({ ...values, ocopStars: values.ocopStars === '' ? null : Number(values.ocopStars) });
    if (!parsed.success) return showIssues(parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
    setBusy(true);
    try {
      const saved = exhibitor
        ? await api.updateExhibitor({ fairId, exhibitorId: exhibitor.id, exhibitor: parsed.data })
        : await api.createExhibitor({ fairId, exhibitor: parsed.data });
      onSaved(saved);
      onClose();
    } catch (error) {
      const issues = error instanceof ApiError ? (error.details as { issues?: FieldIssue[] } | undefined)?.issues : undefined;
      if (issues) showIssues(issues);
      else notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  const set = (name: keyof Values, value: string) => {
    setValues({ ...values, [name]: value });
    setErrors({ ...errors, [name]: undefined });
  };

  const error = (name: keyof Values) =>
    errors[name] && (
      <span className="field-error" id={`exh-${name}-error`}>
        {errors[name]}
      </span>
    );

  return (
    <FormDialog
      title={exhibitor ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={exhibitor ? t('common:save') : t('common:create')}
      busy={busy}
      wide
      formClassName="exh-form-grid"
    >
      {TEXT_FIELDS.map((name) => (
        <label key={name} className={name === 'legalName' || name === 'address' ? 'field exh-wide' : 'field'}>
          <span>{t(`form.${name}`)}</span>
          <input
            name={name}
            value={values[name]}
            autoFocus={name === 'legalName'}
            inputMode={name === 'phone' || name === 'taxCode' ? 'tel' : undefined}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `exh-${name}-error` : undefined}
            onChange={(e) => set(name, e.target.value)}
          />
          {error(name)}
        </label>
      ))}
      <label className="field">
        <span>{t('form.ocopStars')}</span>
        <select name="ocopStars" value={values.ocopStars} onChange={(e) => set('ocopStars', e.target.value)}>
          <option value="">{t('form.none')}</option>
          {[3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {'★'.repeat(n)} ({t('filter.stars', { count: n })})
            </option>
          ))}
        </select>
        {error('ocopStars')}
      </label>
      <label className="field exh-wide">
        <span>{t('form.notes')}</span>
        <textarea name="notes" rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
    </FormDialog>
  );
}
