import { useTranslation } from 'react-i18next';
import { saveFile } from '../../api/files';
import { useErrorText, useNotices } from '../../ui/notices';
import { PdfPreview } from './PdfPreview';
import type { PrintState } from './usePrintJob';

/** Close, Print… (desktop), Make / Make again and Save PDF: the footer of every dialog that makes a PDF. */
export function PrintJobButtons({
  state,
  stale,
  onMake,
  onClose,
}: {
  state: PrintState;
  stale: boolean;
  onMake: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['print', 'common']);
  const notices = useNotices();
  const ready = state.phase === 'done' && !stale;
  const save = async () => {
    if (state.phase !== 'done') return;
    try {
      if (await saveFile(state.file)) notices.info(t('saved'));
    } catch (error) {
      notices.error(error);
    }
  };
  const printIt = async () => {
    if (state.phase !== 'done' || !window.fairfloorDesktop) return;
    await window.fairfloorDesktop.printPdf({ fileName: state.file.fileName, base64: state.file.base64 }).catch(notices.error);
  };
  return (
    <>
      <button type="button" onClick={onClose}>
        {t('common:close')}
      </button>
      {!!window.fairfloorDesktop && (
        <button type="button" disabled={!ready} onClick={() => void printIt()}>
          {t('printIt')}
        </button>
      )}
      <button type="button" disabled={state.phase === 'running'} onClick={onMake} className={ready ? undefined : 'primary'}>
        {state.phase === 'done' ? t('remake') : t('make')}
      </button>
      <button type="button" className={ready ? 'primary' : undefined} disabled={!ready} onClick={() => void save()}>
        {t('save')}
      </button>
    </>
  );
}

/** Progress with Stop, the error, or the first page of the finished PDF; a hint before anything is made. */
export function PrintJobStatus({ state, stale, onStop }: { state: PrintState; stale: boolean; onStop: () => void }) {
  const { t } = useTranslation('print');
  const errorText = useErrorText();
  const percent = state.phase === 'running' && state.total ? Math.round((100 * state.done) / state.total) : 0;
  return (
    <>
      {state.phase === 'running' && (
        <div className="print-progress" role="status">
          <progress max={100} value={percent} aria-label={t('making', { percent })} />
          <span>{t('making', { percent })}</span>
          <button type="button" onClick={onStop}>
            {t('stop')}
          </button>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="field-error">
          {t('failed', { message: errorText(state.error) })}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          {stale && <p className="hint">{t('stale')}</p>}
          <PdfPreview base64={state.file.base64} pageCount={state.pageCount} />
        </>
      )}
      {state.phase === 'idle' && <p className="hint print-empty">{t('previewHint')}</p>}
    </>
  );
}
