import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../shared/dates';
import { PaymentMethod } from '../../shared/model/common';
import type { SaleBooth } from '../../shared/model/sales';
import type { StaffSession } from '../../shared/model/staff';
import { formatDong } from '../../shared/money';
import { canonicalBoothNumber } from '../../shared/sales-amount';
import { parseAmount } from './amount';
import type { StaffApi } from './api';
import { BoothPicker } from './BoothPicker';
import { newEntryId } from './entry-id';
import { Keypad } from './Keypad';
import { LanguageToggle } from './LanguageToggle';
import type { Outbox } from './outbox';
import { RecentEntries } from './RecentEntries';

const boothsKey = (fairId: string) => `fairfloor.staff.booths.${fairId}`;

/** The fair's booths, kept on the phone so the search works with no network. */
function useBooths(api: StaffApi, fairId: string): SaleBooth[] {
  const [booths, setBooths] = useState<SaleBooth[]>(() => {
    try {
      return JSON.parse(localStorage.getItem(boothsKey(fairId)) ?? '[]') as SaleBooth[];
    } catch {
      return [];
    }
  });
  useEffect(() => {
    void api.call('listSaleBooths', { fairId }).then((reply) => {
      if (!reply.ok) return;
      setBooths(reply.value);
      localStorage.setItem(boothsKey(fairId), JSON.stringify(reply.value));
    });
  }, [api, fairId]);
  return booths;
}

export function RecordScreen({
  api,
  outbox,
  session,
  initialBooth,
}: {
  api: StaffApi;
  outbox: Outbox;
  session: StaffSession;
  initialBooth: string;
}) {
  const { t, i18n } = useTranslation(['staff', 'sales']);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const booths = useBooths(api, session.fair.id);
  const box = useSyncExternalStore(outbox.subscribe, outbox.state);
  const [booth, setBooth] = useState<SaleBooth | null>(null);
  const [wanted, setWanted] = useState(initialBooth);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [confirming, setConfirming] = useState(false);
  const [toast, setToast] = useState('');
  const saving = useRef(false);

  // A booth sign's QR code names the booth: it is chosen as soon as the list is known.
  useEffect(() => {
    if (!wanted || !booths.length) return;
    const found = booths.find((b) => canonicalBoothNumber(b.number) === canonicalBoothNumber(wanted));
    if (found) setBooth(found);
    setWanted('');
  }, [wanted, booths]);

  const parsed = parseAmount(amount);
  const typing = (text: string) => {
    setAmount(text);
    setConfirming(false);
  };

  const save = async () => {
    if (!booth || !parsed.ok || saving.current) return;
    if (parsed.confirm && !confirming) {
      setConfirming(true);
      return;
    }
    // One tap, one entry: a second tap while saving is ignored, and the id makes any resend harmless.
    saving.current = true;
    try {
      await outbox.add({
        id: newEntryId(),
        fairId: session.fair.id,
        boothNumber: booth.number,
        exhibitorName: booth.exhibitorName,
        day: session.day,
        amountDong: parsed.amount,
        method,
        confirmLarge: parsed.confirm,
      });
      setToast(t('phone.savedToast', { amount: formatDong(parsed.amount, language), booth: booth.number }));
      setAmount('');
      setConfirming(false);
    } finally {
      saving.current = false;
    }
  };

  const problem = amount && !parsed.ok ? t(`sales:amountErrors.${parsed.error}`) : '';
  return (
    <main className="phone">
      <header className="phone-bar">
        <div>
          <strong>{session.fair.name}</strong>
          <small>
            {t('phone.who', { name: session.device.personName, number: session.device.number })} ·{' '}
            {t('phone.day', { day: formatDay(session.day, language) })}
          </small>
        </div>
        <LanguageToggle />
      </header>
      <p className={box.waiting ? 'phone-status phone-status-waiting' : 'phone-status'} role="status" data-testid="phone-outbox">
        {box.waiting ? t('phone.waiting', { count: box.waiting }) : t('phone.allSent')}
        {box.offline && <span className="phone-offline"> · {t('phone.offline')}</span>}
      </p>
      <BoothPicker booths={booths} chosen={booth} onChoose={setBooth} />
      <section className="phone-amount" aria-label={t('phone.amount')}>
        <output className="phone-typed" data-testid="phone-typed">
          {amount || <span className="phone-hint">{t('phone.typeAmount')}</span>}
        </output>
        <output className={problem ? 'phone-read phone-read-error' : 'phone-read'} aria-live="polite" data-testid="phone-read">
          {problem || (parsed.ok ? formatDong(parsed.amount, language) : '\u00a0')}
        </output>
        <Keypad value={amount} onChange={typing} />
      </section>
      <div className="phone-methods" role="radiogroup" aria-label={t('phone.method')}>
        {PaymentMethod.options.map((m) => (
          <button key={m} type="button" role="radio" aria-checked={method === m} onClick={() => setMethod(m)}>
            {t(`sales:methods.${m}`)}
          </button>
        ))}
      </div>
      <button type="button" className="phone-primary phone-save" disabled={!booth || !parsed.ok} onClick={() => void save()}>
        {!booth
          ? t('phone.pickBooth')
          : confirming && parsed.ok
            ? t('phone.saveLarge', { amount: formatDong(parsed.amount, language) })
            : t('phone.save')}
      </button>
      {toast && (
        <p className="phone-toast" role="status" aria-live="polite">
          {toast}
        </p>
      )}
      <RecentEntries entries={box.entries.filter((e) => e.fairId === session.fair.id)} onUndo={(id) => void outbox.undo(id)} />
    </main>
  );
}
