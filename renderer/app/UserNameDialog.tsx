import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { useNotices } from '../ui/notices';
import { SETTINGS_KEY } from './AppSettingsDialog';

/**
 * On first start the app asks who is using it: every sale, payment, receipt and audit row carries
 * this name instead of the computer's account. It cannot be dismissed without a name.
 */
export function UserNameDialog() {
  const { t } = useTranslation('library');
  const api = useApi();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.getSettings({}) });
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () => api.updateSettings({ userName: name.trim() }),
    onSuccess: (next) => queryClient.setQueryData(SETTINGS_KEY, next),
    onError: notices.error,
  });
  if (!settings.data || settings.data.userName !== '') return null;
  const missing = name.trim() === '';
  const submit = () => {
    setTried(true);
    if (!missing) save.mutate();
  };
  return (
    <Dialog
      title={t('settings.askTitle')}
      open
      onClose={() => setTried(true)}
      footer={
        <button type="submit" form="user-name-form" className="primary" disabled={save.isPending}>
          {t('settings.askSave')}
        </button>
      }
    >
      <form
        id="user-name-form"
        className="form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p>{t('settings.askBody')}</p>
        <label className="field">
          <span>{t('settings.userName')}</span>
          <input
            name="userName"
            autoFocus
            maxLength={100}
            value={name}
            placeholder={t('settings.askPlaceholder')}
            aria-invalid={tried && missing ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {tried && missing && (
          <p className="field-error" role="alert">
            {t('settings.askRequired')}
          </p>
        )}
      </form>
    </Dialog>
  );
}
