import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { useLanguage } from '../../i18n';
import { useAsk } from './useAsk';

/**
 * Asks "is this unusually large amount right?" before saving; resolves to the person's answer.
 * Render the returned element once in the component that asks.
 */
export function useLargeAmountConfirm(): [(amount: number, booth: string) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const [ask, dialog] = useAsk();
  const confirm = useCallback(
    (amount: number, booth: string) =>
      ask({
        title: t('large.title'),
        body: t('large.body', { amount: formatDong(amount, language), booth }),
        confirmLabel: t('large.confirm'),
      }),
    [ask, t, language],
  );
  return [confirm, dialog];
}
