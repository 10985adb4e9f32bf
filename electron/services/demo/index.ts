import { randomUUID } from 'node:crypto';
import { rectangleOutline } from '../../../shared/plan/outline';
import { outlineToColumn } from '../../../shared/plan/records';
import { fairDays } from '../../../shared/dates';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import type { FairLibrary } from '../library';
import { addDemoReportData } from './report-data';
import { DEMO_EXHIBITORS, type DemoExhibitor } from './exhibitors';
import { OCOP_SUPPORT, OCOP_SUPPORT_REASON, demoAddress, demoPhone, demoTaxCode } from './contacts';

export const DEMO_FAIR = {
  name: 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025',
  venue: 'Vỉa hè Trần Phú và Vườn hoa Kim Đồng, Hải Phòng',
  organizer: 'Sở Công Thương thành phố Hải Phòng',
  firstDay: '2025-07-05',
  lastDay: '2025-07-07',
  notes: 'Hội chợ mẫu: 40 gian hàng của 37 đơn vị. Sửa hoặc xóa tùy ý.',
};

const ZONES = {
  ocop: { name: 'Sản phẩm OCOP', color: '#2f9e44' },
  craft: { name: 'Thủ công mỹ nghệ', color: '#e8590c' },
  food: { name: 'Ẩm thực', color: '#c2255c' },
} as const;

const PRICE: Record<DemoExhibitor['zone'], number> = { ocop: 3_000_000, craft: 3_000_000, food: 4_500_000 };
/** Typical takings of one sale entry per zone, in đồng: [smallest, largest]. */
const TAKINGS: Record<DemoExhibitor['zone'], [number, number]> = {
  ocop: [250_000, 3_000_000],
  craft: [200_000, 2_500_000],
  food: [300_000, 2_200_000],
};
/** Entries per booth and day: a cuisine fair's food stalls sell all day long. */
const ENTRIES: Record<DemoExhibitor['zone'], [number, number]> = { ocop: [2, 4], craft: [1, 3], food: [6, 9] };
/** Saturday 5/7 and Sunday 6/7 are the busy days; Monday is a working day. */
const DAY_FACTOR = [1.15, 1.3, 0.7];
const VISITORS = [8_600, 9_800, 5_900];

/** A small seeded generator: the demo fair is the same on every laptop. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlacedBooth {
  id: string;
}

/** Booths along the sidewalk: one row in blocks of seven, with cross-passages between blocks. */
function placeSidewalkBooths(db: Db, areaId: string, zoneIds: Record<string, string>, zones: DemoExhibitor['zone'][]): PlacedBooth[] {
  const insert = boothInsert(db);
  return zones.map((zone, i) => {
    const id = randomUUID();
    const x = 2 + i * 3 + Math.floor(i / 7) * 4;
    insert.run({
      id,
      areaId,
      number: `A${String(i + 1).padStart(2, '0')}`,
      x,
      y: 1,
      kind: 'standard',
      zoneId: zoneIds[zone],
      price: PRICE[zone],
    });
    return { id };
  });
}

/** Food stalls in the garden: two rows of six facing each other across a 4 m aisle. */
function placeGardenBooths(db: Db, areaId: string, zoneId: string, count: number): PlacedBooth[] {
  const insert = boothInsert(db);
  return Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    const row = Math.floor(i / 6);
    insert.run({
      id,
      areaId,
      number: `B${String(i + 1).padStart(2, '0')}`,
      x: 5 + (i % 6) * 3,
      y: 4 + row * 7,
      kind: 'food',
      zoneId,
      price: PRICE.food,
    });
    return { id };
  });
}

function boothInsert(db: Db) {
  return db.prepare(
    `INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, kind, zone_id, price_dong)
     VALUES (@id, @areaId, @number, @x, @y, 3, 3, @kind, @zoneId, @price)`,
  );
}

/**
 * Fills an empty fair with the demo: two areas drawn to scale, 40 booths in three zones, a stage
 * and an info desk, 37 exhibitors holding 40 booths, three days of sales and visitor counts.
 */
