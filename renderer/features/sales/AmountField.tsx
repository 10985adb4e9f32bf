import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { parseAmount } from '../../../shared/sales-amount';
import { useLanguage } from '../../i18n';

interface AmountFieldProps {
  value: string;
  onChange: (text: string) => void;
  /** A refusal from the main side, shown in place of the parsed value. */
  error?: string;
  /** Show "type the amount" only once the person tried to save. */
  touched: boolean;
  label?: string;
}

/** The amount as typed, and right under it what FairFloor understood, before anything is saved. */
export const AmountField = forwardRef<HTMLInputElement, AmountFieldProps>(function AmountField(
  { value, onChange, error, touched, label },
  ref,
) {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const id = useId();
  const parsed = parseAmount(value);
  const problem = error ?? (parsed.ok || (parsed.error === 'empty' && !touched) ? undefined : t(`amountErrors.${parsed.error}`));
  return (
    <label className="field sales-amount">
      <span>{label ?? t('form.amount')}</span>
      <input
        ref={ref}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        placeholder={t('form.amountPlaceholder')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-out`}
        onChange={(e) => onChange(e.target.value)}
      />
      <output id={`${id}-out`} className={problem ? 'field-error' : 'sales-parsed'} aria-live="polite">
        {problem ?? (parsed.ok ? t('form.parsed', { amount: formatDong(parsed.amount, language) }) : '\u00a0')}
      </output>
    </label>
  );
});
