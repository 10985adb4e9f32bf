import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import { formatDong } from '../../../shared/money';
import type { Agreement, AgreementInput, AgreementKind } from '../../../shared/model/report-settings';
import { parseAmount } from '../../../shared/sales-amount';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { MoneyField } from '../../ui/MoneyField';
import { reportKeys } from '../sales/keys';
import { DateField } from '../../ui/DateField';

const agreementsKey = (fairId: string) => [...reportKeys.all(fairId), 'agreements'] as const;

/** Contracts and MoUs signed at the fair: the report counts them and sums their value. */
export function AgreementsPanel({ fairId }: { fairId: string }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: agreementsKey(fairId), queryFn: () => api.listAgreements({ fairId }) });
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  const [removing, setRemoving] = useState<Agreement | null>(null);
  const [lastRemoved, setLastRemoved] = useState<Agreement | null>(null);
  const changed = () => queryClient.invalidateQueries({ queryKey: reportKeys.all(fairId) });
  const setRemoved = useMutation({
    mutationFn: ({ a, removed }: { a: Agreement; removed: boolean }) => api.setAgreementRemoved({ fairId, agreementId: a.id, removed }),
    onSuccess: async (_r, { a, removed }) => {
      setLastRemoved(removed ? a : null);
      setRemoving(null);
      if (removed) notices.info(t('admin.agreements.removed', { parties: a.parties }));
      await changed();
    },
    onError: notices.error,
  });
  const rows = list.data ?? [];
  const total = rows.reduce((n, a) => n + a.valueDong, 0);
  return (
    <section className="reports-card" aria-labelledby="agreements-title">
      <div className="reports-card-head">
        <h2 id="agreements-title">{t('admin.agreements.title')}</h2>
        <button type="button" onClick={() => setEditing('new')}>
          {t('admin.agreements.add')}
        </button>
      </div>
      {lastRemoved && (
        <p className="hint">
          {t('admin.agreements.removed', { parties: lastRemoved.parties })}{' '}
          <button type="button" className="link" onClick={() => setRemoved.mutate({ a: lastRemoved, removed: false })}>
            {t('admin.agreements.undo')}
          </button>
        </p>
      )}
      {list.isSuccess && rows.length === 0 && <p className="empty-state">{t('admin.agreements.empty')}</p>}
      {rows.length > 0 && (
        <table className="reports-table">
          <thead>
            <tr>
              <th>{t('admin.agreements.kind')}</th>
              <th>{t('admin.agreements.parties')}</th>
              <th>{t('admin.agreements.signedOn')}</th>
              <th className="num">{t('admin.agreements.value')}</th>
              <th>{t('admin.agreements.note')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>{t(`admin.agreements.kinds.${a.kind}`)}</td>
                <td>{a.parties}</td>
                <td>{a.signedOn ? formatDay(a.signedOn, language) : '—'}</td>
                <td className="num">{a.valueDong ? formatDong(a.valueDong, language) : '—'}</td>
                <td>{a.note}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => setEditing(a)}
                    aria-label={`${t('admin.agreements.edit')} ${a.parties}`}
                  >
                    {t('admin.agreements.edit')}
                  </button>
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => setRemoving(a)}
                    aria-label={`${t('admin.agreements.remove')} ${a.parties}`}
                  >
                    {t('admin.agreements.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={6}>{t('admin.agreements.total', { count: rows.length, value: formatDong(total, language) })}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {editing && (
        <AgreementDialog
          fairId={fairId}
          agreement={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => void changed()}
        />
      )}
      <ConfirmDialog
        open={!!removing}
        title={t('admin.agreements.confirmRemove', { parties: removing?.parties ?? '' })}
        body={t('admin.agreements.confirmBody')}
        confirmLabel={t('admin.agreements.remove')}
        danger
        busy={setRemoved.isPending}
        onConfirm={() => removing && setRemoved.mutate({ a: removing, removed: true })}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

function AgreementDialog({
  fairId,
  agreement,
  onClose,
  onSaved,
}: {
  fairId: string;
  agreement?: Agreement;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const api = useApi();
  const notices = useNotices();
  const [kind, setKind] = useState<AgreementKind>(agreement?.kind ?? 'contract');
  const [parties, setParties] = useState(agreement?.parties ?? '');
  const [value, setValue] = useState(agreement?.valueDong ? String(agreement.valueDong) : '');
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? '');
  const [note, setNote] = useState(agreement?.note ?? '');
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: (input: AgreementInput) =>
      agreement
        ? api.updateAgreement({ fairId, agreementId: agreement.id, agreement: input, expectedUpdatedAt: agreement.updatedAt })
        : api.addAgreement({ fairId, agreement: input }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
    onError: notices.error,
  });
  // The one amount reader: "850tr", "1,2 tỷ", "850.000.000"; blank means no value stated.
  const amount = value.trim() === '' ? ({ ok: true, amount: 0 } as const) : parseAmount(value);
  const submit = () => {
    setTouched(true);
    if (!parties.trim() || !amount.ok) return;
    save.mutate({ kind, parties, valueDong: amount.amount, signedOn: signedOn || null, note });
  };
  return (
    <FormDialog
      title={agreement ? t('admin.agreements.editTitle') : t('admin.agreements.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common:save')}
      busy={save.isPending}
    >
      <label className="field">
        <span>{t('admin.agreements.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as AgreementKind)}>
          <option value="contract">{t('admin.agreements.kinds.contract')}</option>
          <option value="mou">{t('admin.agreements.kinds.mou')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('admin.agreements.parties')}</span>
        <textarea
          rows={2}
          value={parties}
          autoFocus
          aria-invalid={touched && !parties.trim() ? true : undefined}
          onChange={(e) => setParties(e.target.value)}
        />
        {touched && !parties.trim() && <span className="field-error">{t('admin.agreements.required')}</span>}
      </label>
      <MoneyField label={t('admin.agreements.value')} value={value} onChange={setValue} />
      <p className="hint">{t('admin.agreements.valueHint')}</p>
      <DateField label={t('admin.agreements.signedOn')} value={signedOn} onChange={setSignedOn} />
      <label className="field">
        <span>{t('admin.agreements.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </FormDialog>
  );
}
