import { randomUUID } from 'node:crypto';
import { ApiError, validated } from '../../../shared/api/errors';
import {
  ACTIVE_STATUSES,
  ExhibitorInput,
  stripPhone,
  type AllocationStatus,
  type Exhibitor,
  type ExhibitorFields,
  type OcopProduct,
} from '../../../shared/model/exhibitor';
import { unitTypeFromName, type UnitType } from '../../../shared/unit-type';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { stmt } from '../../db/statements';
import { cancelRow, getAllocation } from './allocations';
import { ledgerTotals } from './ledger';
import { isUniqueViolation, notFound } from './sqlite-errors';

interface ExhibitorRow {
  id: string;
  legal_name: string;
  short_name: string;
  contact_person: string;
  phone: string;
  email: string;
  address: string;
  province: string;
  tax_code: string | null;
  category: string;
  unit_type: UnitType | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, legal_name, short_name, contact_person, phone, email, address, province, tax_code, category,
  unit_type, notes, created_at, updated_at`;

/** Every exhibitor's OCOP products, in the order they were entered. */
export function ocopProductsByExhibitor(db: Db, onlyExhibitorId?: string): Map<string, OcopProduct[]> {
  const rows = db
    .prepare(
      `SELECT exhibitor_id AS exhibitorId, name, stars, certified_year AS certifiedYear FROM ocop_product
       WHERE @only IS NULL OR exhibitor_id = @only ORDER BY exhibitor_id, sort_order`,
    )
    .all({ only: onlyExhibitorId ?? null }) as (OcopProduct & { exhibitorId: string })[];
  const map = new Map<string, OcopProduct[]>();
  for (const { exhibitorId, ...p } of rows) map.set(exhibitorId, [...(map.get(exhibitorId) ?? []), p]);
  return map;
}

/** Replaces one exhibitor's OCOP products (they are part of the exhibitor's record, not money). */
export function saveOcopProducts(db: Db, exhibitorId: string, products: readonly OcopProduct[]): void {
  // Cached statements: an import of 10,000 exhibitors calls this once per row.
  stmt(db, 'DELETE FROM ocop_product WHERE exhibitor_id = ?').run(exhibitorId);
  const insert = stmt(db, 'INSERT INTO ocop_product (id, exhibitor_id, name, stars, certified_year, sort_order) VALUES (?, ?, ?, ?, ?, ?)');
  products.forEach((p, i) => insert.run(randomUUID(), exhibitorId, p.name, p.stars, p.certifiedYear, i));
}

const bestStars = (products: readonly OcopProduct[]) => (products.length ? Math.max(...products.map((p) => p.stars)) : null);

export const toInput = (r: ExhibitorRow, products: OcopProduct[] = []): ExhibitorInput => ({
  legalName: r.legal_name,
  shortName: r.short_name,
  contactPerson: r.contact_person,
  phone: r.phone,
  email: r.email,
  address: r.address,
  province: r.province,
  taxCode: r.tax_code ?? '',
  category: r.category,
  unitType: r.unit_type,
  ocopProducts: products,
  notes: r.notes,
});

/** Parses with the shared schema; a failure becomes VALIDATION with one issue per field. */
export function validateExhibitor(fields: ExhibitorFields): ExhibitorInput {
  return validated(ExhibitorInput, fields);
}

export const rowParams = (input: ExhibitorInput) => ({
  legalName: input.legalName,
  shortName: input.shortName,
  contactPerson: input.contactPerson,
  phone: input.phone,
  email: input.email,
  address: input.address,
  province: input.province,
  taxCode: input.taxCode === '' ? null : input.taxCode,
  category: input.category,
  // Not said: read from the legal name's prefix ("Hợp tác xã …" is a cooperative).
  unitType: input.unitType ?? unitTypeFromName(input.legalName),
  notes: input.notes,
});

export function insertExhibitorStatement(db: Db) {
  return db.prepare(
    `INSERT INTO exhibitor (id, legal_name, short_name, contact_person, phone, email, address, province, tax_code,
       category, unit_type, notes, created_at, updated_at)
     VALUES (@id, @legalName, @shortName, @contactPerson, @phone, @email, @address, @province, @taxCode,
       @category, @unitType, @notes, @at, @at)`,
  );
}

export function updateExhibitorStatement(db: Db) {
  return db.prepare(
    `UPDATE exhibitor SET legal_name = @legalName, short_name = @shortName, contact_person = @contactPerson,
       phone = @phone, email = @email, address = @address, province = @province, tax_code = @taxCode,
       category = @category, unit_type = @unitType, notes = @notes, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
}

