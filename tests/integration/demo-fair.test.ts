import { describe, expect, it } from 'vitest';
import { FORMER_HAI_DUONG, taxCheckDigit } from '../../electron/services/demo/contacts';
import { DEMO_FAIR } from '../../electron/services/demo';
import { TAX_CODE_PATTERN } from '../../shared/model/exhibitor';
import { useDemoFair } from './sales/helpers';

/** Properties a Hải Phòng fair office would check in the demo fair, read back from the file it makes. */
describe('the demo fair, as the office would check it', () => {
  const fair = useDemoFair();

  it('sells most on the weekend (Saturday 5/7 and Sunday 6/7), in sales and in visitors', () => {
    const db = fair.db();
    const sales = db.prepare('SELECT day, sum(amount_dong) AS total FROM sale WHERE voided_at IS NULL GROUP BY day ORDER BY day').all() as {
      day: string;
      total: number;
    }[];
    const visitors = db.prepare('SELECT day, sum(count) AS n FROM visitor_count GROUP BY day ORDER BY day').all() as {
      day: string;
      n: number;
    }[];
    expect(sales.map((s) => s.day)).toEqual(['2025-07-05', '2025-07-06', '2025-07-07']);
    const weekday = (day: string) => new Date(`${day}T12:00:00+07:00`).getUTCDay();
    expect([weekday('2025-07-05'), weekday('2025-07-06'), weekday('2025-07-07')]).toEqual([6, 0, 1]);
    const monday = sales[2]!.total;
    expect(sales[0]!.total).toBeGreaterThan(monday);
    expect(sales[1]!.total).toBeGreaterThan(monday);
    expect(visitors[0]!.n).toBeGreaterThan(visitors[2]!.n);
    expect(visitors[1]!.n).toBeGreaterThan(visitors[2]!.n);
  });

  it('has its food stalls selling the most, in all and per booth', () => {
    const byKind = fair
      .db()
      .prepare(
        `SELECT z.name AS zone, sum(s.amount_dong) AS total, count(DISTINCT s.booth_id) AS booths
         FROM sale s JOIN booth b ON b.id = s.booth_id JOIN zone z ON z.id = b.zone_id
         WHERE s.voided_at IS NULL GROUP BY z.name ORDER BY total DESC`,
      )
      .all() as { zone: string; total: number; booths: number }[];
    expect(byKind[0]!.zone).toBe('Ẩm thực');
    const perBooth = byKind.map((z) => z.total / z.booths);
    expect(perBooth[0]).toBe(Math.max(...perBooth));
  });

  it('writes phones, tax codes and addresses as the units have them', () => {
    const rows = fair.db().prepare('SELECT legal_name AS name, phone, tax_code AS tax, address FROM exhibitor').all() as {
      name: string;
      phone: string;
      tax: string;
      address: string;
    }[];
    expect(rows).toHaveLength(37);
    const former = rows.filter((r) => [...FORMER_HAI_DUONG].some((w) => r.address.includes(`${w},`)));
    expect(former.length).toBeGreaterThanOrEqual(4);
    for (const r of former) {
      expect(r.phone, r.name).toMatch(/^0220\d{7}$/);
      if (!r.name.startsWith('Hộ kinh doanh')) expect(r.tax, r.name).toMatch(/^08\d{8}$/);
    }
    const households = rows.filter((r) => r.name.startsWith('Hộ kinh doanh'));
    expect(households.length).toBeGreaterThanOrEqual(5);
    for (const r of households) expect(r.tax, r.name).toMatch(/^0(30|31)[0-3]\d{8}$/);
    for (const r of rows.filter((x) => !x.name.startsWith('Hộ kinh doanh'))) {
      expect(r.tax, r.name).toMatch(/^\d{10}$/);
      expect(taxCheckDigit(r.tax.slice(0, 9)), r.name).toBe(Number(r.tax[9]));
    }
    for (const r of rows) {
      expect(r.tax).toMatch(TAX_CODE_PATTERN);
      expect(r.address, r.name).toMatch(/^(Số \d+ |thôn )[^,]+, (phường|xã|đặc khu) [^,]+, thành phố Hải Phòng$/);
    }
    const mobiles = rows.filter((r) => /^0[3-9]\d{8}$/.test(r.phone));
    expect(mobiles.length).toBeGreaterThan(rows.length / 2);
  });

  it('shows the city’s support to OCOP producers as a fee reduction, and the ledger collects the rest', () => {
    const supported = fair
      .db()
      .prepare(
        `SELECT a.fee_dong AS fee, a.discount_dong AS discount, m.paid_dong AS paid, a.status
         FROM allocation a LEFT JOIN booking_money m ON m.allocation_id = a.id
         WHERE a.discount_reason = 'Hỗ trợ 50% chủ thể OCOP'`,
      )
      .all() as { fee: number; discount: number; paid: number | null; status: string }[];
    expect(supported.length).toBeGreaterThanOrEqual(2);
    for (const s of supported) {
      expect(s.discount * 2).toBe(s.fee);
      if (s.status === 'paid') expect(s.paid).toBe(s.fee - s.discount);
    }
    expect(DEMO_FAIR.notes).toContain('37 đơn vị');
  });
});
