import { normalizeProvince } from '../../../shared/provinces';
import type { ExhibitorInput } from '../../../shared/model/exhibitor';
import type { ImportResult, OnDuplicate } from '../../../shared/model/exhibitor-import';
import type { Db } from '../../db/open';
import { listExhibitors } from './directory';
import { landExhibitors } from './import/land';

/** Brings another fair's exhibitors into this one (directory only: no booths, no money). */
export function copyExhibitors(target: Db, actor: string, source: Db, sourceFairId: string, onDuplicate: OnDuplicate): ImportResult {
  const inputs: ExhibitorInput[] = listExhibitors(source).map((e) => ({
    legalName: e.legalName,
    shortName: e.shortName,
    contactPerson: e.contactPerson,
    phone: e.phone,
    email: e.email,
    address: e.address,
    // Last year's file may predate the 2025 merger: "Hải Dương" arrives as "Hải Phòng".
    province: normalizeProvince(e.province),
    taxCode: e.taxCode,
    category: e.category,
    unitType: e.unitType,
    ocopProducts: e.ocopProducts,
    notes: e.notes,
  }));
  return landExhibitors(target, actor, inputs, onDuplicate, { copiedFrom: sourceFairId });
}
