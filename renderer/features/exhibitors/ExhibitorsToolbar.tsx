import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair, FileBytes } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { pickFile, saveFile } from '../../api/files';
import { chosenFile } from '../../api/uploads';
import { useNotices } from '../../ui/notices';
import { CopyDialog } from './CopyDialog';
import { ImportDialog } from './ImportDialog';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Add, import, export, copy: what is done to the directory as a whole. */
export function ExhibitorsToolbar({ fair, onAdd }: { fair: Fair; onAdd: () => void }) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  const notices = useNotices();
  const [importing, setImporting] = useState<FileBytes | null>(null);
  const [copying, setCopying] = useState(false);

  const startImport = async () => {
    const file = await pickFile(ACCEPT);
    if (!file) return;
    setImporting(chosenFile(file));
  };
  const exportAs = async (format: 'xlsx' | 'csv') => {
    try {
      if (await saveFile(await api.exportExhibitors({ fairId: fair.id, format }))) notices.info(t('notices.exported'));
    } catch (error) {
      notices.error(error);
    }
  };

  return (
    <div className="actions exh-toolbar">
      <button type="button" className="primary" onClick={onAdd}>
        {t('toolbar.add')}
      </button>
      <button type="button" onClick={() => void startImport()}>
        {t('toolbar.import')}
      </button>
      <button type="button" onClick={() => void exportAs('xlsx')}>
        {t('toolbar.exportXlsx')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('toolbar.exportCsv')}
      </button>
      <button type="button" onClick={() => setCopying(true)}>
        {t('toolbar.copy')}
      </button>
      {importing && <ImportDialog fairId={fair.id} file={importing} onClose={() => setImporting(null)} />}
      {copying && <CopyDialog fairId={fair.id} onClose={() => setCopying(false)} />}
    </div>
  );
}
