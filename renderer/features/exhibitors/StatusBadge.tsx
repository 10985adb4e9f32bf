import { useTranslation } from 'react-i18next';
import type { AllocationStatus } from '../../../shared/model/exhibitor';

/** One colour per status, shared by badges, booth fills and the legend. */
export const STATUS_COLORS: Record<AllocationStatus | 'free', string> = {
  free: '#ffffff',
  held: '#ffe8a3',
  reserved: '#a5d8ff',
  confirmed: '#b2f2bb',
  paid: '#40c057',
  cancelled: '#dee2e6',
};

export function StatusBadge({ status }: { status: AllocationStatus | 'free' }) {
  const { t } = useTranslation('exhibitors');
  return (
    <span className="exh-badge" style={{ background: STATUS_COLORS[status] }}>
      {t(`status.${status}`)}
    </span>
  );
}
