import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';

/** Placeholder until this section is built: says what it will hold, shows nothing fake. */
export function PlanScreen(_props: { fair: Fair }) {
  const { t } = useTranslation('plan');
  return (
    <section className="section-placeholder">
      <h2>{t('comingTitle')}</h2>
      <p className="hint">{t('coming')}</p>
    </section>
  );
}
