import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnDuplicate } from '../../../shared/model/exhibitor-import';
import { useApi } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { useRefresh } from './data';

/** Copies another fair's directory into this one. */
export function CopyDialog({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const fairs = useQuery({ queryKey: ['fairs'], queryFn: () => api.listFairs({}) });
  const others = (fairs.data?.fairs ?? []).filter((f) => f.id !== fairId);
  const [from, setFrom] = useState('');
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const source = from || others[0]?.id || '';
  const copy = useMutation({
    mutationFn: () => api.copyExhibitors({ fairId, fromFairId: source, onDuplicate }),
    onSuccess: (r) => {
      notices.info(t('notices.copied', r));
      void refresh();
      onClose();
    },
    onError: notices.error,
  });
  return (
    <FormDialog
      title={t('copy.title')}
      onClose={onClose}
      onSubmit={() => copy.mutate()}
      submitLabel={t('copy.run')}
      disabled={!source || copy.isPending}
    >
      {fairs.isSuccess && others.length === 0 ? (
        <p className="hint">{t('copy.none')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('copy.from')}</span>
            <select value={source} onChange={(e) => setFrom(e.target.value)}>
              {others.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name} ({f.exhibitorCount})
                </option>
              ))}
            </select>
          </label>
          <fieldset className="exh-dup">
            <legend>{t('copy.duplicates')}</legend>
            {(['skip', 'update'] as const).map((d) => (
              <label key={d}>
                <input type="radio" name="copyDuplicate" checked={onDuplicate === d} onChange={() => setOnDuplicate(d)} />{' '}
                {t(`importer.${d}`)}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('copy.hint')}</p>
        </>
      )}
    </FormDialog>
  );
}
