import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileBytes } from '../../../shared/model/fair';
import type { WindowCommand } from '../../../electron/preload-api';
import type { IncomingFileMessage } from '../../../electron/shell/incoming';
import { useApi } from '../../api/client';
import { pickFile } from '../../api/files';
import { chosenFile } from '../../api/uploads';
import { FAIRS_KEY } from '../../features/library/keys';
import { Dialog } from '../../ui/Dialog';
import { lazyNamed } from '../../ui/lazyNamed';
import { useNotices } from '../../ui/notices';
import { navigate, type Route } from '../route';
import { carriesFiles, droppedKind, mimeTypeOf, requestNewFair } from './files';

const EXHIBITOR_ACCEPT = '.xlsx,.csv';

// The import's table and checks load when a list is dropped, not with the library.
const ImportDialog = lazyNamed(() => import('../../features/exhibitors/ImportDialog'), 'ImportDialog');

type Step = { kind: 'choose'; file: FileBytes } | { kind: 'import'; fairId: string; file: FileBytes } | null;

/**
 * Files that come to the window: dropped on it (desktop and browser mode alike), or handed over by
 * the system (double-click, a second launch) through the desktop bridge. A fair file is added to
 * the list as a copy and opened; an exhibitor list asks which fair it goes into, then shows the import.
 */
export function IncomingFiles({ route }: { route: Route }) {
  const { t } = useTranslation(['desktop', 'common']);
  const api = useApi();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const [step, setStep] = useState<Step>(null);
  const [dragging, setDragging] = useState(false);
  const currentFairId = route.screen === 'fair' ? route.fairId : null;

  const importFair = useCallback(
    async (file: FileBytes) => {
      notices.info(t('importing', { fileName: file.fileName }));
      try {
        const fair = await api.importFair(file);
        await queryClient.invalidateQueries({ queryKey: FAIRS_KEY });
        notices.info(t('imported', { name: fair.name }));
        navigate({ screen: 'fair', fairId: fair.id, section: 'plan' });
      } catch (error) {
        notices.error(error);
      }
    },
    [api, notices, queryClient, t],
  );

  const take = useCallback(
    (file: FileBytes) => {
      const kind = droppedKind(file.fileName);
      if (kind === 'fair') void importFair(file);
      else if (kind === 'exhibitors') setStep({ kind: 'choose', file });
      else notices.error(t('drop.unsupported', { fileName: file.fileName }));
    },
    [importFair, notices, t],
  );

  const takeBlob = useCallback((file: File) => take(chosenFile(file, mimeTypeOf(file.name))), [take]);

  // Drag and drop onto the window.
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer?.types)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer?.types)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer?.types)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer?.types)) return;
      // Never let the browser navigate to the dropped file.
      const taken = e.defaultPrevented;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // A screen took the file itself (a DXF dropped on the plan).
      if (taken) return;
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 1) notices.error(t('drop.several'));
      else if (files[0]) void takeBlob(files[0]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [notices, t, takeBlob]);

  // Desktop: files from the system and menu commands.
  useEffect(() => {
    const desktop = window.fairfloorDesktop;
    if (!desktop) return;
    const offFiles = desktop.onIncomingFile((message: IncomingFileMessage) => {
      if (message.kind === 'open-fair') navigate({ screen: 'fair', fairId: message.fairId, section: 'plan' });
      else take({ fileName: message.fileName, mimeType: mimeTypeOf(message.fileName), base64: message.base64 });
    });
    const offMenu = desktop.onMenuCommand((command: WindowCommand) => {
      if (command.kind === 'library') navigate({ screen: 'library' });
      else if (command.kind === 'open-fair') navigate({ screen: 'fair', fairId: command.fairId, section: 'plan' });
      else if (command.kind === 'new-fair') {
        navigate({ screen: 'library' });
        requestNewFair();
      } else {
        const accept = command.kind === 'import-fair' ? '.fairfloor' : EXHIBITOR_ACCEPT;
        void pickFile(accept).then((file) => file && takeBlob(file));
      }
    });
    return () => {
      offFiles();
      offMenu();
    };
  }, [take, takeBlob]);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" role="status">
          <p>{t('drop.overlay')}</p>
        </div>
      )}
      {step?.kind === 'choose' && (
        <ChooseFairDialog
          file={step.file}
          initialFairId={currentFairId}
          onCancel={() => setStep(null)}
          onChosen={(fairId) => {
            navigate({ screen: 'fair', fairId, section: 'exhibitors' });
            setStep({ kind: 'import', fairId, file: step.file });
          }}
        />
      )}
      {step?.kind === 'import' && (
        <Suspense fallback={null}>
          <ImportDialog fairId={step.fairId} file={step.file} onClose={() => setStep(null)} />
        </Suspense>
      )}
    </>
  );
}

function ChooseFairDialog(props: {
  file: FileBytes;
  initialFairId: string | null;
  onCancel: () => void;
  onChosen: (fairId: string) => void;
}) {
  const { t } = useTranslation(['desktop', 'common']);
  const api = useApi();
  const fairs = useQuery({ queryKey: FAIRS_KEY, queryFn: () => api.listFairs({}) });
  const list = fairs.data?.fairs ?? [];
  const [chosen, setChosen] = useState<string | null>(props.initialFairId);
  const selected = chosen && list.some((f) => f.id === chosen) ? chosen : (list[0]?.id ?? '');
  return (
    <Dialog
      title={t('chooseFair.title', { fileName: props.file.fileName })}
      open
      onClose={props.onCancel}
      footer={
        <>
          <button type="button" onClick={props.onCancel}>
            {t('common:cancel')}
          </button>
          <button type="button" className="primary" disabled={!selected} onClick={() => props.onChosen(selected)}>
            {t('chooseFair.continue')}
          </button>
        </>
      }
    >
      {fairs.isLoading && <p className="hint">{t('common:loading')}</p>}
      {fairs.isSuccess && list.length === 0 && <p className="empty-state">{t('chooseFair.noFairs')}</p>}
      {list.length > 0 && (
        <label className="field">
          <span>{t('chooseFair.label')}</span>
          <select value={selected} onChange={(e) => setChosen(e.target.value)}>
            {list.map((fair) => (
              <option key={fair.id} value={fair.id}>
                {fair.name}
              </option>
            ))}
          </select>
          <span className="hint">{t('chooseFair.hint')}</span>
        </label>
      )}
    </Dialog>
  );
}
