import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

export interface DropChoice {
  boothNumber: string;
  holder: string;
  /** Who is arriving: an exhibitor from the list, or the booking dragged from another booth. */
  name: string;
  /** Swap needs a booth to give back; an exhibitor holding none cannot swap. */
  canSwap: boolean;
  onSwap: () => void;
  onReplace: () => void;
}

/** Dropping onto a taken booth asks first: swap, replace, or leave things as they are. */
export function DropChoiceDialog({ choice, onClose }: { choice: DropChoice; onClose: () => void }) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const pick = (action: () => void) => () => {
    onClose();
    action();
  };
  return (
    <Dialog
      title={t('map.dropTitle', { booth: choice.boothNumber })}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" autoFocus onClick={onClose}>
            {t('common:cancel')}
          </button>
          {choice.canSwap && (
            <button type="button" onClick={pick(choice.onSwap)}>
              {t('map.swap')}
            </button>
          )}
          <button type="button" className="danger" onClick={pick(choice.onReplace)}>
            {t('map.replace', { holder: choice.holder })}
          </button>
        </>
      }
    >
      <p>{t('map.dropBody', { booth: choice.boothNumber, holder: choice.holder, name: choice.name })}</p>
    </Dialog>
  );
}