function taxCodeTaken(db: Db, taxCode: string, exceptId: string | null): void {
  if (taxCode === '') return;
  const other = db
    .prepare('SELECT id, legal_name FROM exhibitor WHERE tax_code = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(taxCode, exceptId) as { id: string; legal_name: string } | undefined;
  if (other) {
    throw new ApiError('CONFLICT', `Tax code ${taxCode} already belongs to ${other.legal_name}.`, {
      issues: [{ path: ['taxCode'], message: 'taxCodeTaken' }],
      exhibitorId: other.id,
      legalName: other.legal_name,
    });
  }
}

/** Every exhibitor of the fair with what they hold, ordered by name. */
export function listExhibitors(db: Db): Exhibitor[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM exhibitor WHERE deleted_at IS NULL ORDER BY legal_name`).all() as ExhibitorRow[];
  const held = db
    .prepare(
      `SELECT a.exhibitor_id AS exhibitorId, a.booth_id AS boothId, b.number, a.status
       FROM allocation a JOIN booth b ON b.id = a.booth_id
       WHERE a.status <> 'cancelled' ORDER BY b.number`,
    )
    .all() as { exhibitorId: string; boothId: string; number: string; status: AllocationStatus }[];
  const money = ledgerTotals(db).byExhibitor;
  const byExhibitor = new Map<string, typeof held>();
  for (const h of held) {
    const list = byExhibitor.get(h.exhibitorId) ?? [];
    list.push(h);
    byExhibitor.set(h.exhibitorId, list);
  }
  const products = ocopProductsByExhibitor(db);
  return rows.map((r) => {
    const mine = byExhibitor.get(r.id) ?? [];
    const ocop = products.get(r.id) ?? [];
    return {
      id: r.id,
      ...toInput(r, ocop),
      ocopStars: bestStars(ocop),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      boothIds: mine.map((h) => h.boothId),
      boothNumbers: mine.map((h) => h.number),
      statuses: mine.map((h) => h.status),
      balanceDong: money.get(r.id)?.receivableDong ?? 0,
      creditDong: money.get(r.id)?.creditDong ?? 0,
    };
  });
}

export function getExhibitor(db: Db, id: string): Exhibitor {
  const found = listExhibitors(db).find((e) => e.id === id);
  if (!found) throw notFound('This exhibitor');
  return found;
}

export function createExhibitor(db: Db, actor: string, fields: ExhibitorFields): Exhibitor {
  const input = validateExhibitor(fields);
  const id = randomUUID();
  const at = new Date().toISOString();
  db.transaction(() => {
    taxCodeTaken(db, input.taxCode, null);
    insertExhibitorStatement(db).run({ id, at, ...rowParams(input) });
    saveOcopProducts(db, id, input.ocopProducts);
    audit(db, actor, 'exhibitor.create', 'exhibitor', id, { legalName: input.legalName }, at);
  }).immediate();
  return getExhibitor(db, id);
}

export function updateExhibitor(db: Db, actor: string, id: string, fields: ExhibitorFields): Exhibitor {
  const input = validateExhibitor(fields);
  const at = new Date().toISOString();
  db.transaction(() => {
    taxCodeTaken(db, input.taxCode, id);
    const before = db.prepare(`SELECT ${COLUMNS} FROM exhibitor WHERE id = ? AND deleted_at IS NULL`).get(id) as ExhibitorRow | undefined;
    if (!before) throw notFound('This exhibitor');
    const beforeProducts = ocopProductsByExhibitor(db, id).get(id) ?? [];
    try {
      updateExhibitorStatement(db).run({ id, at, ...rowParams(input) });
      saveOcopProducts(db, id, input.ocopProducts);
    } catch (error) {
      if (isUniqueViolation(error)) taxCodeTaken(db, input.taxCode, id);
      throw error;
    }
    const old = toInput(before, beforeProducts);
    const now = { ...input, unitType: rowParams(input).unitType };
    const changed = Object.fromEntries(
      (Object.keys(now) as (keyof ExhibitorInput)[])
        .filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]))
        .map((k) => [k, { from: old[k], to: input[k] }]),
    );
    audit(db, actor, 'exhibitor.update', 'exhibitor', id, { changed }, at);
  }).immediate();
  return getExhibitor(db, id);
}

/**
 * Deletes an exhibitor. Booths they hold are cancelled (`onBooths: 'cancel'`) or the delete is
 * refused (`'refuse'`); paid booths always refuse. With booking history the record is archived,
 * so allocations, payments and the audit trail stay readable.
 */
export function deleteExhibitor(db: Db, actor: string, id: string, onBooths: 'cancel' | 'refuse'): { cancelledBoothIds: string[] } {
  const at = new Date().toISOString();
  return db
    .transaction(() => {
      const exists = db.prepare('SELECT legal_name FROM exhibitor WHERE id = ? AND deleted_at IS NULL').get(id) as
        { legal_name: string } | undefined;
      if (!exists) throw notFound('This exhibitor');
      const active = db
        .prepare(
          `SELECT a.id, a.booth_id AS boothId, a.status, b.number FROM allocation a JOIN booth b ON b.id = a.booth_id
         WHERE a.exhibitor_id = ? AND a.status IN (${ACTIVE_STATUSES.map(() => '?').join(',')})`,
        )
        .all(id, ...ACTIVE_STATUSES) as { id: string; boothId: string; status: AllocationStatus; number: string }[];
      if (active.length > 0 && onBooths === 'refuse') {
        throw new ApiError('CONFLICT', `${exists.legal_name} holds booth ${active.map((a) => a.number).join(', ')}.`, {
          reason: 'exhibitorHoldsBooths',
          name: exists.legal_name,
          booths: active.map((a) => a.number),
        });
      }
      // Money on a booking is settled booth by booth (refund, credit, retain) before the exhibitor goes.
      const holding = active.map((a) => getAllocation(db, a.id)).filter((a) => a.heldDong > 0);
      if (holding.length > 0) {
        throw new ApiError(
          'CONFLICT',
          `${exists.legal_name} has paid for booth ${holding.map((a) => a.boothNumber).join(', ')}; cancel those bookings first.`,
          { reason: 'exhibitorHoldsMoney', name: exists.legal_name, booths: holding.map((a) => a.boothNumber) },
        );
      }
      // The one way a booking is cancelled (the money check above means none holds money now).
      for (const a of active) cancelRow(db, actor, getAllocation(db, a.id), 'exhibitor deleted', at);
      const history = (db.prepare('SELECT count(*) AS n FROM allocation WHERE exhibitor_id = ?').get(id) as { n: number }).n;
      if (history > 0) db.prepare('UPDATE exhibitor SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
      else db.prepare('DELETE FROM exhibitor WHERE id = ?').run(id);
      audit(db, actor, 'exhibitor.delete', 'exhibitor', id, { legalName: exists.legal_name, archived: history > 0 }, at);
      return { cancelledBoothIds: active.map((a) => a.boothId) };
    })
    .immediate();
}

/** Name + phone identifies an exhibitor without a tax code (household businesses often have none). */
export const namePhoneKey = (legalName: string, phone: string) => `${legalName.normalize('NFC').toLowerCase().trim()}|${stripPhone(phone)}`;
