import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { allocateBooth, listAllocations, setAllocationStatus } from '../../../electron/services/exhibitors/allocations';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { createExhibitor, deleteExhibitor, listExhibitors, updateExhibitor } from '../../../electron/services/exhibitors/directory';
import { history, recordPayment } from '../../../electron/services/exhibitors/payments';
import { addExhibitor, makeFair, type TestFair } from './fixture';

let fair: TestFair;
beforeEach(() => {
  fair = makeFair();
});
afterEach(() => fair.close());

function issuesOf(fn: () => unknown): { code: string; paths: string[] } {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const issues = ((error.details as { issues?: { path: string[] }[] })?.issues ?? []).map((i) => i.path.join('.'));
    return { code: error.code, paths: issues };
  }
  throw new Error('expected an ApiError');
}

describe('exhibitor directory', () => {
  it('creates and lists with trimmed, validated fields', () => {
    const e = createExhibitor(fair.db, 't', {
      legalName: '  Hợp tác xã Nước mắm Cát Hải ',
      phone: '0225 3.812-345',
      email: 'lienhe@cathai.vn',
      taxCode: '0201234567-001',
      province: 'Hải Dương',
      ocopProducts: [{ name: 'Nước mắm cốt nhĩ', stars: 5, certifiedYear: 2023 }],
    });
    expect(e).toMatchObject({ legalName: 'Hợp tác xã Nước mắm Cát Hải', ocopStars: 5, boothIds: [], statuses: [] });
    // The form is read from the legal name, and the old province is stored under its 2025 name.
    expect(e).toMatchObject({ unitType: 'cooperative', province: 'Hải Phòng' });
    expect(e.ocopProducts).toEqual([{ name: 'Nước mắm cốt nhĩ', stars: 5, certifiedYear: 2023 }]);
    expect(listExhibitors(fair.db)).toHaveLength(1);
  });

  it('refuses bad phone, e-mail, tax code and OCOP rating, field by field', () => {
    const bad = issuesOf(() =>
      createExhibitor(fair.db, 't', {
        legalName: '',
        phone: '12345',
        email: 'a@b',
        taxCode: '020123456',
        ocopProducts: [{ name: 'Mắm', stars: 2 }],
      }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(bad.paths.sort()).toEqual(['email', 'legalName', 'ocopProducts.0.stars', 'phone', 'taxCode']);
    for (const taxCode of ['0201234567', '0201234567-001']) expect(() => addExhibitor(fair.db, `X ${taxCode}`, { taxCode })).not.toThrow();
    expect(issuesOf(() => addExhibitor(fair.db, 'Y', { taxCode: '0201234567-01' })).paths).toEqual(['taxCode']);
  });

  it('refuses a tax code already used by another exhibitor, naming them', () => {
    addExhibitor(fair.db, 'Công ty A', { taxCode: '0209999999' });
    const b = addExhibitor(fair.db, 'Công ty B');
    const error = issuesOf(() => updateExhibitor(fair.db, 't', b.id, { legalName: 'Công ty B', taxCode: '0209999999' }));
    expect(error).toEqual({ code: 'CONFLICT', paths: ['taxCode'] });
  });

  it('records what changed in the audit log', () => {
    const e = addExhibitor(fair.db, 'Công ty Gốm', { province: 'Quảng Ninh' });
    updateExhibitor(fair.db, 'Lan', e.id, { legalName: 'Công ty Gốm', province: 'Hải Phòng' });
    const [last] = history(fair.db, { exhibitorId: e.id });
    expect(last).toMatchObject({
      actor: 'Lan',
      action: 'exhibitor.update',
      details: { changed: { province: { from: 'Quảng Ninh', to: 'Hải Phòng' } } },
    });
    // The form read from the name is not a change.
    expect(Object.keys((last!.details as { changed: object }).changed)).toEqual(['province']);
  });

  it('deleting an exhibitor who holds booths: refuse, or cancel the bookings and archive', () => {
    const e = addExhibitor(fair.db, 'Công ty Giữ gian', { taxCode: '0201111111' });
    allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id });
    expect(issuesOf(() => deleteExhibitor(fair.db, 't', e.id, 'refuse')).code).toBe('CONFLICT');
    expect(deleteExhibitor(fair.db, 't', e.id, 'cancel')).toEqual({ cancelledBoothIds: [fair.booth.A1] });
    expect(listExhibitors(fair.db)).toHaveLength(0);
    expect(listAllocations(fair.db)).toHaveLength(0);
    // The library and the fair report no longer count the archived record.
    expect(fair.library.summary(fair.fairId).exhibitorCount).toBe(0);
    expect(buildFairReport(fair.db).exhibitors.total).toBe(0);
    // Archived: the history stays, and the tax code is free for a new record.
    expect(listAllocations(fair.db, { exhibitorId: e.id, includeCancelled: true })).toHaveLength(1);
    expect(() => addExhibitor(fair.db, 'Công ty mới', { taxCode: '0201111111' })).not.toThrow();
  });

  it('refuses to delete an exhibitor who has paid for a booth', () => {
    const e = addExhibitor(fair.db, 'Đã trả');
    const a = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id, status: 'confirmed' });
    recordPayment(fair.db, 't', a.id, { amountDong: 3_000_000, paidOn: '2026-06-01', method: 'qr', note: '' });
    expect(issuesOf(() => deleteExhibitor(fair.db, 't', e.id, 'cancel')).code).toBe('CONFLICT');
    expect(listAllocations(fair.db)[0]!.status).toBe('paid');
  });

  it('erases an exhibitor with no booking history', () => {
    const e = addExhibitor(fair.db, 'Chưa có gian');
    deleteExhibitor(fair.db, 't', e.id, 'refuse');
    expect(fair.db.prepare('SELECT count(*) AS n FROM exhibitor').get()).toEqual({ n: 0 });
  });

  it('lists an exhibitor with the booths they hold and the balance due', () => {
    const e = addExhibitor(fair.db, 'Hai gian');
    allocateBooth(fair.db, 't', { boothId: fair.booth.A2!, exhibitorId: e.id });
    const b = allocateBooth(fair.db, 't', { boothId: fair.booth.A1!, exhibitorId: e.id, status: 'reserved' });
    setAllocationStatus(fair.db, 't', { allocationId: b.id, status: 'confirmed' });
    expect(listExhibitors(fair.db)[0]).toMatchObject({
      boothNumbers: ['A1', 'A2'],
      statuses: ['confirmed', 'held'],
      balanceDong: 6_000_000,
    });
  });
});
