import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatDay } from '../../../shared/dates';
import type { FileBytes } from '../../../shared/model/fair';
import { StatementField, type StatementAnalysis, type StatementMapping, type TransferProposal } from '../../../shared/model/transfers';
import { formatDong } from '../../../shared/money';
import { pickFile } from '../../api/files';
import { chosenFile } from '../../api/uploads';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';

/** A statement read, its proposals shown, each confirmed alone or all at once; nothing is recorded before that. */
export function StatementMatch({ fairId }: { fairId: string }) {
  const { t } = useTranslation('transfers');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const [file, setFile] = useState<FileBytes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const analyze = useMutation({
    mutationFn: (input: { file: FileBytes; mapping?: StatementMapping }) => api.analyzeStatement({ fairId, ...input }),
    onSuccess: () => setError(null),
    onError: (e) => {
      const reason = e instanceof ApiError ? (e.details as { reason?: string } | undefined)?.reason : undefined;
      setError(reason === 'notStatement' ? t('statement.fileErrors.notStatement') : t('statement.fileErrors.other'));
    },
  });
  const analysis = analyze.data;
  const confirm = useMutation({
    mutationFn: (proposals: TransferProposal[]) =>
      api.confirmTransfers({ fairId, file: file!, mapping: analysis!.mapping, keys: proposals.map((p) => p.key) }),
    onSuccess: (r) => {
      notices.info(t('statement.recorded', { count: r.recorded, amount: formatDong(r.totalDong, language) }));
      analyze.mutate({ file: file!, mapping: analysis!.mapping });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CONFLICT') setError(t('statement.changed'));
      else notices.error(e);
      analyze.mutate({ file: file!, mapping: analysis!.mapping });
    },
  });
  const open = async () => {
    const picked = await pickFile('.xlsx,.csv');
    if (!picked) return;
    const bytes = chosenFile(picked);
    setFile(bytes);
    analyze.mutate({ file: bytes });
  };
  const remap = (field: StatementField, value: string) => {
    if (!analysis || !file) return;
    const mapping = { ...analysis.mapping };
    if (value === '') delete mapping[field];
    else mapping[field] = Number(value);
    analyze.mutate({ file, mapping });
  };
  const busy = analyze.isPending || confirm.isPending;

  return (
    <section className="transfers-statement" aria-labelledby="transfers-statement-title">
      <h2 id="transfers-statement-title">{t('statement.title')}</h2>
      <p className="hint">{t('statement.hint')}</p>
      <button type="button" onClick={() => void open()} disabled={busy}>
        {t('statement.import')}
      </button>
      {analyze.isPending && <p className="hint">{t('statement.reading')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {analysis && !analyze.isPending && <Analysis analysis={analysis} busy={busy} onRemap={remap} onConfirm={(p) => confirm.mutate(p)} />}
    </section>
  );
}

function Analysis({
  analysis,
  busy,
  onRemap,
  onConfirm,
}: {
  analysis: StatementAnalysis;
  busy: boolean;
  onRemap: (field: StatementField, value: string) => void;
  onConfirm: (proposals: TransferProposal[]) => void;
}) {
  const { t } = useTranslation('transfers');
  const language = useLanguage();
  const money = (v: number) => formatDong(v, language);
  return (
    <>
      <p role="status">
        {t('statement.summary', {
          credits: analysis.creditLines,
          proposed: analysis.proposals.length,
          problems: analysis.problems.length,
          unrelated: analysis.unrelated,
        })}
      </p>
      <fieldset className="transfers-row">
        <legend>{t('statement.columns')}</legend>
        {StatementField.options.map((f) => (
          <label key={f} className="field">
            <span>{t(`statement.column.${f}`)}</span>
            <select value={analysis.mapping[f] ?? ''} onChange={(e) => onRemap(f, e.target.value)} disabled={busy}>
              <option value="">{t('statement.none')}</option>
              {analysis.headers.map((h, i) => (
                <option key={`${i}-${h}`} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {analysis.proposals.length === 0 ? (
        <p className="empty-state">{t('statement.noProposals')}</p>
      ) : (
        <>
          <table className="table transfers-proposals">
            <thead>
              <tr>
                <th>{t('statement.row')}</th>
                <th>{t('statement.date')}</th>
                <th className="num">{t('statement.amount')}</th>
                <th>{t('statement.exhibitor')}</th>
                <th>{t('statement.payments')}</th>
                <th>{t('statement.description')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {analysis.proposals.map((p) => (
                <tr key={p.key}>
                  <td>{p.row}</td>
                  <td>{formatDay(p.paidOn, language)}</td>
                  <td className="num">{money(p.amountDong)}</td>
                  <td>{p.exhibitorName}</td>
                  <td>{p.payments.map((x) => `${x.boothNumber}: ${money(x.amountDong)}`).join(' · ')}</td>
                  <td className="hint">{p.description}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('statement.confirmLabel', { row: p.row })}
                      onClick={() => onConfirm([p])}
                      disabled={busy}
                    >
                      {t('statement.confirm')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {analysis.proposals.length > 1 && (
            <button type="button" className="primary" onClick={() => onConfirm(analysis.proposals)} disabled={busy}>
              {t('statement.confirmAll', { count: analysis.proposals.length })}
            </button>
          )}
        </>
      )}
      {analysis.problems.length > 0 && (
        <>
          <h3>{t('statement.problemsTitle')}</h3>
          <table className="table transfers-problems">
            <tbody>
              {analysis.problems.map((p) => (
                <tr key={`${p.row}-${p.problem}`}>
                  <td>{p.row}</td>
                  <td className="num">{money(p.amountDong)}</td>
                  <td>{t(`statement.problems.${p.problem}`)}</td>
                  <td className="hint">{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
