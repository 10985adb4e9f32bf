import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayInVietnam } from '../../../shared/dates';
import { formatDong } from '../../../shared/money';
import type { Allocation, Payment } from '../../../shared/model/exhibitor';
import { PaidWith, receiptLabel } from '../../../shared/model/ledger';
import { useApi } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLanguage } from '../../i18n';
import { useSayReason } from '../../i18n/reasons';
import { MoneyField } from '../../ui/MoneyField';
import { readMoney } from '../../ui/money';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey, useExhibitors, useRefresh } from './data';
import { RefundDialog, VoidDialog } from './LedgerDialogs';
import { useFormProblem } from './useFormProblem';
import { DateField } from '../../ui/DateField';

/** One ledger row: what it is, when, how much, who recorded it; a payment offers its receipt, void and refund. */
function LedgerLine({
  row,
  canChange,
  onVoid,
  onRefund,
  onReceipt,
}: {
  row: Payment;
  canChange: boolean;
  onVoid: () => void;
  onRefund: () => void;
  onReceipt: () => void;
}) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const say = useSayReason();
  const voided = row.voidedAt !== null;
  const no = row.receiptNo !== null ? receiptLabel(row.receiptNo) : null;
  return (
    <li className={voided ? 'exh-ledger-row voided' : 'exh-ledger-row'} data-testid="ledger-row">
      <span>
        {formatDay(row.paidOn, language)} · {t(`ledger.kinds.${row.kind}`)}
        {row.method !== 'none' && <> · {t(`ledger.methods.${row.method as PaidWith}`)}</>} ·{' '}
        <strong className={voided ? 'struck' : undefined}>
          {row.kind === 'payment' ? '' : '−'}
          {formatDong(row.amountDong, language)}
        </strong>
        {no && <span className="hint"> · {t('ledger.receiptNo', { no })}</span>}
        <span className="hint"> · {t('ledger.by', { name: row.recordedBy })}</span>
        {row.note && <span className="hint"> · {say(row.note)}</span>}
        {voided && (
          <span className="field-error" role="note">
            {' '}
            {t('ledger.voided', { name: row.voidedBy ?? '', reason: say(row.voidReason) })}
          </span>
        )}
      </span>
      {row.kind === 'payment' && (
        <span className="actions">
          {no && (
            <button type="button" className="link" onClick={onReceipt} title={t('ledger.receiptTitle', { no })}>
              {t('ledger.receipt')}
            </button>
          )}
          {canChange && !voided && (
            <>
              <button type="button" className="link" onClick={onRefund}>
                {t('ledger.refund')}
              </button>
              <button type="button" className="link danger-text" onClick={onVoid}>
                {t('ledger.void')}
              </button>
            </>
          )}
        </span>
      )}
    </li>
  );
}

/** The booking's ledger and the form to record one more payment. */
export function Payments({ fairId, allocation }: { fairId: string; allocation: Allocation }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const exhibitors = useExhibitors(fairId);
  const credit = exhibitors.data?.find((e) => e.id === allocation.exhibitorId)?.creditDong ?? 0;
  const rows = useQuery({
    queryKey: exhibitorsKey(fairId, 'payments', allocation.id, allocation.updatedAt),
    queryFn: () => api.listPayments({ fairId, allocationId: allocation.id }),
  });
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const [paidOn, setPaidOn] = useState(todayInVietnam());
  const [method, setMethod] = useState<PaidWith>('bank_transfer');
  const [payer, setPayer] = useState('');
  const [note, setNote] = useState('');
  const [voiding, setVoiding] = useState<Payment | null>(null);
  const [refunding, setRefunding] = useState<Payment | null>(null);
  const record = useMutation({
    mutationFn: (amountDong: number) =>
      api.recordPayment({
        fairId,
        allocationId: allocation.id,
        payment: { amountDong, paidOn, method, payer, note, expectedUpdatedAt: allocation.updatedAt },
      }),
    onSuccess: (r) => {
      setAmount('');
      setNote('');
      setTouched(false);
      form.clear();
      notices.info(t('detail.paymentSaved', { amount: formatDong(r.payment.amountDong, language) }));
      void refresh();
    },
    onError: form.report,
  });
  const receipt = useMutation({
    mutationFn: (paymentId: string) => api.printReceipt({ fairId, paymentId, language }),
    onSuccess: (file) => void saveFile(file),
    onError: notices.error,
  });
  const read = readMoney(amount, { kind: 'amount' });
  const active = allocation.status !== 'cancelled';
  return (
    <section className="exh-payments" aria-label={t('detail.payments')}>
      <h3>{t('detail.payments')}</h3>
      {rows.data?.length === 0 && <p className="hint">{t('detail.noPayments')}</p>}
      <ul className="exh-ledger">
        {rows.data?.map((row) => (
          <LedgerLine
            key={row.id}
            row={row}
            canChange={active}
            onVoid={() => setVoiding(row)}
            onRefund={() => setRefunding(row)}
            onReceipt={() => receipt.mutate(row.id)}
          />
        ))}
      </ul>
      {active && allocation.status !== 'held' && allocation.balanceDong > 0 && (
        <form
          className="exh-payment-form"
          noValidate
          aria-label={t('detail.addPayment')}
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            // Blank means "the whole balance"; anything typed must be read, or nothing is recorded.
            if (amount.trim() === '') record.mutate(allocation.balanceDong);
            else if (read.ok) record.mutate(read.value);
          }}
        >
          {credit > 0 && (
            <p className="hint">{t('ledger.creditAvailable', { name: allocation.exhibitorName, amount: formatDong(credit, language) })}</p>
          )}
          <div className="field-row">
            <MoneyField
              label={t('ledger.amount')}
              name="amount"
              value={amount}
              onChange={setAmount}
              touched={touched && amount.trim() !== ''}
              placeholder={formatDong(allocation.balanceDong, language)}
            />
            <DateField label={t('detail.paidOn')} name="paidOn" value={paidOn} onChange={setPaidOn} />
          </div>
          <div className="field-row">
            <label className="field">
              <span>{t('detail.method')}</span>
              <select name="method" value={method} onChange={(e) => setMethod(e.target.value as PaidWith)}>
                {PaidWith.options
                  .filter((m) => m !== 'credit' || credit > 0)
                  .map((m) => (
                    <option key={m} value={m}>
                      {t(`ledger.methods.${m}`)}
                    </option>
                  ))}
              </select>
            </label>
            <label className="field">
              <span>{t('ledger.payer')}</span>
              <input name="payer" value={payer} placeholder={allocation.exhibitorName} onChange={(e) => setPayer(e.target.value)} />
            </label>
          </div>
          <label className="field">
            <span>{t('detail.note')}</span>
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {form.problem && (
            <p className="field-error" role="alert">
              {form.problem}
            </p>
          )}
          <button type="submit" className="primary" disabled={record.isPending}>
            {t('detail.addPayment')}
          </button>
        </form>
      )}
      {voiding && <VoidDialog fairId={fairId} allocation={allocation} payment={voiding} onClose={() => setVoiding(null)} />}
      {refunding && <RefundDialog fairId={fairId} allocation={allocation} payment={refunding} onClose={() => setRefunding(null)} />}
    </section>
  );
}
