import type { ApiErrorShape } from '../../shared/api/errors';
import type { StaffRefusal } from '../../shared/model/staff';
import { isNetworkError, refusalOf, type StaffApi } from './api';
import { newEntryId } from './entry-id';
import { KEEP, openStore, tx, type EntryChange, type PhoneEntry } from './phone-entry';
import { keepRefusal } from './refusals';

export { twinOf, type EntryChange, type PhoneEntry } from './phone-entry';

export interface OutboxState {
  entries: PhoneEntry[];
  /** Entries (and undos) not yet acknowledged by the organizer's computer. */
  waiting: number;
  /** The last attempt could not reach the organizer's computer. */
  offline: boolean;
  /** The organizer's computer turned this phone away: nothing more is sent. */
  refusal: StaffRefusal | null;
  /** The phone's stored entries have been read: until then nothing can be said about what waits. */
  loaded: boolean;
}

/** Words the outbox sends with a void or a correction, in the person's language. */
export interface OutboxReasons {
  undo: () => string;
  correct: () => string;
  undoCorrection: () => string;
}

/**
 * The outbox: every entry is written to IndexedDB before it is sent, sent oldest first, one at a
 * time, and kept until acknowledged. A network failure waits and retries; a refusal stops.
 */
export class Outbox {
  private db: IDBDatabase | null = null;
  private entries: PhoneEntry[] = [];
  private listeners = new Set<() => void>();
  private flushing = false;
  private again = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private backoffMs = 1000;
  private offline = false;
  private refusal: StaffRefusal | null = null;
  private loaded = false;
  private opening: Promise<void> | null = null;
  private snapshot: OutboxState = { entries: [], waiting: 0, offline: false, refusal: null, loaded: false };

  constructor(
    private readonly api: StaffApi,
    private readonly reasons: OutboxReasons,
  ) {}

  /** Reads the stored entries once (a second call, as React's strict mode makes, waits for the first). */
  open(): Promise<void> {
    this.opening ??= this.read();
    return this.opening;
  }

