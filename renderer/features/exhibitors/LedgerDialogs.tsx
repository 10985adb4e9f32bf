import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../shared/dates';
import { formatDong } from '../../../shared/money';
import type { Allocation, Payment } from '../../../shared/model/exhibitor';
import { receiptLabel, RefundMethod } from '../../../shared/model/ledger';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { FormDialog } from '../../ui/FormDialog';
import { MoneyField } from '../../ui/MoneyField';
import { readMoney, type MoneyReading } from '../../ui/money';
import { useNotices } from '../../ui/notices';
import { useRefresh } from './data';
import { useFormProblem } from './useFormProblem';

function Problem({ text }: { text: string | null }) {
  return text ? (
    <p className="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** What a dialog about one row of a booking's ledger is opened with. */
interface LedgerRowDialogProps {
  fairId: string;
  allocation: Allocation;
  payment: Payment;
  onClose: () => void;
}

/** Voids one payment with a reason; the row stays, struck through. */
export function VoidDialog({ fairId, allocation, payment, onClose }: LedgerRowDialogProps) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const [reason, setReason] = useState('');
  const amount = formatDong(payment.amountDong, language);
  const run = useMutation({
    mutationFn: () => api.voidPayment({ fairId, paymentId: payment.id, reason, expectedUpdatedAt: allocation.updatedAt }),
    onSuccess: () => {
      notices.info(t('ledger.voidDone', { amount }));
      void refresh();
      onClose();
    },
    onError: form.report,
  });
  return (
    <FormDialog
      title={t('ledger.voidTitle', { no: payment.receiptNo ? receiptLabel(payment.receiptNo) : '', amount })}
      onClose={onClose}
      onSubmit={() => (reason.trim() ? run.mutate() : form.show(t('ledger.reasonRequired')))}
      submitLabel={t('ledger.voidConfirm')}
      cancelLabel={t('ledger.cancelBack')}
      busy={run.isPending}
    >
      <p>{t('ledger.voidBody', { amount })}</p>
      <label className="field">
        <span>{t('ledger.reason')}</span>
        <input name="reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <Problem text={form.problem} />
    </FormDialog>
  );
}

/** How money goes back: cash or a transfer. */
function RefundMethodField({ value, onChange }: { value: RefundMethod; onChange: (method: RefundMethod) => void }) {
  const { t } = useTranslation('exhibitors');
  return (
    <label className="field">
      <span>{t('ledger.refundMethod')}</span>
      <select name="refundMethod" value={value} onChange={(e) => onChange(e.target.value as RefundMethod)}>
        {RefundMethod.options.map((m) => (
          <option key={m} value={m}>
            {t(`ledger.methods.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface RefundRequest {
  amountDong: number;
  method: RefundMethod;
  reason: string;
  paidOn: string;
}

/** Money given back (on a booking, or of the exhibitor's credit): amount read by the one reader, method, reason. */
function RefundFormDialog({
  fairId,
  title,
  maxDong,
  initialMethod,
  refund,
  onClose,
}: {
  fairId: string;
  title: string;
  maxDong: number;
  initialMethod: RefundMethod;
  refund: (request: RefundRequest) => Promise<Payment>;
  onClose: () => void;
}) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const [amount, setAmount] = useState(String(maxDong));
  const [method, setMethod] = useState<RefundMethod>(initialMethod);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const read = readMoney(amount, { kind: 'amount' });
  const run = useMutation({
    mutationFn: (amountDong: number) => refund({ amountDong, method, reason, paidOn: todayInVietnam() }),
    onSuccess: (row) => {
      notices.info(t('ledger.refundDone', { amount: formatDong(row.amountDong, language) }));
      void refresh();
      onClose();
    },
    onError: form.report,
  });
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      onSubmit={() => {
        setTouched(true);
        if (!reason.trim()) return form.show(t('ledger.reasonRequired'));
        if (read.ok) run.mutate(read.value);
      }}
      submitLabel={t('ledger.refundConfirm')}
      busy={run.isPending}
    >
      <p className="hint">{t('ledger.refundBody', { max: formatDong(maxDong, language) })}</p>
      <MoneyField label={t('ledger.amount')} name="refundAmount" value={amount} onChange={setAmount} touched={touched} autoFocus />
      <RefundMethodField value={method} onChange={setMethod} />
      <label className="field">
        <span>{t('ledger.reason')}</span>
        <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <Problem text={form.problem} />
    </FormDialog>
  );
}

/** Gives money back on an active booking, linked to the payment it answers. */
export function RefundDialog({ fairId, allocation, payment, onClose }: LedgerRowDialogProps) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  return (
    <RefundFormDialog
      fairId={fairId}
      title={t('ledger.refundTitle', { booth: allocation.boothNumber })}
      maxDong={Math.min(allocation.heldDong, payment.amountDong)}
      initialMethod={payment.method === 'cash' ? 'cash' : 'bank_transfer'}
      refund={(r) =>
        api.refundPayment({ fairId, allocationId: allocation.id, ...r, refundOf: payment.id, expectedUpdatedAt: allocation.updatedAt })
      }
      onClose={onClose}
    />
  );
}

/** An exhibitor's credit (kept from a cancelled booth) paid back to them. */
export function CreditRefundDialog({
  fairId,
  exhibitorId,
  creditDong,
  onClose,
}: {
  fairId: string;
  exhibitorId: string;
  creditDong: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  return (
    <RefundFormDialog
      fairId={fairId}
      title={t('ledger.creditRefundTitle')}
      maxDong={creditDong}
      initialMethod="cash"
      refund={(r) => api.refundCredit({ fairId, exhibitorId, ...r })}
      onClose={onClose}
    />
  );
}

type Choice = 'refund' | 'credit' | 'retain' | 'split';

/**
 * Cancelling a booking: when it holds money, the organizer says what becomes of it (all refunded,
 * kept as the exhibitor's credit, retained, or split), and each part is recorded in the ledger.
 */
export function CancelBookingDialog({ fairId, allocation, onClose }: { fairId: string; allocation: Allocation; onClose: () => void }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const form = useFormProblem();
  const held = allocation.heldDong;
  const [choice, setChoice] = useState<Choice>('refund');
  const [parts, setParts] = useState({ refund: '', credit: '', retain: '' });
  const [method, setMethod] = useState<RefundMethod>('cash');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const readPart = (text: string): number | MoneyReading => (text.trim() === '' ? 0 : readMoney(text, { kind: 'amount', allowZero: true }));
  const split = { refund: readPart(parts.refund), credit: readPart(parts.credit), retain: readPart(parts.retain) };
  const value = (r: number | MoneyReading) => (typeof r === 'number' ? r : r.ok ? r.value : null);
  const settlement =
    choice === 'split'
      ? { refundDong: value(split.refund), creditDong: value(split.credit), retainDong: value(split.retain) }
      : {
          refundDong: choice === 'refund' ? held : 0,
          creditDong: choice === 'credit' ? held : 0,
          retainDong: choice === 'retain' ? held : 0,
        };
  const readable = settlement.refundDong !== null && settlement.creditDong !== null && settlement.retainDong !== null;
  const left = held - (settlement.refundDong ?? 0) - (settlement.creditDong ?? 0) - (settlement.retainDong ?? 0);
  const run = useMutation({
    mutationFn: () =>
      api.cancelAllocation({
        fairId,
        allocationId: allocation.id,
        expectedUpdatedAt: allocation.updatedAt,
        ...(held > 0
          ? {
              settlement: {
                refundDong: settlement.refundDong ?? 0,
                refundMethod: method,
                creditDong: settlement.creditDong ?? 0,
                retainDong: settlement.retainDong ?? 0,
                reason,
              },
            }
          : {}),
      }),
    onSuccess: () => {
      notices.info(t('ledger.cancelled', { booth: allocation.boothNumber }));
      void refresh();
      onClose();
    },
    onError: form.report,
  });
  const name = allocation.exhibitorName;
  return (
    <FormDialog
      title={t('ledger.cancelTitle', { booth: allocation.boothNumber })}
      onClose={onClose}
      onSubmit={() => {
        setTouched(true);
        if (held > 0 && (!readable || left !== 0)) return;
        run.mutate();
      }}
      submitLabel={t('ledger.cancelConfirm')}
      cancelLabel={t('ledger.cancelBack')}
      busy={run.isPending}
    >
      {held === 0 ? (
        <p>{t('detail.cancelBody', { name, booth: allocation.boothNumber })}</p>
      ) : (
        <>
          <p>{t('ledger.cancelIntro', { name, amount: formatDong(held, language) })}</p>
          <fieldset className="exh-choices" role="radiogroup">
            {(['refund', 'credit', 'retain', 'split'] as const).map((c) => (
              <label key={c} className="radio">
                <input type="radio" name="settle" value={c} checked={choice === c} onChange={() => setChoice(c)} />
                {t(`ledger.choices.${c}`, { name })}
              </label>
            ))}
          </fieldset>
          {choice === 'split' && (
            <div className="field-row">
              {(['refund', 'credit', 'retain'] as const).map((k) => (
                <MoneyField
                  key={k}
                  label={t(`ledger.${k}Part`)}
                  name={`${k}Part`}
                  value={parts[k]}
                  onChange={(text) => setParts({ ...parts, [k]: text })}
                  as={{ kind: 'amount', allowZero: true }}
                  placeholder="0"
                />
              ))}
            </div>
          )}
          {choice === 'split' && readable && left !== 0 && (
            <p className={touched ? 'field-error' : 'hint'} role={touched ? 'alert' : undefined}>
              {left > 0
                ? t('ledger.splitLeft', { amount: formatDong(left, language) })
                : t('ledger.splitOver', { amount: formatDong(-left, language) })}
            </p>
          )}
          {(choice === 'refund' || (choice === 'split' && (settlement.refundDong ?? 0) > 0)) && (
            <RefundMethodField value={method} onChange={setMethod} />
          )}
          <label className="field">
            <span>{t('ledger.cancelReason')}</span>
            <input name="cancelReason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        </>
      )}
      <Problem text={form.problem} />
    </FormDialog>
  );
}
