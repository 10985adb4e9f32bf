import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong, formatNumber } from '../../shared/money';
import { useLanguage } from '../i18n';
import { readMoney, type MoneyKind } from './money';

interface MoneyFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** What the field reads; an amount by default. */
  as?: MoneyKind;
  /** Say "type an amount" only once the person tried to save. */
  touched?: boolean;
  /** A refusal from the main side, shown in place of the reading. */
  error?: string | null;
  placeholder?: string;
  name?: string;
  autoFocus?: boolean;
  /** A class for the field's layout where it sits (the sales form's wide amount). */
  className?: string;
  /** Sentences for some refusals that say more where the field sits (sales: "void it below"). */
  refusals?: Partial<Record<string, string>>;
}

/**
 * Every money input of the app: the text as typed, and right under it what FairFloor read
 * (`= 1.500.000 đ`) or why it cannot read it. Nothing is stripped or guessed.
 */
export const MoneyField = forwardRef<HTMLInputElement, MoneyFieldProps>(function MoneyField(
  { label, value, onChange, as = { kind: 'amount' }, touched = false, error, placeholder, name, autoFocus, className, refusals },
  ref,
) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const id = useId();
  const read = readMoney(value, as);
  const refusal = (reason: string) => refusals?.[reason] ?? t(`money.errors.${reason}` as 'money.errors.invalid');
  const problem = error ?? (read.ok || (read.empty && !touched) ? null : refusal(read.error));
  let shown = '\u00a0';
  if (read.ok && as.kind === 'percent') shown = t('money.readPercentOnly', { percent: formatNumber(read.value, language, 2) });
  else if (read.ok && read.percent !== null)
    shown = t('money.readPercent', { percent: formatNumber(read.percent, language, 2), amount: formatDong(read.value, language) });
  else if (read.ok) shown = t('money.read', { amount: formatDong(read.value, language) });
  return (
    <label className={`field money-field${className ? ` ${className}` : ''}`}>
      <span>{label}</span>
      <input
        ref={ref}
        name={name}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-read`}
        onChange={(e) => onChange(e.target.value)}
      />
      <output id={`${id}-read`} className={problem ? 'field-error' : 'money-read'} aria-live="polite">
        {problem ?? shown}
      </output>
    </label>
  );
});
