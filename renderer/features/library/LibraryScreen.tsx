import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayRange, formatTimestamp, todayInVietnam } from '../../../shared/dates';
import type { FairInput, FairSummary } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { pickFile, saveFile } from '../../api/files';
import { chosenFile } from '../../api/uploads';
import { AppSettingsDialog } from '../../app/AppSettingsDialog';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { NEW_FAIR_EVENT, takeNewFairRequest } from '../../app/incoming/files';
import { navigate } from '../../app/route';
import { useLanguage } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { lazyNamed } from '../../ui/lazyNamed';
import { useNotices } from '../../ui/notices';
import { FAIRS_KEY } from './keys';
import type { FairFormValues } from './FairFormDialog';

type Editing =
  | { kind: 'create' }
  | { kind: 'edit'; fair: FairSummary }
  | { kind: 'duplicate'; fair: FairSummary }
  | { kind: 'delete'; fair: FairSummary }
  | null;

// The fair form (date fields, the bank account) loads when first opened: the library shows sooner.
const FairFormDialog = lazyNamed(() => import('./FairFormDialog'), 'FairFormDialog');
const EditFairDialog = lazyNamed(() => import('./EditFairDialog'), 'EditFairDialog');

const blankFair = (): FairFormValues => {
  const today = todayInVietnam();
  return { name: '', venue: '', organizer: '', firstDay: today, lastDay: today, notes: '' };
};

