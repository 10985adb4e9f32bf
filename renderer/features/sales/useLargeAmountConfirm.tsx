import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { useLanguage } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * Asks "is this unusually large amount right?" before saving; resolves to the person's answer.
 * Render the returned element once in the component that asks.
 */
export function useLargeAmountConfirm(): [(amount: number, booth: string) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const [asking, setAsking] = useState<{ amount: number; booth: string } | null>(null);
  const answer = useRef<(ok: boolean) => void>(() => {});
  const ask = useCallback((amount: number, booth: string) => {
    setAsking({ amount, booth });
    return new Promise<boolean>((resolve) => (answer.current = resolve));
  }, []);
  const close = (ok: boolean) => {
    setAsking(null);
    answer.current(ok);
  };
  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={t('large.title')}
      body={asking ? t('large.body', { amount: formatDong(asking.amount, language), booth: asking.booth }) : ''}
      confirmLabel={t('large.confirm')}
      onCancel={() => close(false)}
      onConfirm={() => close(true)}
    />
  );
  return [ask, dialog];
}
