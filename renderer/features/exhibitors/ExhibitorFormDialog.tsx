import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { EXHIBITOR_RULES, ExhibitorInput, type Exhibitor } from '../../../shared/model/exhibitor';
import { PROVINCES, provinceLabel, provinceOf } from '../../../shared/provinces';
import { UNIT_TYPES, unitTypeFromName } from '../../../shared/unit-type';
import { useApi } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { OcopProductsField, type OcopRow } from './OcopProductsField';

type Values = Record<Exclude<keyof ExhibitorInput, 'ocopProducts'>, string> & { ocopProducts: OcopRow[] };
type Errors = Partial<Record<Exclude<keyof Values, 'ocopProducts'>, string>> & { ocop?: Record<number, string> };

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
  unitType: '',
  ocopProducts: [],
  notes: '',
};

function toValues(e?: Exhibitor): Values {
  if (!e) return blank;
  const text = Object.fromEntries(
    Object.keys(blank)
      .filter((k) => k !== 'ocopProducts')
      .map((k) => [k, String(e[k as keyof ExhibitorInput] ?? '')]),
  );
  const ocopProducts = e.ocopProducts.map((p) => ({
    name: p.name,
    stars: String(p.stars),
    certifiedYear: p.certifiedYear ? String(p.certifiedYear) : '',
  }));
  return { ...blank, ...text, ocopProducts } as Values;
}

/** What the form holds, as the shared schema reads it. */
const toFields = (v: Values) => ({
  ...v,
  unitType: v.unitType === '' ? null : v.unitType,
  ocopProducts: v.ocopProducts.map((p) => ({
    name: p.name,
    stars: Number(p.stars),
    certifiedYear: p.certifiedYear.trim() === '' ? null : Number(p.certifiedYear),
  })),
});

const TEXT_FIELDS = ['legalName', 'shortName', 'contactPerson', 'phone', 'email', 'taxCode', 'address', 'category'] as const;

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
  const { t, i18n } = useTranslation(['exhibitors', 'common']);
  const api = useApi();
  const notices = useNotices();
  const [values, setValues] = useState<Values>(() => toValues(exhibitor));
  // The type follows the legal name's prefix until the person picks one.
  const [typeChosen, setTypeChosen] = useState(() => !!exhibitor?.unitType);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const showIssues = (issues: FieldIssue[]) => {
    const next: Errors = {};
    for (const issue of issues) {
      const message = isRule(issue.message) ? t(`form.rules.${issue.message}`) : t('profile.ocop.rules.name');
      if (issue.path[0] === 'ocopProducts') {
        const row = Number(issue.path[1]);
        next.ocop = { ...next.ocop, [row]: next.ocop?.[row] ?? message };
        continue;
      }
      const field = issue.path[0] as Exclude<keyof Values, 'ocopProducts'>;
      next[field] ??= isRule(issue.message) ? message : t('common:required');
    }
    setErrors(next);
  };

  const submit = async () => {
    const parsed = ExhibitorInput.safeParse(toFields(values));
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

  const set = (name: Exclude<keyof Values, 'ocopProducts'>, value: string) => {
    const next = { ...values, [name]: value };
    if (name === 'legalName' && !typeChosen) next.unitType = unitTypeFromName(value) ?? '';
    setValues(next);
    setErrors({ ...errors, [name]: undefined });
  };
  const provinceKnown = values.province === '' || provinceOf(values.province) === values.province;

  const error = (name: Exclude<keyof Values, 'ocopProducts'>) =>
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
        <span>{t('profile.province')}</span>
        <select name="province" value={values.province} onChange={(e) => set('province', e.target.value)}>
          <option value="">{t('profile.provinceNone')}</option>
          {!provinceKnown && <option value={values.province}>{t('profile.provinceOther', { name: values.province })}</option>}
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {provinceLabel(p, i18n.language)}
            </option>
          ))}
        </select>
        {error('province')}
      </label>
      <label className="field">
        <span>{t('profile.unitType')}</span>
        <select
          name="unitType"
          value={values.unitType}
          onChange={(e) => {
            setTypeChosen(true);
            set('unitType', e.target.value);
          }}
        >
          <option value="">{t('profile.unitTypes.none')}</option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`profile.unitTypes.${type}`)}
            </option>
          ))}
        </select>
        {!typeChosen && values.unitType !== '' && <span className="hint">{t('profile.unitTypeGuess')}</span>}
      </label>
      <OcopProductsField
        rows={values.ocopProducts}
        errors={errors.ocop ?? {}}
        onChange={(ocopProducts) => {
          setValues({ ...values, ocopProducts });
          setErrors({ ...errors, ocop: undefined });
        }}
      />
      <label className="field exh-wide">
        <span>{t('form.notes')}</span>
        <textarea name="notes" rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
    </FormDialog>
  );
}
