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
import { listenToOrganizer } from './feed';
import { Keypad } from './Keypad';
import { LanguageToggle } from './LanguageToggle';
import { twinOf, type Outbox, type PhoneEntry } from './outbox';
import { DuplicateQuestion, Question } from './Question';
import { RecentEntries } from './RecentEntries';
import { SaveToast, type Toast } from './SaveToast';
import { VisitorCount } from './VisitorCount';

/** What the person already agreed to for the amount on screen. */
interface Agreed {
  large?: boolean;
  duplicate?: boolean;
}
type Asking = { kind: 'large'; agreed: Agreed } | { kind: 'duplicate'; agreed: Agreed; twin: PhoneEntry };
const boothsKey = (fairId: string) => `fairfloor.staff.booths.${fairId}`;

/** The fair's booths, kept on the phone so the search works with no network; read again when `version` moves. */
function useBooths(api: StaffApi, fairId: string, version: number): SaleBooth[] {
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
  }, [api, fairId, version]);
  return booths;
}

/**
 * While the page is open it hears the organizer's changes: its entries voided or corrected at the
 * organizer's computer are marked at once, the booth list follows the plan and the bookings, and a
 * phone removed is told so without waiting for its next entry. Returns the booth list's version.
 */
function useOrganizerChanges(api: StaffApi, outbox: Outbox): number {
  const [boothsVersion, setBoothsVersion] = useState(0);
  useEffect(() => {
    // Back on the Wi-Fi: a change heard while offline could not be read then (the stream may have stayed open).
    const online = () => setBoothsVersion((v) => v + 1);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  useEffect(() => {
    let connectedBefore = false;
    return listenToOrganizer(api, {
      onConnect: () => {
        // Anything may have changed while the phone was not listening.
        void outbox.reconcile();
        if (connectedBefore) setBoothsVersion((v) => v + 1);
        connectedBefore = true;
      },
      onChange: (topics) => {
        if (topics.includes('sales')) void outbox.reconcile();
        if (topics.includes('booths')) setBoothsVersion((v) => v + 1);
      },
      onRefused: (error) => outbox.turnAway(error),
    });
  }, [api, outbox]);
  return boothsVersion;
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
  const booths = useBooths(api, session.fair.id, useOrganizerChanges(api, outbox));
  const box = useSyncExternalStore(outbox.subscribe, outbox.state);
  const [booth, setBooth] = useState<SaleBooth | null>(null);
  const [wanted, setWanted] = useState(initialBooth);
  useEffect(() => setWanted(initialBooth), [initialBooth]);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [asking, setAsking] = useState<Asking | null>(null);
  /** The entry being corrected: the keypad and the booth hold its figures until saved or cancelled. */
  const [editing, setEditing] = useState<PhoneEntry | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const saving = useRef(false);

  // A booth sign's QR code names the booth: it is chosen as soon as the list is known.
  useEffect(() => {
    if (!wanted || !booths.length) return;
    const found = booths.find((b) => canonicalBoothNumber(b.number) === canonicalBoothNumber(wanted));
    if (found) setBooth(found);
    setWanted('');
  }, [wanted, booths]);

  // The chosen booth's card follows the list read again (after a reconnect, or a plan or booking
  // change): a booth whose exhibitor changed meanwhile shows the exhibitor it has now.
  useEffect(() => {
    setBooth((current) =>
      current ? (booths.find((b) => b.boothId === current.boothId) ?? booths.find((b) => b.number === current.number) ?? current) : current,
    );
  }, [booths]);

  const parsed = parseAmount(amount);
  const typing = (text: string) => {
    setAmount(text);
    setAsking(null);
  };
  const choose = (next: SaleBooth | null) => {
    setBooth(next);
    setAsking(null);
  };

  const startCorrecting = (entry: PhoneEntry) => {
    setEditing(entry);
    setAsking(null);
    setBooth(
      booths.find((b) => b.number === entry.boothNumber) ?? {
        boothId: entry.boothNumber,
        number: entry.boothNumber,
        exhibitorId: null,
        exhibitorName: entry.exhibitorName,
        zoneName: '',
        forSale: true,
      },
    );
    setAmount(String(entry.amountDong));
    setMethod(entry.method);
    window.scrollTo({ top: 0 });
  };
  const stopCorrecting = () => {
    setEditing(null);
    setAmount('');
    setAsking(null);
  };
  // The organizers changed the entry being corrected (heard on the feed): correcting it is over.
  const editingNow = editing ? box.entries.find((e) => e.id === editing.id) : undefined;
  const editingGone = !!editing && (!editingNow || (editingNow.state !== 'sent' && editingNow.state !== 'waiting'));
  const changedMeanwhile = editingNow?.state === 'changed';
  useEffect(() => {
    if (!editingGone) return;
    setEditing(null);
    setAmount('');
    setAsking(null);
    setToast(changedMeanwhile ? { text: t('phone.problems.stale') } : null);
  }, [editingGone, changedMeanwhile, t]);
  const unchanged =
    !!editing &&
    !!booth &&
    parsed.ok &&
    editing.boothNumber === booth.number &&
    editing.amountDong === parsed.amount &&
    editing.method === method;

  /** Saves what is on screen, asking first about an unusual amount or a repeat of an entry minutes ago. */
  const save = async (agreed: Agreed = {}) => {
    if (!booth || !parsed.ok || saving.current || unchanged) return;
    setToast(null);
    if (parsed.confirm && !agreed.large) return setAsking({ kind: 'large', agreed });
    const wantedEntry = { boothNumber: booth.number, day: editing?.day ?? session.day, amountDong: parsed.amount };
    const twin = editing || agreed.duplicate ? undefined : twinOf(box.entries, wantedEntry);
    if (twin) return setAsking({ kind: 'duplicate', agreed, twin });
    setAsking(null);
    // One tap, one entry: a second tap while saving is ignored, and the id makes any resend harmless.
    saving.current = true;
    const figures = {
      boothNumber: booth.number,
      exhibitorName: booth.exhibitorName,
      amountDong: parsed.amount,
      method,
      confirmLarge: parsed.confirm,
      confirmDuplicate: !!agreed.duplicate,
    };
    try {
      if (editing) {
        await outbox.correct(editing.id, figures);
        // Sent already: the correction follows it through the outbox (its id); not yet sent: it was changed where it waits.
        const corrected = outbox.state().entries.find((e) => e.id === editing.id);
        setToast({ entryId: corrected?.correctedBy ?? editing.id, correction: true });
        setEditing(null);
      } else {
        const id = newEntryId();
        await outbox.add({ ...figures, id, fairId: session.fair.id, day: session.day });
        setToast({ entryId: id, correction: false });
      }
      setAmount('');
    } finally {
      saving.current = false;
    }
  };

  // Entries of today the organizer's computer refused: not saved, whatever was shown when they were tapped.
  const refusedToday = box.entries.filter((e) => e.fairId === session.fair.id && e.day === session.day && e.state === 'refused').length;
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
        {/* Until the phone has read what it stored, it cannot say that nothing waits. */}
        {!box.loaded ? t('phone.reading') : box.waiting ? t('phone.waiting', { count: box.waiting }) : t('phone.allSent')}
        {refusedToday > 0 && <span className="phone-refused-count"> · {t('phone.refusedCount', { count: refusedToday })}</span>}
        {box.offline && <span className="phone-offline"> · {t('phone.offline')}</span>}
      </p>
      {editing && (
        <div className="phone-editing" role="status" data-testid="phone-editing">
          <span>{t('phone.correcting', { amount: formatDong(editing.amountDong, language), booth: editing.boothNumber })}</span>
          <button type="button" onClick={stopCorrecting}>
            {t('phone.stopCorrecting')}
          </button>
        </div>
      )}
      <BoothPicker booths={booths} chosen={booth} onChoose={choose} />
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
      {asking?.kind === 'large' && parsed.ok && booth && (
        <Question
          testId="phone-ask-large"
          title={t('sales:large.title')}
          body={t('sales:large.body', { amount: formatDong(parsed.amount, language), booth: booth.number })}
          confirmLabel={t('sales:large.confirm')}
          onConfirm={() => void save({ ...asking.agreed, large: true })}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'duplicate' && (
        <DuplicateQuestion
          testId="phone-ask-duplicate"
          entry={asking.twin}
          twin={{ recordedAt: asking.twin.createdAt, recordedBy: session.device.personName }}
          onAnswer={(again) => (again ? void save({ ...asking.agreed, duplicate: true }) : setAsking(null))}
        />
      )}
      {!asking && (
        <button type="button" className="phone-primary phone-save" disabled={!booth || !parsed.ok || unchanged} onClick={() => void save()}>
          {!booth ? t('phone.pickBooth') : editing ? t('phone.saveCorrection') : t('phone.save')}
        </button>
      )}
      <SaveToast toast={toast} entries={box.entries} />
      <RecentEntries
        entries={box.entries.filter((e) => e.fairId === session.fair.id)}
        loaded={box.loaded}
        editingId={editing?.id ?? null}
        onUndo={(id) => void outbox.undo(id)}
        onCorrect={startCorrecting}
        onAnswer={(id, again) => void outbox.answerDuplicate(id, again)}
      />
      <VisitorCount api={api} fairId={session.fair.id} day={session.day} />
    </main>
  );
}
