import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatDay, formatTimestamp } from '../../../shared/dates';
import type { PaymentMethod } from '../../../shared/model/common';
import { type RecordSaleInput, type SaleBooth, type SaleEntry } from '../../../shared/model/sales';
import { formatDong } from '../../../shared/money';
import { parseAmount } from '../../../shared/sales-amount';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { MoneyField } from '../../ui/MoneyField';
import { useSalesAmountField } from './useSalesAmountField';
import { BoothField, findBooth } from './BoothField';
import { refusedRule, useSaleErrors, type FieldErrors } from './errors';
import { useSalesChanged } from './keys';
import { MethodSelect } from './MethodSelect';
import { useAsk } from './useAsk';
import { useLargeAmountConfirm } from './useLargeAmountConfirm';
import { appReason } from '../../../shared/i18n/reasons';

/** The entry a refused save would have repeated, when the main side found one minutes old. */
function duplicateOf(error: unknown): { recordedAt: string; recordedBy: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT' || !refusedRule(error, 'duplicate')) return null;
  const d = error.details as { recordedAt?: unknown; recordedBy?: unknown } | undefined;
  return { recordedAt: String(d?.recordedAt ?? ''), recordedBy: String(d?.recordedBy ?? '') };
}

interface SaleEntryFormProps {
  fairId: string;
  days: string[];
  day: string;
  onDayChange: (day: string) => void;
  booths: readonly SaleBooth[];
}

/** Keyboard first: booth, Tab, amount, Enter; the form clears and the booth field has the focus again. */
export function SaleEntryForm({ fairId, days, day, onDayChange, booths }: SaleEntryFormProps) {
  const { t } = useTranslation(['sales', 'common']);
  const amountField = useSalesAmountField();
  const language = useLanguage();
  const api = useApi();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const boothRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const [booth, setBooth] = useState('');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmLarge, confirmDialog] = useLargeAmountConfirm();
  const [ask, askDialog] = useAsk();
  // The last save is confirmed in the form itself (a toast per entry would bury the list), with its undo.
  const [lastSaved, setLastSaved] = useState<{ text: string; entry?: SaleEntry }>({ text: '' });

  const record = useMutation({
    mutationFn: (input: RecordSaleInput) => api.recordSale(input),
    onSuccess: (entry) => {
      setLastSaved({ text: t('saved', { amount: formatDong(entry.amountDong, language), booth: entry.boothNumber }), entry });
      setBooth('');
      setAmount('');
      setNote('');
      setTouched(false);
      setErrors({});
      boothRef.current?.focus();
      void changed();
    },
    onError: (error, input) => {
      setLastSaved({ text: '' });
      const twin = duplicateOf(error);
      if (!twin) return setErrors(toErrors(error));
      void ask({
        title: t('duplicate.title'),
        body: t('duplicate.body', {
          booth: input.boothNumber,
          amount: formatDong(input.amountDong, language),
          day: formatDay(input.day, language),
          time: formatTimestamp(twin.recordedAt, language),
          by: twin.recordedBy || t('duplicate.someone'),
        }),
        confirmLabel: t('duplicate.confirm'),
      }).then((again) => (again ? record.mutate({ ...input, confirmDuplicate: true }) : amountRef.current?.focus()));
    },
  });
  const undo = useMutation({
    mutationFn: (entry: SaleEntry) => api.voidSale({ fairId, saleId: entry.id, reason: appReason('undone') }),
    onSuccess: (entry) => {
      setLastSaved({ text: t('undone', { amount: formatDong(entry.amountDong, language), booth: entry.boothNumber }) });
      boothRef.current?.focus();
      void changed();
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  const undoLast = () => lastSaved.entry && !undo.isPending && undo.mutate(lastSaved.entry);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setTouched(true);
    const parsed = parseAmount(amount);
    const target = findBooth(booths, booth);
    const next: FieldErrors = {};
    if (!booth.trim()) next.boothNumber = t('common:required');
    else if (!target) next.boothNumber = t('rules.noBooth');
    else if (!target.forSale) next.boothNumber = t('rules.notForSale');
    else if (!target.exhibitorId) next.boothNumber = t('rules.noExhibitor');
    setErrors(next);
    if (next.boothNumber || !parsed.ok || !target) {
      (next.boothNumber ? boothRef : amountRef).current?.focus();
      return;
    }
    const input: RecordSaleInput = {
      fairId,
      boothNumber: target.number,
      day,
      amountDong: parsed.amount,
      method,
      note,
      confirmLarge: false,
      confirmDuplicate: false,
    };
    if (parsed.confirm && !(await confirmLarge(parsed.amount, target.number))) return amountRef.current?.focus();
    record.mutate({ ...input, confirmLarge: parsed.confirm });
  };

  return (
    <form
      className="sales-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('form.legend')}
      noValidate
      onKeyDown={(e) => {
        // Ctrl+Z in an empty form undoes the last entry; inside a typed field it stays the field's own undo.
        if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !booth && !amount && lastSaved.entry) {
          e.preventDefault();
          undoLast();
        }
      }}
    >
      <div className="sales-form-row">
        <label className="field sales-day">
          <span>{t('form.day')}</span>
          <select value={day} onChange={(e) => onDayChange(e.target.value)} aria-invalid={errors.day ? true : undefined}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d, language)}
              </option>
            ))}
          </select>
          {errors.day && <span className="field-error">{errors.day}</span>}
        </label>
        <BoothField
          ref={boothRef}
          booths={booths}
          value={booth}
          error={errors.boothNumber}
          onChange={(text) => (setBooth(text), setErrors({ ...errors, boothNumber: undefined }))}
        />
        <MoneyField
          ref={amountRef}
          {...amountField}
          value={amount}
          touched={touched}
          error={errors.amountDong}
          onChange={(text) => (setAmount(text), setErrors({ ...errors, amountDong: undefined }))}
        />
        <MethodSelect value={method} onChange={setMethod} />
        <label className="field sales-note">
          <span>{t('form.note')}</span>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="primary sales-save" disabled={record.isPending}>
          {record.isPending ? t('common:saving') : t('form.save')}
        </button>
      </div>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <p className="hint sales-form-status">
        <span role="status" className="sales-last-saved">
          {lastSaved.text}
          {lastSaved.entry && (
            <button type="button" className="link" aria-label={t('undoLabel')} onClick={undoLast} disabled={undo.isPending}>
              {t('undo')}
            </button>
          )}
        </span>
        <span>{t('form.shortcutHint')}</span>
      </p>
      {confirmDialog}
      {askDialog}
    </form>
  );
}
