import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/client';
import { FormDialog } from '../ui/FormDialog';
import { useNotices } from '../ui/notices';

export const SETTINGS_KEY = ['settings'] as const;

/** App-wide settings: the name written into each fair's history as who made a change. */
export function AppSettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['library', 'common']);
  const api = useApi();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.getSettings({}) });
  const info = useQuery({ queryKey: ['appInfo'], queryFn: () => api.getAppInfo({}) });
  const [userName, setUserName] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => api.updateSettings({ userName: (userName ?? settings.data?.userName ?? '').trim() }),
    onSuccess: (next) => {
      queryClient.setQueryData(SETTINGS_KEY, next);
      onClose();
    },
    onError: notices.error,
  });
  return (
    <FormDialog
      title={t('settings.title')}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      submitLabel={t('common:save')}
      disabled={save.isPending || !settings.data}
    >
      <label className="field">
        <span>{t('settings.userName')}</span>
        <input
          name="userName"
          maxLength={100}
          value={userName ?? settings.data?.userName ?? ''}
          onChange={(e) => setUserName(e.target.value)}
        />
        <span className="hint">{t('settings.userNameHint')}</span>
      </label>
      {info.data && (
        <p className="hint">
          {t('settings.version', { version: info.data.version })} · {t('dataDir', { dir: info.data.dataDir })}
        </p>
      )}
    </FormDialog>
  );
}
