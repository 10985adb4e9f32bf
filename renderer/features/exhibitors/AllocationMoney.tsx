import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import type { Allocation } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { MoneyField } from '../../ui/MoneyField';
import { readMoney } from '../../ui/money';
import { useNotices } from '../../ui/notices';
import { useRefresh } from './data';
import { useFormProblem } from './useFormProblem';

export { Payments } from './PaymentsPanel';

/** The booking's figures, all summed from its ledger: net fee, paid, refunded, balance, and a deposit said as such. */
export function MoneyFigures({ allocation }: { allocation: Allocation }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const a = allocation;
  const deposit = a.status !== 'cancelled' && a.heldDong > 0 && a.heldDong < a.invoicedDong;
  return (
    <>
      <dl className="exh-figures">
        <dt>{t('ledger.invoiced')}</dt>
        <dd data-testid="net-fee">{formatDong(a.invoicedDong, language)}</dd>
        <dt>{t('ledger.paid')}</dt>
        <dd data-testid="paid">{formatDong(a.paidDong, language)}</dd>
        {a.refundedDong > 0 && (
          <>
            <dt>{t('ledger.refunded')}</dt>
            <dd data-testid="refunded">{formatDong(a.refundedDong, language)}</dd>
          </>
        )}
        {a.creditedDong > 0 && (
          <>
            <dt>{t('ledger.credited')}</dt>
            <dd>{formatDong(a.creditedDong, language)}</dd>
          </>
        )}
        {a.retainedDong > 0 && (
          <>
            <dt>{t('ledger.retained')}</dt>
            <dd>{formatDong(a.retainedDong, language)}</dd>
          </>
        )}
        <dt>{t('ledger.balance')}</dt>
        <dd data-testid="balance-due">{formatDong(a.balanceDong, language)}</dd>
      </dl>
      {deposit && (
        <p className="exh-deposit" data-testid="deposit">
          {t('ledger.deposit', { amount: formatDong(a.heldDong, language) })}
        </p>
      )}
    </>
  );
}

/** Booth fee with discount (an amount or a percentage) and its reason; every figure read by the one amount reader. */
export function FeeForm({ fairId, allocation }: { fairId: string; allocation: Allocation }) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const [fee, setFee] = useState(String(allocation.feeDong));
  const [discount, setDiscount] = useState(String(allocation.discountDong));
  const [reason, setReason] = useState(allocation.discountReason);
  const [touched, setTouched] = useState(false);
  const feeRead = readMoney(fee, { kind: 'amount', allowZero: true });
  const feeDong = feeRead.ok ? feeRead.value : null;
  const discountRead = readMoney(discount, { kind: 'discount', baseDong: feeDong ?? 0 });
  const discountDong = discountRead.ok ? discountRead.value : null;
  const save = useMutation({
    mutationFn: (input: { feeDong: number; discountDong: number }) =>
      api.setAllocationFee({
        fairId,
        allocationId: allocation.id,
        ...input,
        discountReason: reason,
        expectedUpdatedAt: allocation.updatedAt,
      }),
    onSuccess: () => {
      form.clear();
      notices.info(t('detail.feeSaved'));
      void refresh();
    },
    onError: form.report,
  });
  const unchanged = feeDong === allocation.feeDong && discountDong === allocation.discountDong && reason === allocation.discountReason;
  return (
    <form
      className="exh-fee"
      noValidate
      aria-label={t('detail.fee')}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        // Nothing is saved from a field FairFloor could not read.
        if (feeDong === null || discountDong === null) return;
        save.mutate({ feeDong, discountDong });
      }}
    >
      <div className="field-row">
        <MoneyField
          label={t('ledger.fee')}
          name="fee"
          value={fee}
          onChange={setFee}
          as={{ kind: 'amount', allowZero: true }}
          touched={touched}
        />
        <MoneyField
          label={t('ledger.discount')}
          name="discount"
          value={discount}
          onChange={setDiscount}
          as={{ kind: 'discount', baseDong: feeDong ?? 0 }}
          touched={touched}
          placeholder="10%"
        />
      </div>
      {(discountDong ?? 0) > 0 && (
        <label className="field">
          <span>{t('detail.discountReason')}</span>
          <input name="discountReason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      {form.problem && (
        <p className="field-error" role="alert">
          {form.problem}
        </p>
      )}
      <MoneyFigures allocation={allocation} />
      <button type="submit" disabled={save.isPending || unchanged}>
        {t('detail.saveFee')}
      </button>
    </form>
  );
}