  private async read(): Promise<void> {
    this.db = await openStore();
    const all = ((await tx(this.db, 'readonly', (s) => s.getAll() as IDBRequest<PhoneEntry[]>)) ?? []) as PhoneEntry[];
    this.entries = all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.loaded = true;
    this.publish();
    window.addEventListener('online', () => this.flush());
    // Back on the page (the phone was in a pocket): see what the organizers changed meanwhile.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.flush().then(this.reconcile);
    });
    void this.flush().then(this.reconcile);
  }

  private reconciling: Promise<void> | null = null;
  private reconcileAgain = false;

  /**
   * The organizers may void or correct this phone's entries at their computer: entries the phone
   * thinks stand but that the organizer's computer holds as voided are shown as changed, by whom and
   * how, with no correct or undo left to offer. One run at a time; best effort: offline, nothing happens.
   */
  reconcile = async (): Promise<void> => {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return this.reconciling;
    }
    this.reconciling = (async () => {
      do {
        this.reconcileAgain = false;
        await this.readOwnHistory();
      } while (this.reconcileAgain);
    })().finally(() => (this.reconciling = null));
    return this.reconciling;
  };

  private async readOwnHistory(): Promise<void> {
    const fairIds = new Set(this.entries.filter((e) => e.state === 'sent' && e.saleId).map((e) => e.fairId));
    for (const fairId of fairIds) {
      // The server keeps the list to this phone's own entries; the phone keeps at most KEEP of them.
      const reply = await this.api.call('listSales', { fairId, limit: KEEP + 50 });
      if (!reply.ok) return;
      const voided = new Map(reply.value.entries.filter((s) => s.voidedAt).map((s) => [s.id, s]));
      for (const e of this.entries) {
        // Checked as it stands now: the phone's own undo or correction may have landed meanwhile.
        const sale = e.saleId ? voided.get(e.saleId) : undefined;
        if (e.fairId !== fairId || e.state !== 'sent' || e.correctedBy || !sale) continue;
        e.state = 'changed';
        e.changedBy = sale.correctedBySaleId
          ? { kind: 'corrected', by: sale.voidedBy ?? '', reason: '' }
          : { kind: 'voided', by: sale.voidedBy ?? '', reason: sale.voidReason ?? '' };
        await this.save(e);
      }
    }
    this.publish();
  }

  /** The organizer's computer turned this phone away (heard on its feed): nothing more is sent. */
  turnAway(error: ApiErrorShape): void {
    this.refusal = refusalOf(error) ?? 'notJoined';
    this.publish();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  state = (): OutboxState => this.snapshot;

  private publish(): void {
    const waiting = this.entries.filter((e) => e.state === 'waiting' || e.state === 'undoing').length;
    this.snapshot = {
      entries: [...this.entries].reverse(),
      waiting,
      offline: this.offline,
      refusal: this.refusal,
      loaded: this.loaded,
    };
    for (const l of this.listeners) l();
  }

  private async save(entry: PhoneEntry): Promise<void> {
    if (this.db) await tx(this.db, 'readwrite', (s) => s.put(entry));
  }

  async add(entry: Omit<PhoneEntry, 'state' | 'createdAt'>): Promise<void> {
    const full: PhoneEntry = { ...entry, state: 'waiting', createdAt: new Date().toISOString() };
    await this.save(full);
    this.entries.push(full);
    await this.trim();
    this.publish();
    void this.flush();
  }

  async undo(id: string): Promise<void> {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    if (entry.state === 'waiting' && !this.inFlight.has(id)) {
      entry.state = 'undone';
      // A correction that never left the phone: the entry it was to replace stands as it was.
      const replaced = entry.corrects ? this.entries.find((e) => e.id === entry.corrects) : undefined;
      if (replaced?.correctedBy === entry.id) {
        delete replaced.correctedBy;
        await this.save(replaced);
      }
    } else if (entry.state === 'waiting') entry.undoRequested = true;
    else if (entry.state === 'sent') entry.state = 'undoing';
    else return;
    await this.save(entry);
    this.publish();
    void this.flush();
  }

  /**
   * Corrects one of this phone's entries. Not yet sent: it is changed where it waits. Sent (or on
   * its way): a correction follows it through the outbox, which voids it and records the new
   * figures in one call on the organizer's computer, refused there if the entry changed since.
   */
  async correct(id: string, change: EntryChange): Promise<void> {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry || entry.correctedBy || entry.undoRequested) return;
    if (entry.state === 'waiting' && !this.inFlight.has(id)) {
      Object.assign(entry, change);
      await this.save(entry);
      this.publish();
      return;
    }
    if (entry.state !== 'sent' && entry.state !== 'waiting') return;
    const correction: PhoneEntry = {
      ...change,
      id: newEntryId(),
      fairId: entry.fairId,
      day: entry.day,
      corrects: entry.id,
      was: {
        boothNumber: entry.boothNumber,
        exhibitorName: entry.exhibitorName,
        amountDong: entry.amountDong,
        method: entry.method,
        confirmLarge: entry.confirmLarge,
      },
      state: 'waiting',
      createdAt: new Date().toISOString(),
    };
    entry.correctedBy = correction.id;
    await this.save(entry);
    await this.save(correction);
    this.entries.push(correction);
    this.publish();
    void this.flush();
  }

  /** The person answered the organizer's "recorded already?": a second sale after all, or not. */
  async answerDuplicate(id: string, recordAnyway: boolean): Promise<void> {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry?.duplicateOf || entry.state !== 'refused') return;
    delete entry.duplicateOf;
    delete entry.refused;
    if (recordAnyway) {
      entry.state = 'waiting';
      entry.confirmDuplicate = true;
    } else entry.state = 'undone';
    await this.save(entry);
    this.publish();
    void this.flush();
  }

  private async trim(): Promise<void> {
    const settled = this.entries.filter((e) => e.state !== 'waiting' && e.state !== 'undoing');
    const drop = settled.slice(0, Math.max(0, this.entries.length - KEEP));
    if (!drop.length || !this.db) return;
    await tx(this.db, 'readwrite', (s) => void drop.forEach((e) => s.delete(e.id)));
    const gone = new Set(drop.map((e) => e.id));
    this.entries = this.entries.filter((e) => !gone.has(e.id));
  }

  private readonly inFlight = new Set<string>();

  /** Sends what waits, oldest first; one run at a time, a call during a run schedules another. */
  flush = async (): Promise<void> => {
    if (this.refusal) return;
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    clearTimeout(this.retryTimer);
    try {
      do {
        this.again = false;
        for (const entry of this.entries.filter((e) => e.state === 'waiting' || e.state === 'undoing')) {
          const ok = await this.send(entry);
          if (!ok) return;
        }
      } while (this.again);
      this.backoffMs = 1000;
    } finally {
      this.flushing = false;
    }
  };

  /** One entry or undo; false when sending has to pause (offline, slowed down, or refused). */
  private async send(entry: PhoneEntry): Promise<boolean> {
    const replaced = entry.corrects ? this.entries.find((e) => e.id === entry.corrects) : undefined;
    if (entry.state === 'waiting' && entry.corrects && !replaced?.saleId) {
      // The entry it corrects never reached the organizer's computer (refused, or dropped): nothing to replace.
      entry.state = 'refused';
      await this.save(entry);
      this.publish();
      return true;
    }
    // Undoing a correction brings back what it replaced: its id is kept before it is sent, so a resend lands once.
    const bringsBack = entry.state === 'undoing' && entry.corrects ? (entry.was ?? replaced) : undefined;
    if (bringsBack && !entry.restoreId) {
      entry.restoreId = newEntryId();
      await this.save(entry);
    }
    this.inFlight.add(entry.id);
    const figures = {
      fairId: entry.fairId,
      boothNumber: entry.boothNumber,
      day: entry.day,
      amountDong: entry.amountDong,
      method: entry.method,
      confirmLarge: entry.confirmLarge,
      confirmDuplicate: entry.confirmDuplicate ?? false,
      clientEntryId: entry.id,
    };
    const reply = bringsBack
      ? await this.api.call('correctSale', {
          ...figures,
          boothNumber: bringsBack.boothNumber,
          amountDong: bringsBack.amountDong,
          method: bringsBack.method,
          confirmLarge: bringsBack.confirmLarge,
          confirmDuplicate: false,
          clientEntryId: entry.restoreId,
          saleId: entry.saleId ?? '',
          reason: this.reasons.undoCorrection(),
        })
      : entry.state !== 'waiting'
        ? await this.api.call('voidSale', { fairId: entry.fairId, saleId: entry.saleId ?? '', reason: this.reasons.undo() })
        : replaced
          ? await this.api.call('correctSale', { ...figures, saleId: replaced.saleId!, reason: this.reasons.correct() })
          : await this.api.call('recordSale', figures);
    this.inFlight.delete(entry.id);
    if (!reply.ok) {
      const error = reply.error;
      const refusal = refusalOf(error);
      if (refusal) {
        this.refusal = refusal;
        this.publish();
        return false;
      }
      if (isNetworkError(error) || error.code === 'RATE_LIMITED' || error.code === 'INTERNAL') {
        this.offline = isNetworkError(error);
        this.publish();
        this.retryLater(error.code === 'RATE_LIMITED' ? 2000 : undefined);
        return false;
      }
      await this.refused(entry, replaced, error, !!bringsBack);
    } else if (entry.state === 'waiting') {
      entry.saleId = (reply.value as { id: string }).id;
      entry.state = entry.undoRequested ? 'undoing' : 'sent';
      delete entry.refused;
      if (replaced) {
        replaced.state = 'corrected';
        await this.save(replaced);
      }
    } else {
      entry.state = 'undone';
      delete entry.refused;
      if (bringsBack) await this.broughtBack(entry, replaced, bringsBack, (reply.value as { id: string }).id);
    }
    this.offline = false;
    await this.save(entry);
    this.publish();
    if (entry.state === 'undoing') return this.send(entry);
    return true;
  }

  /** What the organizer's computer refused stays visible, said in the person's language. */
  private async refused(entry: PhoneEntry, replaced: PhoneEntry | undefined, error: ApiErrorShape, restoring: boolean): Promise<void> {
    const details = (error.details ?? {}) as { reason?: string; recordedAt?: string; recordedBy?: string };
    if (entry.state === 'undoing' && error.code === 'CONFLICT') {
      // A plain undo of an entry voided meanwhile is done; a correction changed meanwhile brings nothing back.
      if (restoring) {
        entry.state = 'changed';
        entry.refused = keepRefusal(error);
      } else entry.state = 'undone';
      return;
    }
    entry.state = entry.state === 'undoing' ? 'sent' : 'refused';
    entry.refused = keepRefusal(error);
    if (details.reason === 'duplicateSale')
      entry.duplicateOf = { recordedAt: details.recordedAt ?? '', recordedBy: details.recordedBy ?? '' };
    // A correction refused as stale: the entry it meant to replace was changed at the organizers' computer.
    // Refused for another reason, it leaves that entry as it stands, correctable again.
    if (replaced && entry.state === 'refused') {
      delete replaced.correctedBy;
      if (error.code === 'CONFLICT') {
        entry.problem = 'stale';
        replaced.state = 'changed';
      }
      await this.save(replaced);
    }
  }

  /** The correction's undo landed: the entry it replaced stands again, as the new entry on the organizer's computer. */
  private async broughtBack(correction: PhoneEntry, replaced: PhoneEntry | undefined, figures: EntryChange, saleId: string): Promise<void> {
    if (replaced) {
      replaced.state = 'sent';
      replaced.saleId = saleId;
      replaced.restored = true;
      delete replaced.correctedBy;
      await this.save(replaced);
      return;
    }
    // Dropped from the phone's short list meanwhile: it comes back as an entry of its own.
    const back: PhoneEntry = {
      ...figures,
      id: correction.restoreId!,
      fairId: correction.fairId,
      day: correction.day,
      state: 'sent',
      saleId,
      restored: true,
      createdAt: new Date().toISOString(),
    };
    this.entries.push(back);
    await this.save(back);
  }

  private retryLater(ms?: number): void {
    clearTimeout(this.retryTimer);
    const wait = ms ?? this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, 15_000);
    this.retryTimer = setTimeout(() => void this.flush(), wait);
  }

  /** After joining again: what was refused for a revoked phone is sent with the new token. */
  resume(): void {
    this.refusal = null;
    this.publish();
    void this.flush();
  }
}
