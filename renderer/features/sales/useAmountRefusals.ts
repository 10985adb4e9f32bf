import { useTranslation } from 'react-i18next';

/** The sales form's own words for an amount it cannot take (a negative entry is voided, not typed). */
export function useAmountRefusals(): Record<string, string> {
  const { t } = useTranslation('sales');
  return {
    empty: t('amountErrors.empty'),
    invalid: t('amountErrors.invalid'),
    negative: t('amountErrors.negative'),
    zero: t('amountErrors.zero'),
    fraction: t('amountErrors.fraction'),
    tooLarge: t('amountErrors.tooLarge'),
  };
}
