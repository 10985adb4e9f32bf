import { randomUUID } from 'node:crypto';
import type { ExhibitorInput } from '../../../../shared/model/exhibitor';
import type { OnDuplicate } from '../../../../shared/model/exhibitor-import';
import type { Db } from '../../../db/open';
import { audit } from '../../audit';
import { insertExhibitorStatement, namePhoneKey, rowParams, updateExhibitorStatement } from '../directory';

interface Existing {
  byTaxCode: Map<string, string>;
  byNamePhone: Map<string, string>;
}

/** What is in the fair already, to recognise the same exhibitor arriving again. */
export function existingKeys(db: Db): Existing {
  const rows = db.prepare('SELECT id, legal_name, phone, tax_code FROM exhibitor WHERE deleted_at IS NULL').all() as {
    id: string;
    legal_name: string;
    phone: string;
    tax_code: string | null;
  }[];
  const byTaxCode = new Map<string, string>();
  const byNamePhone = new Map<string, string>();
  for (const r of rows) {
    if (r.tax_code) byTaxCode.set(r.tax_code, r.id);
    byNamePhone.set(namePhoneKey(r.legal_name, r.phone), r.id);
  }
  return { byTaxCode, byNamePhone };
}

/** Same tax code, or (without one) same legal name and phone. */
export function matchExisting(existing: Existing, input: ExhibitorInput): string | undefined {
  if (input.taxCode) {
    const byTax = existing.byTaxCode.get(input.taxCode);
    if (byTax) return byTax;
  }
  return existing.byNamePhone.get(namePhoneKey(input.legalName, input.phone));
}

/** Writes validated exhibitors in one transaction: all of them, or (on any failure) none. */
export function landExhibitors(db: Db, actor: string, inputs: ExhibitorInput[], onDuplicate: OnDuplicate, source: Record<string, unknown>) {
  const at = new Date().toISOString();
  return db
    .transaction(() => {
      const existing = existingKeys(db);
      const insert = insertExhibitorStatement(db);
      const update = updateExhibitorStatement(db);
      let created = 0;
      let updated = 0;
      let skipped = 0;
      for (const input of inputs) {
        const match = matchExisting(existing, input);
        if (match && onDuplicate === 'skip') {
          skipped++;
          continue;
        }
        const id = match ?? randomUUID();
        if (match) {
          update.run({ id, at, ...rowParams(input) });
          updated++;
        } else {
          insert.run({ id, at, ...rowParams(input) });
          created++;
          if (input.taxCode) existing.byTaxCode.set(input.taxCode, id);
          existing.byNamePhone.set(namePhoneKey(input.legalName, input.phone), id);
        }
        audit(db, actor, 'exhibitor.import', 'exhibitor', id, { legalName: input.legalName, updated: !!match, ...source }, at);
      }
      audit(db, actor, 'exhibitor.import_batch', 'fair', null, { created, updated, skipped, ...source }, at);
      return { created, updated, skipped };
    })
    .immediate();
}
