import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';

/** Add, import, export, copy: what is done to the directory as a whole. */
export function ExhibitorsToolbar({ onAdd }: { fair: Fair; onAdd: () => void }) {
  const { t } = useTranslation('exhibitors');
  return (
    <div className="actions exh-toolbar">
      <button type="button" className="primary" onClick={onAdd}>
        {t('toolbar.add')}
      </button>
    </div>
  );
}