/** A time during the fair's opening hours (UTC+7), as an ISO instant. */
function inVietnam(day: string, hour: number): string {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+07:00`).toISOString();
}

export function fillDemoFair(db: Db, actor: string): void {
  const random = mulberry32(20250705);
  const at = '2025-06-20T02:00:00.000Z';

  const zoneIds: Record<string, string> = {};
  for (const [key, zone] of Object.entries(ZONES)) {
    zoneIds[key] = randomUUID();
    db.prepare('INSERT INTO zone (id, name, color) VALUES (?, ?, ?)').run(zoneIds[key], zone.name, zone.color);
  }

  const sidewalk = randomUUID();
  const garden = randomUUID();
  const insertArea = db.prepare(
    'INSERT INTO area (id, name, width_m, depth_m, sort_order, outline_json, site_x_m, site_y_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // The garden lies across the road from the sidewalk, on one site plan.
  insertArea.run(sidewalk, 'Vỉa hè Trần Phú', 100, 8, 0, outlineToColumn(rectangleOutline(100, 8)), 0, 0);
  insertArea.run(garden, 'Vườn hoa Kim Đồng', 40, 30, 1, outlineToColumn(rectangleOutline(40, 30)), 30, 20);

  const insertFeature = db.prepare(
    'INSERT INTO feature (id, area_id, kind, x_m, y_m, width_m, depth_m, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  insertFeature.run(randomUUID(), garden, 'stage', 26, 4, 10, 6, 'Sân khấu');
  insertFeature.run(randomUUID(), garden, 'info_desk', 2, 22, 3, 2, 'Ban tổ chức');
  insertFeature.run(randomUUID(), garden, 'entrance', 18, 28.5, 4, 1.5, 'Cổng vào');
  insertFeature.run(randomUUID(), sidewalk, 'aisle', 0, 5, 100, 3, 'Lối đi bộ');

  // Booth slots in exhibitor order, so each exhibitor's booths sit side by side in their zone.
  const sidewalkZones = DEMO_EXHIBITORS.filter((e) => e.zone !== 'food').flatMap((e) =>
    Array<DemoExhibitor['zone']>(e.booths).fill(e.zone),
  );
  const foodCount = DEMO_EXHIBITORS.filter((e) => e.zone === 'food').reduce((n, e) => n + e.booths, 0);
  const free = {
    sidewalk: placeSidewalkBooths(db, sidewalk, zoneIds, sidewalkZones),
    garden: placeGardenBooths(db, garden, zoneIds.food!, foodCount),
  };

  const insertExhibitor = db.prepare(
    `INSERT INTO exhibitor (id, legal_name, short_name, contact_person, phone, email, address, province, tax_code, category, ocop_stars, created_at, updated_at)
     VALUES (@id, @legalName, @shortName, @contact, @phone, @email, @address, 'Hải Phòng', @taxCode, @category, @ocop, @at, @at)`,
  );
  const insertAllocation = db.prepare(
    `INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, discount_dong, discount_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payment (id, allocation_id, exhibitor_id, amount_dong, paid_on, method, payer, receipt_no, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, '2025-06-25', 'bank_transfer', ?, ?, ?, ?)`,
  );
  const insertSale = db.prepare(
    `INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const boothNumberOf = db.prepare('SELECT number FROM booth WHERE id = ?');

  const days = fairDays(DEMO_FAIR.firstDay, DEMO_FAIR.lastDay);
  const methods = ['cash', 'cash', 'bank_transfer', 'qr'] as const;
  let receipts = 0;
  DEMO_EXHIBITORS.forEach((e, index) => {
    const exhibitorId = randomUUID();
    insertExhibitor.run({
      id: exhibitorId,
      legalName: e.legalName,
      shortName: e.shortName,
      contact: e.contact,
      phone: demoPhone(e, index),
      email: index % 3 === 0 ? `lienhe${index + 1}@example.vn` : '',
      address: demoAddress(e, index),
      taxCode: demoTaxCode(e, index),
      category: e.category,
      ocop: e.ocop,
      at,
    });
    for (const booth of (e.zone === 'food' ? free.garden : free.sidewalk).splice(0, e.booths)) {
      const status = index % 9 === 4 ? 'confirmed' : index % 13 === 7 ? 'reserved' : 'paid';
      const allocationId = randomUUID();
      const discount = OCOP_SUPPORT.has(e.legalName) ? PRICE[e.zone] / 2 : 0;
      const due = PRICE[e.zone] - discount;
      insertAllocation.run(
        allocationId,
        booth.id,
        exhibitorId,
        status,
        PRICE[e.zone],
        discount,
        discount ? OCOP_SUPPORT_REASON : '',
        at,
        at,
      );
      // The bookings' history, as the allocation screens would have written it.
      const { number: boothNumber } = boothNumberOf.get(booth.id) as { number: string };
      const about = { boothId: booth.id, boothNumber, exhibitorId };
      audit(
        db,
        actor,
        'allocation.create',
        'allocation',
        allocationId,
        { ...about, exhibitor: e.shortName, status, holdExpiresOn: null, feeDong: PRICE[e.zone], discountDong: discount },
        at,
      );
      if (status === 'paid') {
        const paymentId = randomUUID();
        const receiptNo = ++receipts;
        insertPayment.run(paymentId, allocationId, exhibitorId, due, e.legalName, receiptNo, actor, at);
        const payment = { paymentId, amountDong: due, method: 'bank_transfer', paidOn: '2025-06-25', receiptNo };
        audit(db, actor, 'payment.record', 'allocation', allocationId, { ...about, ...payment }, at);
      }
      days.forEach((day, d) => {
        const [fewest, most] = ENTRIES[e.zone];
        const entries = Math.max(1, Math.round((fewest + random() * (most - fewest)) * DAY_FACTOR[d]!));
        for (let s = 0; s < entries; s++) {
          const [low, high] = TAKINGS[e.zone];
          const amount = Math.round((low + random() * (high - low)) / 1000) * 1000;
          const method = methods[Math.floor(random() * methods.length)]!;
          const recordedAt = inVietnam(day, 8 + Math.floor((s * 13) / entries));
          insertSale.run(randomUUID(), booth.id, exhibitorId, day, amount, method, actor, recordedAt);
        }
      });
    }
  });

  // Staff once typed a sale twice: the copy stays on record, voided with a reason.
  const duplicate = db.prepare('SELECT id FROM sale WHERE day = ? ORDER BY recorded_at, id LIMIT 1').get(days[1]) as { id: string };
  db.prepare("UPDATE sale SET voided_at = ?, voided_by = ?, void_reason = 'Nhập trùng' WHERE id = ?").run(
    inVietnam(days[1]!, 16),
    actor,
    duplicate.id,
  );

  const insertVisitors = db.prepare("INSERT INTO visitor_count (day, gate, count) VALUES (?, '', ?)");
  days.forEach((day, i) => insertVisitors.run(day, VISITORS[i] ?? 0));
  addDemoReportData(db, at);
}

export function createDemoFair(library: FairLibrary, actor: string) {
  return library.create(DEMO_FAIR, actor, (db) => fillDemoFair(db, actor));
}
