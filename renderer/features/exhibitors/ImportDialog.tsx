import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { EXHIBITOR_FIELDS } from '../../../shared/model/exhibitor';
import {
  FILE_PROBLEMS,
  type ColumnMapping,
  type FileProblem,
  type ImportAnalysis,
  type ImportIssue,
  type OnDuplicate,
} from '../../../shared/model/exhibitor-import';
import type { FileBytes } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { useErrorText, useNotices } from '../../ui/notices';
import { useRefresh } from './data';

const RULES = ['Required', 'phone', 'email', 'taxCode', 'ocop', 'tooLong', 'duplicateInFile'] as const;
const isProblem = (r: unknown): r is FileProblem => (FILE_PROBLEMS as readonly unknown[]).includes(r);

/** Column mapping with a preview, the rows at fault, and what to do with exhibitors already here. */
export function ImportDialog({ fairId, file, onClose }: { fairId: string; file: FileBytes; onClose: () => void }) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const api = useApi();
  const notices = useNotices();
  const errorText = useErrorText();
  const refresh = useRefresh(fairId);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const [rowErrors, setRowErrors] = useState<{ rows: ImportIssue[]; count: number } | null>(null);
  const analyze = useMutation({ mutationFn: (m: ColumnMapping | undefined) => api.analyzeExhibitorImport({ fairId, file, mapping: m }) });
  const run = useMutation({
    mutationFn: (m: ColumnMapping) => api.importExhibitors({ fairId, file, mapping: m, onDuplicate }),
    onSuccess: (r) => {
      notices.info(t('importer.done', r));
      void refresh();
      onClose();
    },
    onError: (error) => {
      const details = error instanceof ApiError ? (error.details as { rows?: ImportIssue[]; count?: number } | undefined) : undefined;
      if (details?.rows) setRowErrors({ rows: details.rows, count: details.count ?? details.rows.length });
      else notices.error(error);
    },
  });
  const { mutate } = analyze;
  useEffect(() => mutate(mapping), [mutate, mapping]);

  const analysis: ImportAnalysis | undefined = analyze.data;
  const problem = analyze.error instanceof ApiError ? (analyze.error.details as { reason?: unknown } | undefined)?.reason : undefined;
  const shownErrors = rowErrors ?? (analysis && analysis.errorCount > 0 ? { rows: analysis.errors, count: analysis.errorCount } : null);
  const current = mapping ?? analysis?.mapping ?? {};
  const mapped = EXHIBITOR_FIELDS.filter((f) => current[f] !== undefined);
  const why = (m: string) =>
    (RULES as readonly string[]).includes(m) ? t(`importer.rules.${m as (typeof RULES)[number]}`) : t('importer.rules.other');

  const setColumn = (field: (typeof EXHIBITOR_FIELDS)[number], value: string) => {
    const next = { ...current };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setRowErrors(null);
    setMapping(next);
  };

  return (
    <Dialog
      title={t('importer.title')}
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!analysis || !!shownErrors || current.legalName === undefined || run.isPending}
            onClick={() => run.mutate(current)}
          >
            {run.isPending ? t('importer.running') : t('importer.run')}
          </button>
        </>
      }
    >
      {analyze.isPending && !analysis && <p className="hint">{t('importer.reading')}</p>}
      {analyze.isError && (
        <p className="field-error" role="alert">
          {isProblem(problem) ? t(`importer.problems.${problem}`) : errorText(analyze.error)}
        </p>
      )}
      {analysis && (
        <div className="exh-import">
          <p>{t('importer.summary', { file: file.fileName, rows: analysis.totalRows, headerRow: analysis.headerRow })}</p>
          <h3>{t('importer.mapping')}</h3>
          <p className="hint">{t('importer.mappingHint')}</p>
          <div className="exh-mapping">
            {EXHIBITOR_FIELDS.map((field) => (
              <label key={field} className="field">
                <span>{t(`form.${field}`)}</span>
                <select value={current[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
                  <option value="">{t('importer.notImported')}</option>
                  {analysis.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {current.legalName === undefined && <p className="field-error">{t('importer.needName')}</p>}
          {shownErrors && (
            <div role="alert" className="exh-import-errors">
              <p className="field-error">{t('importer.errors', { count: shownErrors.count })}</p>
              <table className="table" aria-label={t('importer.why')}>
                <thead>
                  <tr>
                    <th>{t('importer.row')}</th>
                    <th>{t('importer.column')}</th>
                    <th>{t('importer.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownErrors.rows.slice(0, 100).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.column}</td>
                      <td>
                        {why(e.message)}
                        {e.value && <span className="hint"> — “{e.value}”</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shownErrors.count > 100 && <p className="hint">{t('importer.moreErrors', { count: shownErrors.count - 100 })}</p>}
            </div>
          )}
          {!shownErrors && current.legalName !== undefined && <p>{t('importer.ready', { count: analysis.newCount })}</p>}
          {analysis.duplicates > 0 && (
            <fieldset className="exh-dup">
              <legend>{t('importer.duplicates', { count: analysis.duplicates })}</legend>
              {(['skip', 'update'] as const).map((d) => (
                <label key={d}>
                  <input type="radio" name="onDuplicate" checked={onDuplicate === d} onChange={() => setOnDuplicate(d)} />{' '}
                  {t(`importer.${d}`)}
                </label>
              ))}
            </fieldset>
          )}
          <h3>{t('importer.preview')}</h3>
          <div className="exh-preview">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('importer.row')}</th>
                  {mapped.map((f) => (
                    <th key={f}>{t(`form.${f}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {analysis.preview.map((p) => (
                  <tr key={p.row}>
                    <td>{p.row}</td>
                    {mapped.map((f) => (
                      <td key={f}>{p.values[f] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Dialog>
  );
}
