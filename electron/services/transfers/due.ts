import type { Allocation } from '../../../shared/model/exhibitor';
import type { PaymentDue } from '../../../shared/model/transfers';
import { paymentMemo } from '../../../shared/vietqr';
import type { Db } from '../../db/open';
import { listAllocations } from '../exhibitors/allocations';
import { numberOrder } from '../../../shared/plan/numbering';

/** Bookings that take money: a hold or a cancelled booking does not. */
export const isPayable = (a: Pick<Allocation, 'status'>) => a.status === 'reserved' || a.status === 'confirmed' || a.status === 'paid';

/** Who still owes booth fees, from the bookings' balances, with the memo their transfer should carry. */
export function listPaymentsDue(db: Db, fairId: string): PaymentDue[] {
  const byExhibitor = new Map<string, Allocation[]>();
  for (const a of listAllocations(db)) {
    if (!isPayable(a) || a.balanceDong <= 0) continue;
    byExhibitor.set(a.exhibitorId, [...(byExhibitor.get(a.exhibitorId) ?? []), a]);
  }
  return [...byExhibitor.values()]
    .map((held) => {
      const booths = held.map((a) => a.boothNumber).sort(numberOrder);
      return {
        exhibitorId: held[0]!.exhibitorId,
        exhibitorName: held[0]!.exhibitorName,
        boothNumbers: booths,
        dueDong: held.reduce((n, a) => n + a.balanceDong, 0),
        memo: paymentMemo(fairId, booths),
      };
    })
    .sort((x, y) => x.exhibitorName.localeCompare(y.exhibitorName, 'vi'));
}
