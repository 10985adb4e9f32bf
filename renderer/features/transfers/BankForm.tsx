import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BANKS, bankLabel } from '../../../shared/banks';
import { FairBank } from '../../../shared/model/transfers';
import { useApi } from '../../api/client';
import './transfers.css';
import { useNotices } from '../../ui/notices';

export const bankKey = (fairId: string) => ['fair', fairId, 'bank'] as const;
type Problems = Partial<Record<keyof FairBank, string>>;
const KNOWN = ['bin', 'accountNumber', 'Required'] as const;

/** The bank form with the account saved so far: in the fair's settings and in the Transfers section alike. */
export function FairBankSection({ fairId }: { fairId: string }) {
  const api = useApi();
  const bank = useQuery({ queryKey: bankKey(fairId), queryFn: () => api.getFairBank({ fairId }) });
  return bank.isSuccess ? <BankForm key={bank.data ? 'set' : 'unset'} fairId={fairId} bank={bank.data} /> : null;
}

/** The fair's receiving account: bank from the NAPAS list, account number, holder's name. */
export function BankForm({ fairId, bank }: { fairId: string; bank: FairBank | null }) {
  const { t, i18n } = useTranslation('transfers');
  const api = useApi();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<FairBank>(bank ?? { bin: '', accountNumber: '', accountName: '' });
  const [problems, setProblems] = useState<Problems>({});
  const save = useMutation({
    mutationFn: (valid: FairBank) => api.setFairBank({ fairId, bank: valid }),
    onSuccess: (saved) => {
      queryClient.setQueryData(bankKey(fairId), saved);
      notices.info(t('bank.saved'));
    },
    onError: notices.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = FairBank.safeParse(draft);
    if (parsed.success) return (setProblems({}), save.mutate(parsed.data));
    const next: Problems = {};
    for (const issue of parsed.error.issues) {
      const key = KNOWN.find((k) => k === issue.message) ?? 'Required';
      next[issue.path[0] as keyof FairBank] ??= t(`bank.errors.${key}`);
    }
    setProblems(next);
  };
  const field = (key: keyof FairBank) => ({
    'aria-invalid': problems[key] ? true : undefined,
    onChange: (e: { target: { value: string } }) => (
      setDraft({ ...draft, [key]: e.target.value }),
      setProblems({ ...problems, [key]: undefined })
    ),
  });
  return (
    <form className="transfers-bank" onSubmit={submit} noValidate aria-labelledby="transfers-bank-title">
      <h2 id="transfers-bank-title">{t('bank.title')}</h2>
      <p className="hint">{t('bank.hint')}</p>
      <div className="transfers-row">
        <label className="field">
          <span>{t('bank.bank')}</span>
          <select value={draft.bin} {...field('bin')}>
            <option value="">{t('bank.choose')}</option>
            {BANKS.map((b) => (
              <option key={b.bin} value={b.bin}>
                {bankLabel(b, i18n.language)}
              </option>
            ))}
          </select>
          {problems.bin && <span className="field-error">{problems.bin}</span>}
        </label>
        <label className="field">
          <span>{t('bank.account')}</span>
          <input value={draft.accountNumber} inputMode="numeric" autoComplete="off" maxLength={19} {...field('accountNumber')} />
          {problems.accountNumber && <span className="field-error">{problems.accountNumber}</span>}
        </label>
        <label className="field">
          <span>{t('bank.name')}</span>
          <input value={draft.accountName} maxLength={100} {...field('accountName')} />
          {problems.accountName && <span className="field-error">{problems.accountName}</span>}
        </label>
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('bank.save')}
        </button>
      </div>
    </form>
  );
}
