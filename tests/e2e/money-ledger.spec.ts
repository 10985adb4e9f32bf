import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { allocateBooth, listAllocations } from '../../electron/services/exhibitors/allocations';
import { createExhibitor } from '../../electron/services/exhibitors/directory';
import { cancelBooking, listPayments, occupancy } from '../../electron/services/exhibitors/payments';
import { readPdf } from '../integration/print/pdf-reader';
import type { Page } from '@playwright/test';
import { test, expect, openApp, type RunningApp } from './fixtures';
import { ExhibitorsPage } from './pages/ExhibitorsPage';

/** The demo fair with booth A05 freed (its money refunded) and a new exhibitor confirmed on it at 3.000.000 đ. */
function confirmedOnA05(app: RunningApp) {
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  const a05 = listAllocations(db).find((a) => a.boothNumber === 'A05')!;
  const settlement = { refundDong: a05.heldDong, creditDong: 0, retainDong: 0, reason: 'test' };
  cancelBooking(db, 'test', { allocationId: a05.id, settlement });
  const e = createExhibitor(db, 'test', { legalName: 'Hộ kinh doanh Thử nghiệm Đồ Sơn', shortName: 'Thử Đồ Sơn' });
  db.prepare('UPDATE booth SET price_dong = 3000000 WHERE id = ?').run(a05.boothId);
  const booking = allocateBooth(db, 'test', { boothId: a05.boothId, exhibitorId: e.id, status: 'confirmed' });
  return { fairId, db, boothId: a05.boothId, booking };
}

