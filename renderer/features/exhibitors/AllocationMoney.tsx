import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { formatDay, todayInVietnam } from '../../../shared/dates';
import { formatDong } from '../../../shared/money';
import { PaymentMethod } from '../../../shared/model/common';
import type { Allocation } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey, useRefresh } from './data';

const RULES = ['illegalTransition', 'balanceDue', 'overpayment', 'notPayable', 'discountTooLarge', 'belowPaid', 'positive'] as const;
type Rule = (typeof RULES)[number];

/**
 * The sentence under a form: a refused rule (a VALIDATION reply) is shown there, in place;
 * anything else goes to the notices.
 */
function useFormProblem() {
  const { t } = useTranslation(['exhibitors', 'common']);
  const notices = useNotices();
  const [problem, setProblem] = useState<string | null>(null);
  const ruleText = (error: unknown): string | null => {
    if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
    const issue = (error.details as { issues?: FieldIssue[] } | undefined)?.issues?.[0];
    if (!issue) return null;
    return (RULES as readonly string[]).includes(issue.message) ? t(`detail.rules.${issue.message as Rule}`) : t('common:required');
  };
  const report = (error: unknown) => {
    const text = ruleText(error);
    if (text) setProblem(text);
    else notices.error(error);
  };
  return { problem, clear: () => setProblem(null), report };
}

const toDong = (text: string) => Math.round(Number(text.replace(/[^\d]/g, '')) || 0);

/** Booth fee with discount and reason; the net, paid and balance figures below it. */
export function FeeForm({ fairId, allocation }: { fairId: string; allocation: Allocation }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const [fee, setFee] = useState(String(allocation.feeDong));
  const [discount, setDiscount] = useState(String(allocation.discountDong));
  const [reason, setReason] = useState(allocation.discountReason);
  const save = useMutation({
    mutationFn: () =>
      api.setAllocationFee({
        fairId,
        allocationId: allocation.id,
        feeDong: toDong(fee),
        discountDong: toDong(discount),
        discountReason: reason,
      }),
    onSuccess: () => {
      form.clear();
      notices.info(t('detail.feeSaved'));
      void refresh();
    },
    onError: form.report,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="exh-fee" onSubmit={submit} aria-label={t('detail.fee')}>
      <div className="field-row">
        <label className="field">
          <span>{t('detail.fee')}</span>
          <input inputMode="numeric" value={fee} onChange={(e) => setFee(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('detail.discount')}</span>
          <input inputMode="numeric" value={discount} onChange={(e) => setDiscount(e.target.value)} />
        </label>
      </div>
      {toDong(discount) > 0 && (
        <label className="field">
          <span>{t('detail.discountReason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      {form.problem && (
        <p className="field-error" role="alert">
          {form.problem}
        </p>
      )}
      <dl className="exh-figures">
        <dt>{t('detail.net')}</dt>
        <dd>{formatDong(allocation.feeDong - allocation.discountDong, language)}</dd>
        <dt>{t('detail.paidSoFar')}</dt>
        <dd>{formatDong(allocation.paidDong, language)}</dd>
        <dt>{t('detail.balance')}</dt>
        <dd data-testid="balance-due">{formatDong(allocation.balanceDong, language)}</dd>
      </dl>
      <button
        type="submit"
        disabled={
          save.isPending ||
          (toDong(fee) === allocation.feeDong && toDong(discount) === allocation.discountDong && reason === allocation.discountReason)
        }
      >
        {t('detail.saveFee')}
      </button>
    </form>
  );
}

/** Payments recorded against a booking, and the form to record one more. */
export function Payments({ fairId, allocation }: { fairId: string; allocation: Allocation }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const payments = useQuery({
    queryKey: exhibitorsKey(fairId, 'payments', allocation.id, allocation.paidDong),
    queryFn: () => api.listPayments({ fairId, allocationId: allocation.id }),
  });
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(todayInVietnam());
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [note, setNote] = useState('');
  const record = useMutation({
    mutationFn: (amountDong: number) =>
      api.recordPayment({ fairId, allocationId: allocation.id, payment: { amountDong, paidOn, method, note } }),
    onSuccess: (_r, amountDong) => {
      setAmount('');
      setNote('');
      form.clear();
      notices.info(t('detail.paymentSaved', { amount: formatDong(amountDong, language) }));
      void refresh();
    },
    onError: form.report,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(amount === '' ? allocation.balanceDong : toDong(amount));
  };
  return (
    <section className="exh-payments" aria-label={t('detail.payments')}>
      <h3>{t('detail.payments')}</h3>
      {payments.data?.length === 0 && <p className="hint">{t('detail.noPayments')}</p>}
      <ul>
        {payments.data?.map((p) => (
          <li key={p.id}>
            {formatDay(p.paidOn, language)} · {t(`detail.methods.${p.method}`)} · <strong>{formatDong(p.amountDong, language)}</strong>
            {p.note && <span className="hint"> · {p.note}</span>}
          </li>
        ))}
      </ul>
      {allocation.balanceDong > 0 && (
        <form className="exh-payment-form" onSubmit={submit}>
          <div className="field-row">
            <label className="field">
              <span>{t('detail.amount')}</span>
              <input
                inputMode="numeric"
                value={amount}
                placeholder={String(allocation.balanceDong)}
                onChange={(e) => setAmount(e.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('detail.paidOn')}</span>
              <input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span>{t('detail.method')}</span>
              <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
                {PaymentMethod.options.map((m) => (
                  <option key={m} value={m}>
                    {t(`detail.methods.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('detail.note')}</span>
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          </div>
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
    </section>
  );
}
