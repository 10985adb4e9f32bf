import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';

/** Placeholder until this section is built. */
export function ExhibitorsScreen(_props: { fair: Fair }) {
  const { t } = useTranslation('exhibitors');
  return <h2>{t('title')}</h2>;
}
