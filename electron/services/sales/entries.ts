import { ApiError } from '../../../shared/api/errors';
import type { CorrectSaleInput, RecordSaleInput, SaleEntry, VoidSaleInput } from '../../../shared/model/sales';
import { DUPLICATE_WINDOW_MS, SALE_RULES } from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { requireFairTotalWithinBound } from '../fair-totals';
import { stmt } from '../../db/statements';
import { newId, requireConfirmedAmount, requireFairDay, resolveBooth } from './rules';

export const SALE_COLUMNS = `s.id, s.booth_id AS boothId, b.number AS boothNumber, s.exhibitor_id AS exhibitorId,
  coalesce(CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END, '') AS exhibitorName,
  s.day, s.amount_dong AS amountDong, s.method, s.note, s.recorded_by AS recordedBy, s.recorded_at AS recordedAt,
  s.corrects_sale_id AS correctsSaleId,
  (SELECT c.id FROM sale c WHERE c.corrects_sale_id = s.id LIMIT 1) AS correctedBySaleId,
  s.voided_at AS voidedAt, s.voided_by AS voidedBy, s.void_reason AS voidReason,
  s.device_id AS deviceId, d.number AS deviceNumber`;
export const SALE_FROM =
  'FROM sale s JOIN booth b ON b.id = s.booth_id LEFT JOIN exhibitor e ON e.id = s.exhibitor_id LEFT JOIN staff_device d ON d.id = s.device_id';

const INSERT_SALE = `INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, note, recorded_by, recorded_at, corrects_sale_id,
    client_entry_id, device_id)
  VALUES (@id, @boothId, @exhibitorId, @day, @amountDong, @method, @note, @actor, @at, @correctsSaleId, @clientEntryId, @deviceId)`;
const VOID_SALE = 'UPDATE sale SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL';

export function readSale(db: Db, id: string): SaleEntry {
  const row = stmt(db, `SELECT ${SALE_COLUMNS} ${SALE_FROM} WHERE s.id = +?`).get(id) as SaleEntry | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'This sale entry does not exist');
  return row;
}

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
/** Callers inside the main process may leave the confirmation flag out: unconfirmed by default. */
type NewSaleInput = Optional<RecordSaleInput, 'confirmDuplicate'>;

interface NewSale {
  boothId: string;
  exhibitorId: string;
  day: string;
  amountDong: number;
  method: string;
  note: string;
  correctsSaleId: string | null;
  /** The staff phone's own id of the entry (staff mode), unique in the fair. */
  clientEntryId?: string | null;
  /** The staff phone that recorded it; null at the organizer's computer. */
  deviceId?: string | null;
}

/** Inserts one entry; the caller holds the transaction. */
export function insertSale(db: Db, sale: NewSale, actor: string, at: string): string {
  const id = newId();
  stmt(db, INSERT_SALE).run({ clientEntryId: null, deviceId: null, ...sale, id, actor, at });
  requireFairTotalWithinBound(db, 'sales');
  return id;
}

/** The entry a phone already sent with this id, if any: its retry is answered, not recorded again. */
function sentBefore(db: Db, clientEntryId: string | undefined): SaleEntry | null {
  if (!clientEntryId) return null;
  const row = stmt(db, 'SELECT id FROM sale WHERE client_entry_id = ?').get(clientEntryId) as { id: string } | undefined;
  return row ? readSale(db, row.id) : null;
}

/** Voids one active entry; the caller holds the transaction. */
export function voidEntry(db: Db, id: string, reason: string, actor: string, at: string): void {
  const changed = stmt(db, VOID_SALE).run(at, actor, reason, id).changes;
  if (changed !== 1) throw new ApiError('CONFLICT', SALE_RULES.alreadyVoided);
}

function validated(db: Db, input: NewSaleInput) {
  const booth = resolveBooth(db, input.boothNumber);
  requireFairDay(db, input.day);
  requireConfirmedAmount(input.amountDong, input.confirmLarge);
  return booth;
}

/**
 * The same booth, day and amount recorded within the last minutes: most likely typed twice.
 * Checked here, not in the form, so every client (staff phones too) is asked.
 */
