import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { adoptLegacyExhibitorFields } from '../../db/migrations/0008-report-data';

/** Contracts and MoUs signed at the demo fair, as the closing ceremony would list them. */
const AGREEMENTS = [
  {
    kind: 'contract',
    parties: 'Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long – Hệ thống siêu thị Hải Phòng Mart',
    valueDong: 850_000_000,
    signedOn: '2025-07-05',
    note: 'Cung ứng nước mắm, mắm rươi cho 12 siêu thị',
  },
  {
    kind: 'mou',
    parties: 'Hợp tác xã Nước mắm Cát Hải – Công ty TNHH Du lịch Biển Đông',
    valueDong: 300_000_000,
    signedOn: '2025-07-06',
    note: 'Đưa sản phẩm OCOP vào tour du lịch Cát Bà',
  },
  {
    kind: 'mou',
    parties: 'Hợp tác xã Mật ong Thủy Nguyên – Sàn thương mại điện tử Chợ Phiên Online',
    valueDong: 0,
    signedOn: '2025-07-06',
    note: 'Mở gian hàng trực tuyến',
  },
] as const;

/** The demo's exhibitors gain their legal form and OCOP products, and the fair its agreements. */
export function addDemoReportData(db: Db, at: string): void {
  adoptLegacyExhibitorFields(db);
  const insert = db.prepare(
    `INSERT INTO trade_agreement (id, kind, parties, value_dong, signed_on, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of AGREEMENTS) insert.run(randomUUID(), a.kind, a.parties, a.valueDong, a.signedOn, a.note, at, at);
}