const dong = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Opens the confirmed booking on A05 in the exhibitors screen, at its payment form. */
async function openBookingOnA05(page: Page, app: RunningApp) {
  const booking = confirmedOnA05(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(booking.fairId);
  await screen.clickBooth(booking.boothId);
  const detail = screen.detail('A05');
  return { ...booking, detail, payments: detail.getByRole('form', { name: 'Ghi nhận thanh toán' }) };
}

test('a payment typed as 1,5tr records 1.500.000 as a deposit; abc records nothing; the receipt prints; a void brings the balance back', async ({
  page,
  app,
}) => {
  const { db, booking, detail, payments } = await openBookingOnA05(page, app);
  const amount = payments.getByRole('textbox', { name: /Số tiền \(đồng\)/ });

  await amount.fill('abc');
  await expect(payments.getByText('Không phải số tiền. Ví dụ: 1.500.000 · 1,5tr · 500k · 2tr5 · 800 nghìn')).toBeVisible();
  await payments.getByRole('button', { name: 'Ghi nhận thanh toán' }).click();
  await expect(amount).toHaveValue('abc');
  expect(listPayments(db, booking.id)).toHaveLength(0);

  await amount.fill('1,5tr');
  await expect(payments.getByText('= 1.500.000 đ')).toBeVisible();
  await payments.getByLabel('Hình thức').selectOption({ label: 'Tiền mặt' });
  await payments.getByRole('button', { name: 'Ghi nhận thanh toán' }).press('Enter');
  await expect(detail.getByTestId('balance-due')).toHaveText(/^1\.500\.000\sđ$/);
  await expect(detail.getByTestId('deposit')).toHaveText(/^Đã đặt cọc 1\.500\.000\sđ$/);
  expect(listPayments(db, booking.id).map((p) => [p.amountDong, p.recordedBy, p.method])).toEqual([[1_500_000, 'Nguyễn Thị Lan', 'cash']]);
  const row = detail.getByTestId('ledger-row');
  await expect(row).toContainText('Phiếu thu PT-');
  await expect(row).toContainText('do Nguyễn Thị Lan ghi');

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Phiếu thu' }).click();
  const file = await (await download).path();
  const text = (await readPdf(readFileSync(file))).map((p) => p.text).join('\n');
  expect(text).toContain('PHIẾU THU');
  expect(text).toContain('Một triệu năm trăm nghìn đồng chẵn');
  expect(text).toContain('Nguyễn Thị Lan');
  expect(text).toContain('Nộp tiền thuê gian hàng A05');

  await row.getByRole('button', { name: 'Hủy khoản thu' }).click();
  const dialog = page.getByRole('dialog', { name: /Hủy khoản thu PT-\d+ số tiền 1\.500\.000/ });
  await dialog.getByRole('button', { name: 'Hủy khoản thu' }).click();
  await expect(dialog.getByText('Hãy ghi lý do.')).toBeVisible();
  await dialog.getByLabel('Lý do').fill('Ghi nhầm gian');
  await dialog.getByRole('button', { name: 'Hủy khoản thu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(detail.getByTestId('balance-due')).toHaveText(/^3\.000\.000\sđ$/);
  await expect(detail.getByTestId('deposit')).toHaveCount(0);
  await expect(row).toContainText('Nguyễn Thị Lan đã hủy: Ghi nhầm gian');
  expect(listPayments(db, booking.id)[0]).toMatchObject({ amountDong: 1_500_000, voidReason: 'Ghi nhầm gian' });
});

test('350k per m² prices a 9 m² booth at 3.150.000; a 10% discount takes 315.000 off', async ({ page, app }) => {
  const { fairId, db, boothId } = confirmedOnA05(app);
  const zone = db.prepare('SELECT z.name FROM booth b JOIN zone z ON z.id = b.zone_id WHERE b.id = ?').get(boothId) as { name: string };
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await page.getByRole('button', { name: 'Định giá…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đặt giá gian theo quy tắc' });
  await dialog.getByLabel('Áp dụng cho').selectOption({ label: `Phân khu: ${zone.name}` });
  const perM2 = dialog.getByRole('textbox', { name: new RegExp(`^${zone.name} — Giá mỗi m²`) });
  await perM2.fill('350 ngàn x');
  await expect(dialog.getByText('Không phải số tiền.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Áp dụng giá' })).toBeDisabled();
  await perM2.fill('350k');
  await expect(dialog.getByText('= 350.000 đ')).toBeVisible();
  await dialog.getByRole('button', { name: 'Áp dụng giá' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã đổi giá \d+ gian/ })).toBeVisible();
  expect((db.prepare('SELECT price_dong AS p FROM booth WHERE id = ?').get(boothId) as { p: number }).p).toBe(3_150_000);

  // The agreed fee of the booking is changed by hand: 3,15tr, then 10 % off.
  await screen.clickBooth(boothId);
  const detail = screen.detail('A05');
  const fee = detail.getByRole('form', { name: 'Phí gian hàng' });
  await fee.getByRole('textbox', { name: /Phí gian hàng/ }).fill('3,15tr');
  await fee.getByRole('textbox', { name: /Giảm\/hỗ trợ/ }).fill('10%');
  await expect(fee.getByText('= 10% → 315.000 đ')).toBeVisible();
  await fee.getByLabel('Lý do giảm giá').fill('Hỗ trợ chủ thể OCOP');
  await fee.getByRole('button', { name: 'Lưu phí' }).click();
  await expect(detail.getByTestId('net-fee')).toHaveText(/^2\.835\.000\sđ$/);
  expect(listAllocations(db, { boothId })[0]).toMatchObject({ feeDong: 3_150_000, discountDong: 315_000, balanceDong: 2_835_000 });
});

test('a partly-paid booking cancelled with a partial refund: the totals reconcile on screen and in the exported sheet', async ({
  page,
  app,
}) => {
  const { db, boothId, booking, detail, payments } = await openBookingOnA05(page, app);
  await payments.getByRole('textbox', { name: /Số tiền \(đồng\)/ }).fill('1tr');
  await payments.getByRole('button', { name: 'Ghi nhận thanh toán' }).click();
  await expect(detail.getByTestId('deposit')).toHaveText(/1\.000\.000/);

  await detail.getByRole('button', { name: 'Hủy đặt gian' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hủy đặt gian A05?' });
  await expect(dialog.getByText('Thử Đồ Sơn đã nộp 1.000.000 đ cho gian này.', { exact: false })).toBeVisible();
  await dialog.getByLabel(/^Chia ra/).check();
  await dialog.getByRole('textbox', { name: /^Hoàn trả/ }).fill('400k');
  await dialog.getByRole('button', { name: 'Hủy đặt gian' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Còn phải phân bổ: 600\.000/);
  await dialog.getByRole('textbox', { name: /^Giữ lại/ }).fill('600 nghìn');
  await dialog.getByLabel('Lý do (không bắt buộc)').fill('Đơn vị rút khỏi hội chợ');
  await dialog.getByRole('button', { name: 'Hủy đặt gian' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Đã hủy đặt gian A05.' })).toBeVisible();

  const booked = listAllocations(db, { boothId, includeCancelled: true }).find((a) => a.id === booking.id)!;
  expect(booked).toMatchObject({ status: 'cancelled', paidDong: 1_000_000, refundedDong: 400_000, retainedDong: 600_000, balanceDong: 0 });

  const figure = async (id: string) => dong(await page.getByTestId(id).locator('dd').textContent());
  const money = occupancy(db).money;
  await expect.poll(() => figure('money-refunded')).toBe(money.refundedDong);
  const screenTotals = {
    invoiced: await figure('money-invoiced'),
    paid: await figure('occupancy-paid-dong'),
    receivable: await figure('money-receivable'),
    refunded: await figure('money-refunded'),
    credit: await figure('money-credit'),
  };
  expect(screenTotals).toEqual({
    invoiced: money.invoicedDong,
    paid: money.paidDong,
    receivable: money.receivableDong,
    refunded: money.refundedDong,
    credit: money.creditDong,
  });
  expect(screenTotals.paid - screenTotals.refunded - screenTotals.credit).toBe(screenTotals.invoiced - screenTotals.receivable);
  expect(await figure('money-retained')).toBe(600_000);

  await page.getByRole('tab', { name: 'Danh sách' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất .xlsx' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const sum = (header: string) => {
    const col = headers.indexOf(header);
    expect(col, header).toBeGreaterThan(0);
    let total = 0;
    sheet.eachRow((r, n) => {
      if (n > 1) total += Number(r.getCell(col).value ?? 0);
    });
    return total;
  };
  expect({
    invoiced: sum('Phải thu (đồng)'),
    paid: sum('Đã thu (đồng)'),
    receivable: sum('Còn phải thu (đồng)'),
    refunded: sum('Đã hoàn trả (đồng)'),
    credit: sum('Tiền gửi lại (đồng)'),
  }).toEqual(screenTotals);
  const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Hộ kinh doanh Thử nghiệm Đồ Sơn')!;
  expect(row.getCell(headers.indexOf('Tiền cọc giữ lại (đồng)')).value).toBe(600_000);
  expect(row.getCell(headers.indexOf('Đã hoàn trả (đồng)')).value).toBe(400_000);
});

test.describe('first start', () => {
  test.use({ userName: null });
  test('asks the person’s name and records it on what they do', async ({ page, app }) => {
    await openApp(page, app);
    const ask = page.getByRole('dialog', { name: 'Ai đang dùng FairFloor?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(ask.getByText('Hãy nhập họ tên để bắt đầu.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ask).toBeVisible();
    await ask.getByLabel('Tên của bạn').fill('Phạm Văn Minh');
    await ask.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(ask).toHaveCount(0);
    expect(app.core.ctx.actor()).toBe('Phạm Văn Minh');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Ai đang dùng FairFloor?' })).toHaveCount(0);
  });
});