function requireNotDuplicate(db: Db, boothId: string, input: NewSaleInput, now: Date): void {
  if (input.confirmDuplicate) return;
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  const twin = stmt(
    db,
    `SELECT id, recorded_at AS recordedAt, recorded_by AS recordedBy FROM sale
     WHERE booth_id = +? AND day = +? AND amount_dong = +? AND voided_at IS NULL AND recorded_at >= +?
     ORDER BY recorded_at DESC LIMIT 1`,
  ).get(boothId, input.day, input.amountDong, since) as { id: string; recordedAt: string; recordedBy: string } | undefined;
  if (twin) throw new ApiError('CONFLICT', SALE_RULES.duplicate, { reason: 'duplicateSale', saleId: twin.id, ...twin });
}

/**
 * Records what a booth took: one durable transaction with its audit row. An entry that carries a
 * phone's entry id already stored is answered with the stored entry, never recorded twice.
 */
export function recordSale(db: Db, input: NewSaleInput, actor: string, now = new Date(), deviceId: string | null = null): SaleEntry {
  const earlier = sentBefore(db, input.clientEntryId);
  if (earlier) return earlier;
  const booth = validated(db, input);
  requireNotDuplicate(db, booth.boothId, input, now);
  const at = now.toISOString();
  const sale = {
    boothId: booth.boothId,
    exhibitorId: booth.exhibitorId,
    day: input.day,
    amountDong: input.amountDong,
    method: input.method,
    note: input.note,
    correctsSaleId: null,
    deviceId,
  };
  const id = db
    .transaction(() => {
      const saleId = insertSale(db, { ...sale, clientEntryId: input.clientEntryId ?? null }, actor, at);
      audit(
        db,
        actor,
        'sale.record',
        'sale',
        saleId,
        { booth: booth.number, day: input.day, amountDong: input.amountDong, method: input.method },
        at,
      );
      return saleId;
    })
    .immediate();
  // Everything the list shows is known already: no read-back on the hot path.
  return {
    ...sale,
    id,
    boothNumber: booth.number,
    exhibitorName: booth.exhibitorName,
    recordedBy: actor,
    recordedAt: at,
    correctedBySaleId: null,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    deviceNumber: deviceId ? deviceNumberOf(db, deviceId) : null,
  };
}

function deviceNumberOf(db: Db, deviceId: string): number | null {
  return (stmt(db, 'SELECT number FROM staff_device WHERE id = ?').get(deviceId) as { number: number } | undefined)?.number ?? null;
}

function activeSale(db: Db, saleId: string): SaleEntry {
  const old = readSale(db, saleId);
  if (old.voidedAt) throw new ApiError('CONFLICT', SALE_RULES.alreadyVoided);
  return old;
}

/** A correction is a new entry that voids the one it replaces and points back at it. */
export function correctSale(
  db: Db,
  input: Optional<CorrectSaleInput, 'confirmDuplicate'>,
  actor: string,
  now = new Date(),
  deviceId: string | null = null,
): SaleEntry {
  // A phone resending a correction that landed gets the entry it made, not "already corrected".
  const earlier = sentBefore(db, input.clientEntryId);
  if (earlier) return earlier;
  const booth = validated(db, input);
  const at = now.toISOString();
  const id = db
    .transaction(() => {
      const old = activeSale(db, input.saleId);
      const saleId = insertSale(
        db,
        {
          boothId: booth.boothId,
          exhibitorId: booth.exhibitorId,
          day: input.day,
          amountDong: input.amountDong,
          method: input.method,
          note: input.note,
          correctsSaleId: old.id,
          clientEntryId: input.clientEntryId ?? null,
          deviceId,
        },
        actor,
        at,
      );
      voidEntry(db, old.id, input.reason || `Corrected by ${saleId}`, actor, at);
      audit(
        db,
        actor,
        'sale.correct',
        'sale',
        saleId,
        {
          replaces: old.id,
          reason: input.reason,
          from: { booth: old.boothNumber, day: old.day, amountDong: old.amountDong, method: old.method },
          to: { booth: booth.number, day: input.day, amountDong: input.amountDong, method: input.method },
        },
        at,
      );
      return saleId;
    })
    .immediate();
  return readSale(db, id);
}

/** Voids an entry with a reason: it stays listed, marked, and leaves every total. */
export function voidSale(db: Db, input: VoidSaleInput, actor: string, now = new Date()): SaleEntry {
  const at = now.toISOString();
  db.transaction(() => {
    const old = activeSale(db, input.saleId);
    voidEntry(db, old.id, input.reason, actor, at);
    audit(
      db,
      actor,
      'sale.void',
      'sale',
      old.id,
      { reason: input.reason, booth: old.boothNumber, day: old.day, amountDong: old.amountDong },
      at,
    );
  }).immediate();
  return readSale(db, input.saleId);
}
