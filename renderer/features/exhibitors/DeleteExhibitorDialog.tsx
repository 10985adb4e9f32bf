import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mapName } from '../../../shared/model/exhibitor-directory';
import type { Exhibitor } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { useNotices } from '../../ui/notices';
import { useDismissLabel } from '../../ui/dismiss';

/** Asks before deleting; when they hold booths, asks what becomes of those bookings. */
export function DeleteExhibitorDialog({
  fairId,
  exhibitor,
  onClose,
  onDeleted,
}: {
  fairId: string;
  exhibitor: Exhibitor;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const api = useApi();
  const notices = useNotices();
  const holds = exhibitor.boothIds.length > 0;
  // Money has been taken for a paid booth: the server refuses, so the dialog says so first.
  const paid = exhibitor.statuses.includes('paid');
  const dismiss = useDismissLabel(paid ? '' : holds ? t('delete.cancelBooths') : t('delete.confirm'));
  const remove = useMutation({
    mutationFn: () => api.deleteExhibitor({ fairId, exhibitorId: exhibitor.id, onBooths: holds ? 'cancel' : 'refuse' }),
    onSuccess: () => {
      notices.info(t('delete.done', { name: mapName(exhibitor) }));
      onDeleted();
      onClose();
    },
    onError: notices.error,
  });
  return (
    <Dialog
      title={t('delete.title', { name: mapName(exhibitor) })}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" autoFocus onClick={onClose}>
            {dismiss}
          </button>
          {!paid && (
            <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {holds ? t('delete.cancelBooths') : t('delete.confirm')}
            </button>
          )}
        </>
      }
    >
      {holds && <p>{t('delete.holds', { name: exhibitor.legalName, booths: exhibitor.boothNumbers.join(', ') })}</p>}
      {paid ? <p role="alert">{t('delete.paid')}</p> : <p className="hint">{t('delete.body')}</p>}
    </Dialog>
  );
}
