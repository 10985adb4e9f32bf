import type { FairBank } from '../../../shared/model/transfers';
import type { Db } from '../../db/open';
import { audit } from '../audit';

export function getFairBank(db: Db): FairBank | null {
  return (
    (db.prepare('SELECT bin, account_number AS accountNumber, account_name AS accountName FROM fair_bank WHERE id = 1').get() as
      FairBank | undefined) ?? null
  );
}

/** Sets the account payment requests name; the change is audited like any setting that moves money. */
export function setFairBank(db: Db, bank: FairBank, actor: string, now = new Date()): FairBank {
  const at = now.toISOString();
  db.transaction(() => {
    const before = getFairBank(db);
    db.prepare(
      `INSERT INTO fair_bank (id, bin, account_number, account_name, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET bin = excluded.bin, account_number = excluded.account_number,
         account_name = excluded.account_name, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(bank.bin, bank.accountNumber, bank.accountName, at, actor);
    audit(db, actor, 'fair.bank', 'fair', null, { from: before, to: bank }, at);
  })();
  return getFairBank(db)!;
}
