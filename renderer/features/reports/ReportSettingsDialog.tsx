import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import type { FairReport } from '../../../shared/model/report';
import { ReportSettingsInput, type ReportSettings } from '../../../shared/model/report-settings';
import { PROVINCES, provinceLabel } from '../../../shared/provinces';
import { useApi } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { reportKeys } from '../sales/keys';
import { DateField } from '../../ui/DateField';

type TextKey = Exclude<keyof ReportSettingsInput, 'reportDay'>;
const HEADER: TextKey[] = ['parentBody', 'issuingBody', 'number', 'place'];
const SIGNER: TextKey[] = ['signerAuthority', 'signerTitle', 'signerName'];
const LONG: TextKey[] = ['recipients', 'purpose', 'assessment', 'recommendations'];

/** The header, signature and free text of the report; blanks fall back to the defaults shown in grey. */
export function ReportSettingsDialog({ fairId, report, onClose }: { fairId: string; report: FairReport; onClose: () => void }) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const api = useApi();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: [...reportKeys.all(fairId), 'settings'], queryFn: () => api.getReportSettings({ fairId }) });
  const fairs = useQuery({ queryKey: ['fairs'], queryFn: () => api.listFairs({}) });
  const [draft, setDraft] = useState<ReportSettings | null>(null);
  const values = draft ?? stored.data ?? null;
  const [previous, setPrevious] = useState<string | null | undefined>(undefined);
  const save = useMutation({
    mutationFn: async (v: ReportSettings) => {
      const { previousFairId: _p, previousFairName: _n, updatedAt, ...input } = v;
      let saved = await api.updateReportSettings({ fairId, settings: ReportSettingsInput.parse(input), expectedUpdatedAt: updatedAt });
      if (previous !== undefined && previous !== saved.previousFairId) {
        saved = await api.setPreviousEdition({ fairId, previousFairId: previous, expectedUpdatedAt: saved.updatedAt });
      }
      return saved;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: reportKeys.all(fairId) });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        notices.info(t('admin.form.conflict'));
        setDraft(null);
        await stored.refetch();
      } else notices.error(error);
    },
  });
  if (!values) return null;
  const defaults = report.settings;
  const set = (key: keyof ReportSettings, value: string | null) => setDraft({ ...values, [key]: value });
  const input = (key: TextKey) => (
    <label className="field" key={key}>
      <span>{t(`admin.form.${key}`)}</span>
      <input name={key} value={values[key]} placeholder={defaults[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const previousId = previous === undefined ? values.previousFairId : previous;
  return (
    <FormDialog
      title={t('admin.form.title')}
      onClose={onClose}
      onSubmit={() => save.mutate(values)}
      submitLabel={t('common:save')}
      busy={save.isPending}
      wide
      formClassName="form-grid reports-settings-form"
    >
      <p className="hint reports-wide">{t('admin.form.hint')}</p>
      <h3 className="reports-wide">{t('admin.form.header')}</h3>
      {HEADER.map(input)}
      <DateField
        label={t('admin.form.reportDay')}
        name="reportDay"
        value={values.reportDay ?? ''}
        onChange={(day) => set('reportDay', day || null)}
        min={report.fair.firstDay}
      />
      <label className="field">
        <span>{t('admin.form.hostProvince')}</span>
        <select name="hostProvince" value={values.hostProvince} onChange={(e) => set('hostProvince', e.target.value)}>
          <option value="">{defaults.hostProvince ? `(${provinceLabel(defaults.hostProvince, i18n.language)})` : '—'}</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {provinceLabel(p, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('admin.form.previous')}</span>
        <select name="previousFairId" value={previousId ?? ''} onChange={(e) => setPrevious(e.target.value || null)}>
          <option value="">{t('admin.form.noPrevious')}</option>
          {values.previousFairId && !fairs.data?.fairs.some((f) => f.id === values.previousFairId) && (
            <option value={values.previousFairId}>{values.previousFairName}</option>
          )}
          {fairs.data?.fairs
            .filter((f) => f.id !== fairId)
            .map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
        </select>
      </label>
      <h3 className="reports-wide">{t('admin.form.signer')}</h3>
      {SIGNER.map(input)}
      <h3 className="reports-wide">{t('admin.form.content')}</h3>
      {LONG.map((key) => (
        <label className="field reports-wide" key={key}>
          <span>{t(`admin.form.${key}`)}</span>
          <textarea
            name={key}
            rows={key === 'recipients' ? 3 : 4}
            value={values[key]}
            placeholder={defaults[key]}
            onChange={(e) => set(key, e.target.value)}
          />
        </label>
      ))}
    </FormDialog>
  );
}
