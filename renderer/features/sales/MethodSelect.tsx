import { useTranslation } from 'react-i18next';
import { PaymentMethod } from '../../../shared/model/common';

/**
 * Cash, bank transfer or QR; the choice stays between entries since staff often take a run of the same.
 * Enter on it saves the form it sits in, as from any other field (a select does not submit by itself).
 */
export function MethodSelect({ value, onChange, label }: { value: PaymentMethod; onChange: (m: PaymentMethod) => void; label?: string }) {
  const { t } = useTranslation('sales');
  return (
    <label className="field sales-method">
      <span>{label ?? t('form.method')}</span>
      <select
        value={value}
        onChange={(e) => onChange(PaymentMethod.parse(e.target.value))}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !e.currentTarget.form) return;
          e.preventDefault();
          e.currentTarget.form.requestSubmit();
        }}
      >
        {PaymentMethod.options.map((m) => (
          <option key={m} value={m}>
            {t(`methods.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
