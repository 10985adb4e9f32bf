import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../shared/model/common';
import type { CorrectSaleInput, SaleBooth, SaleEntry } from '../../../shared/model/sales';
import { formatDong, formatNumber } from '../../../shared/money';
import { parseAmount } from '../../../shared/sales-amount';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useNotices } from '../../ui/notices';
import { MoneyField } from '../../ui/MoneyField';
import { useSalesAmountField } from './useSalesAmountField';
import { BoothField, findBooth } from './BoothField';
import { useSaleErrors, type FieldErrors } from './errors';
import { useSalesChanged } from './keys';
import { MethodSelect } from './MethodSelect';
import { useLargeAmountConfirm } from './useLargeAmountConfirm';
import { useDismissLabel } from '../../ui/dismiss';

interface DialogProps {
  fairId: string;
  entry: SaleEntry;
  onClose: () => void;
}

function FormFooter({ onClose, label, busy, danger }: { onClose: () => void; label: string; busy: boolean; danger?: boolean }) {
  const { t } = useTranslation('common');
  const dismiss = useDismissLabel(label);
  return (
    <div className="dialog-footer sales-dialog-footer">
      <button type="button" onClick={onClose}>
        {dismiss}
      </button>
      <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
        {busy ? t('saving') : label}
      </button>
    </div>
  );
}

/** A correction: a new entry replaces this one, which stays on record as voided. */
export function CorrectSaleDialog({ fairId, entry, booths, onClose }: DialogProps & { booths: readonly SaleBooth[] }) {
  const { t } = useTranslation('sales');
  const amountField = useSalesAmountField();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [booth, setBooth] = useState(entry.boothNumber);
  const [amount, setAmount] = useState(formatNumber(entry.amountDong, 'vi'));
  const [method, setMethod] = useState<PaymentMethod>(entry.method);
  const [note, setNote] = useState(entry.note);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmLarge, confirmDialog] = useLargeAmountConfirm();
  const correct = useMutation({
    mutationFn: (input: CorrectSaleInput) => api.correctSale(input),
    onSuccess: () => {
      notices.info(t('correct.done'));
      void changed();
      onClose();
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAmount(amount);
    const target = findBooth(booths, booth);
    if (!target) return setErrors({ boothNumber: t('rules.noBooth') });
    if (!target.forSale) return setErrors({ boothNumber: t('rules.notForSale') });
    if (!parsed.ok) return;
    if (parsed.confirm && !(await confirmLarge(parsed.amount, target.number))) return;
    correct.mutate({
      fairId,
      saleId: entry.id,
      boothNumber: target.number,
      day: entry.day,
      amountDong: parsed.amount,
      method,
      note,
      reason,
      confirmLarge: parsed.confirm,
      confirmDuplicate: false,
    });
  };
  return (
    <Dialog title={t('correct.title')} open onClose={onClose}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t('correct.hint')}</p>
        <BoothField booths={booths} value={booth} onChange={setBooth} error={errors.boothNumber} />
        <MoneyField {...amountField} value={amount} onChange={setAmount} touched error={errors.amountDong} />
        <MethodSelect value={method} onChange={setMethod} />
        <label className="field">
          <span>{t('form.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </label>
        <label className="field">
          <span>{t('correct.reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
        </label>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <FormFooter onClose={onClose} label={t('correct.save')} busy={correct.isPending} />
      </form>
      {confirmDialog}
    </Dialog>
  );
}

/** Voiding asks for a reason; the entry stays listed and leaves every total. */
export function VoidSaleDialog({ fairId, entry, onClose }: DialogProps) {
  const { t } = useTranslation(['sales', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const voidSale = useMutation({
    mutationFn: () => api.voidSale({ fairId, saleId: entry.id, reason }),
    onSuccess: () => {
      notices.info(t('void.done'));
      void changed();
      onClose();
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setErrors({ reason: t('common:required') });
    voidSale.mutate();
  };
  return (
    <Dialog title={t('void.title')} open onClose={onClose}>
      <form className="form-grid" onSubmit={submit} noValidate>
        <p>{t('void.body', { booth: entry.boothNumber, amount: formatDong(entry.amountDong, language) })}</p>
        <label className="field">
          <span>{t('void.reason')}</span>
          <input
            autoFocus
            value={reason}
            placeholder={t('void.reasonPlaceholder')}
            maxLength={300}
            aria-invalid={errors.reason ? true : undefined}
            onChange={(e) => (setReason(e.target.value), setErrors({}))}
          />
          {errors.reason && <span className="field-error">{errors.reason}</span>}
        </label>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <FormFooter onClose={onClose} label={t('void.confirm')} busy={voidSale.isPending} danger />
      </form>
    </Dialog>
  );
}
