import { useTranslation } from 'react-i18next';

/**
 * What the sales forms give the one MoneyField: their label and example, their wide layout, and their
 * own words for an amount they cannot take (a negative entry is voided, not typed).
 */
export function useSalesAmountField() {
  const { t } = useTranslation('sales');
  return {
    label: t('form.amount'),
    placeholder: t('form.amountPlaceholder'),
    className: 'sales-amount',
    refusals: {
      empty: t('amountErrors.empty'),
      invalid: t('amountErrors.invalid'),
      negative: t('amountErrors.negative'),
      zero: t('amountErrors.zero'),
      fraction: t('amountErrors.fraction'),
      tooLarge: t('amountErrors.tooLarge'),
    },
  };
}
