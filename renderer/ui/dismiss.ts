import { useTranslation } from 'react-i18next';

/**
 * The label of a dialog's dismiss button: "Hủy" ("Cancel"), but "Quay lại" ("Back") when one of
 * the dialog's actions is itself a "Hủy …", so the two buttons never share a word.
 */
export function useDismissLabel(...actions: string[]): string {
  const { t } = useTranslation('common');
  const cancel = t('cancel');
  const word = cancel.toLocaleLowerCase();
  return actions.some((a) => a.toLocaleLowerCase().startsWith(word)) ? t('back') : cancel;
}