/** The home screen: every fair on this computer, and what can be done with each. */
export function LibraryScreen() {
  const { t } = useTranslation(['library', 'common']);
  const language = useLanguage();
  const api = useApi();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const [editing, setEditing] = useState<Editing>(null);
  const [showSettings, setShowSettings] = useState(false);
  const fairs = useQuery({ queryKey: FAIRS_KEY, queryFn: () => api.listFairs({}) });
  const info = useQuery({ queryKey: ['appInfo'], queryFn: () => api.getAppInfo({}) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: FAIRS_KEY });
  // File › New fair in the desktop menu.
  useEffect(() => {
    const open = () => takeNewFairRequest() && setEditing({ kind: 'create' });
    open();
    window.addEventListener(NEW_FAIR_EVENT, open);
    return () => window.removeEventListener(NEW_FAIR_EVENT, open);
  }, []);

  const create = async (input: FairInput) => {
    const fair = await api.createFair(input);
    notices.info(t('notices.created', { name: fair.name }));
    await refresh();
  };
  const duplicate = (fairId: string) => async (input: FairInput) => {
    const fair = await api.duplicateFair({ fairId, fair: input });
    notices.info(t('notices.duplicated', { name: fair.name }));
    await refresh();
  };
  const remove = useMutation({
    mutationFn: (fair: FairSummary) => api.deleteFair({ fairId: fair.id }),
    onSuccess: (_r, fair) => {
      notices.info(t('notices.deleted', { name: fair.name }));
      setEditing(null);
      void refresh();
    },
    onError: notices.error,
  });
  const exportFair = useMutation({
    mutationFn: async (fair: FairSummary) => {
      const file = await api.exportFair({ fairId: fair.id });
      return (await saveFile(file)) ? file.fileName : null;
    },
    onSuccess: (fileName) => fileName && notices.info(t('notices.exported', { fileName })),
    onError: notices.error,
  });
  const importFair = useMutation({
    mutationFn: async () => {
      const file = await pickFile('.fairfloor');
      if (!file) return null;
      return api.importFair(chosenFile(file, 'application/vnd.fairfloor'));
    },
    onSuccess: (fair) => {
      if (!fair) return;
      notices.info(t('notices.imported', { name: fair.name }));
      void refresh();
    },
    onError: notices.error,
  });

  const list = fairs.data?.fairs ?? [];
  return (
    <div className="library">
      <header className="topbar">
        <div className="brand">FairFloor</div>
        <div className="topbar-spacer" />
        <button type="button" onClick={() => setShowSettings(true)}>
          {t('settings.open')}
        </button>
        <LanguageSwitch />
      </header>
      <main className="library-main">
        <div className="library-heading">
          <div>
            <h1>{t('title')}</h1>
            <p className="hint">{t('subtitle')}</p>
          </div>
          <div className="actions">
            <button type="button" onClick={() => importFair.mutate()} disabled={importFair.isPending}>
              {importFair.isPending ? t('notices.importing') : t('importFair')}
            </button>
            <button type="button" className="primary" onClick={() => setEditing({ kind: 'create' })}>
              {t('newFair')}
            </button>
          </div>
        </div>

        {fairs.isLoading && <p className="hint">{t('common:loading')}</p>}
        {fairs.isSuccess && list.length === 0 && <p className="empty-state">{t('empty')}</p>}
        {list.length > 0 && (
          <table className="table fair-table">
            <thead>
              <tr>
                <th>{t('columns.name')}</th>
                <th>{t('columns.dates')}</th>
                <th className="num">{t('columns.booths')}</th>
                <th className="num">{t('columns.exhibitors')}</th>
                <th>{t('columns.lastOpened')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((fair) => (
                <tr key={fair.id} aria-label={fair.name}>
                  <td>
                    <a className="fair-name" href={`#/fair/${fair.id}/plan`}>
                      {fair.name}
                    </a>
                    <div className="hint">{[fair.venue, fair.organizer].filter(Boolean).join(' · ')}</div>
                  </td>
                  <td>{formatDayRange(fair.firstDay, fair.lastDay, language)}</td>
                  <td className="num">{fair.boothCount}</td>
                  <td className="num">{fair.exhibitorCount}</td>
                  <td>{fair.lastOpenedAt ? formatTimestamp(fair.lastOpenedAt, language) : t('never')}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="primary"
                        onClick={() => navigate({ screen: 'fair', fairId: fair.id, section: 'plan' })}
                      >
                        {t('actions.open')}
                      </button>
                      <button type="button" onClick={() => setEditing({ kind: 'edit', fair })}>
                        {t('actions.edit')}
                      </button>
                      <button type="button" onClick={() => setEditing({ kind: 'duplicate', fair })}>
                        {t('actions.duplicate')}
                      </button>
                      <button type="button" onClick={() => exportFair.mutate(fair)} disabled={exportFair.isPending}>
                        {t('actions.export')}
                      </button>
                      <button type="button" className="danger-text" onClick={() => setEditing({ kind: 'delete', fair })}>
                        {t('actions.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {(fairs.data?.broken.length ?? 0) > 0 && (
          <section className="broken-files">
            <h2>{t('broken.title')}</h2>
            <p className="hint">{t('broken.hint')}</p>
            <ul>
              {fairs.data!.broken.map((b) => (
                <li key={b.fileName}>
                  <strong>{b.fileName}</strong> — {t(`common:errors.${b.code}`)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {info.data && <p className="hint data-dir">{t('dataDir', { dir: info.data.dataDir })}</p>}
      </main>

      <Suspense fallback={null}>
        {editing?.kind === 'create' && (
          <FairFormDialog
            title={t('form.createTitle')}
            initial={blankFair()}
            submitLabel={t('common:create')}
            onSubmit={create}
            onClose={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'edit' && <EditFairDialog fairId={editing.fair.id} onSaved={refresh} onClose={() => setEditing(null)} />}
        {editing?.kind === 'duplicate' && (
          <FairFormDialog
            title={t('form.duplicateTitle', { name: editing.fair.name })}
            hint={t('form.duplicateHint')}
            initial={{
              ...blankFair(),
              name: t('form.copyName', { name: editing.fair.name }),
              venue: editing.fair.venue,
              organizer: editing.fair.organizer,
            }}
            submitLabel={t('common:create')}
            onSubmit={duplicate(editing.fair.id)}
            onClose={() => setEditing(null)}
          />
        )}
        {showSettings && <AppSettingsDialog onClose={() => setShowSettings(false)} />}
      </Suspense>
      <ConfirmDialog
        open={editing?.kind === 'delete'}
        danger
        busy={remove.isPending}
        title={editing?.kind === 'delete' ? t('confirmDelete.title', { name: editing.fair.name }) : ''}
        body={t('confirmDelete.body')}
        confirmLabel={t('confirmDelete.confirm')}
        onCancel={() => setEditing(null)}
        onConfirm={() => editing?.kind === 'delete' && remove.mutate(editing.fair)}
      />
    </div>
  );
}
