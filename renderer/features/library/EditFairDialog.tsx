import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FairInput } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { FairBankSection } from '../transfers/BankForm';
import { FairFormDialog } from './FairFormDialog';
import { fairKey } from './keys';

/** Edits a fair's details; used from the library and from the fair's own settings. */
export function EditFairDialog({ fairId, onSaved, onClose }: { fairId: string; onSaved?: () => unknown; onClose: () => void }) {
  const { t } = useTranslation(['library', 'common']);
  const api = useApi();
  const queryClient = useQueryClient();
  const fair = useQuery({ queryKey: fairKey(fairId), queryFn: () => api.getFair({ fairId }) });
  if (!fair.data) return null;
  const save = async (input: FairInput) => {
    const updated = await api.updateFair({ fairId, fair: input });
    queryClient.setQueryData(fairKey(fairId), updated);
    await onSaved?.();
  };
  return (
    <FairFormDialog
      title={t('form.editTitle')}
      initial={fair.data}
      submitLabel={t('common:save')}
      onSubmit={save}
      onClose={onClose}
      after={<FairBankSection fairId={fairId} />}
    />
  );
}
