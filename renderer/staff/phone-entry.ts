/** What the phone keeps of each entry, and where: IndexedDB, so nothing typed is lost to a reload or a flat battery. */
import type { PaymentMethod } from '../../shared/model/common';
import type { PhoneRefusal } from './refusals';

/** One entry as the phone keeps it, from the tap on Save until the organizer's computer has it. */
export interface PhoneEntry {
  /** Made on the phone; the server stores an entry id once, so resending is always safe. */
  id: string;
  fairId: string;
  boothNumber: string;
  exhibitorName: string;
  day: string;
  amountDong: number;
  method: PaymentMethod;
  confirmLarge: boolean;
  /** The person tapped twice to record the same amount at the same booth again. */
  confirmDuplicate?: boolean;
  createdAt: string;
  /**
   * `corrected`: a correction of it was acknowledged, it no longer counts. `changed`: the organizers
   * voided or corrected it at their computer, as the refusal of this phone's correction showed.
   */
  state: 'waiting' | 'sent' | 'refused' | 'undoing' | 'undone' | 'corrected' | 'changed';
  /** Why a correction was refused, in words the page says in the person's language. */
  problem?: 'stale';
  /** On a correction: the phone's id of the entry it replaces (voided by the same call). */
  corrects?: string;
  /** On a correction: the figures it replaced, which its undo brings back. */
  was?: EntryChange;
  /** On a correction being undone: the phone's id of the entry that brings back what it replaced (sent once). */
  restoreId?: string;
  /** The correction of this entry was undone: it stands again, in a new entry on the organizer's computer. */
  restored?: boolean;
  /** How the organizers changed it at their computer (state `changed`), as their computer says. */
  changedBy?: { kind: 'voided' | 'corrected'; by: string; reason: string };
  /** On an entry being corrected: the phone's id of the correction on its way. */
  correctedBy?: string;
  /** The organizer's computer holds the same booth, day and amount from minutes ago: the person is asked. */
  duplicateOf?: { recordedAt: string; recordedBy: string };
  /** Undo was tapped while the entry was on its way: it is voided once it lands. */
  undoRequested?: boolean;
  saleId?: string;
  /** Why the organizer's computer refused it (or its undo): said in the person's language when shown. */
  refused?: PhoneRefusal;
}

/** The server asks about a repeated amount within minutes; the phone asks first, from its own entries. */
const TWIN_WINDOW_MS = 10 * 60_000;

/** An entry of this phone that still counts, for the same booth, day and amount, within minutes. */
export function twinOf(
  entries: readonly PhoneEntry[],
  wanted: { boothNumber: string; day: string; amountDong: number },
  now = Date.now(),
): PhoneEntry | undefined {
  return entries.find(
    (e) =>
      e.boothNumber === wanted.boothNumber &&
      e.day === wanted.day &&
      e.amountDong === wanted.amountDong &&
      (e.state === 'waiting' || e.state === 'sent') &&
      !e.undoRequested &&
      now - Date.parse(e.createdAt) < TWIN_WINDOW_MS,
  );
}

export const DB_NAME = 'fairfloor-staff';
const STORE = 'entries';
/** The phone keeps this many entries for its list; older sent ones are dropped. */
export const KEEP = 200;

export function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

export function tx<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = run(t.objectStore(STORE));
    t.oncomplete = () => resolve(req ? req.result : undefined);
    t.onerror = () => reject(t.error ?? new Error('IndexedDB write failed'));
  });
}

/** What a correction changes; the day stays the entry's own. */
export type EntryChange = Pick<PhoneEntry, 'boothNumber' | 'exhibitorName' | 'amountDong' | 'method' | 'confirmLarge' | 'confirmDuplicate'>;
