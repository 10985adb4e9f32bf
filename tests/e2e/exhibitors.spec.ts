import ExcelJS from 'exceljs';
import { allocateBooth, listAllocations, setAllocationStatus } from '../../electron/services/exhibitors/allocations';
import { createExhibitor } from '../../electron/services/exhibitors/directory';
import { cancelBooking } from '../../electron/services/exhibitors/payments';
import { addToWaitlist } from '../../electron/services/exhibitors/waitlist';
import { makeXlsx } from '../integration/exhibitors/sheets';
import { test, expect, openApp } from './fixtures';
import { ExhibitorsPage } from './pages/ExhibitorsPage';

const HELD = '#ffe8a3';
const CONFIRMED = '#b2f2bb';
const PAID = '#40c057';
const FREE = '#ffffff';

/** The demo fair with booth A05 freed, so there is a booth to drag onto. */
function demoWithFreeBooth(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const { fairs } = app.core.ctx.library.list();
  const fairId = fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  const a05 = listAllocations(db).find((a) => a.boothNumber === 'A05')!;
  // Its money is refunded as the booking is cancelled: the ledger never holds money on a cancelled booking.
  cancelBooking(db, 'test', { allocationId: a05.id, settlement: { refundDong: a05.heldDong, creditDong: 0, retainDong: 0 } });
  return { fairId, db, boothId: a05.boothId };
}

test('import a file, drag an imported exhibitor onto a free booth, confirm, record the payment; all still there after reload', async ({
  page,
  app,
}) => {
  const { fairId, boothId } = demoWithFreeBooth(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await screen.expectBooth(boothId, { fill: FREE, label: 'A05' });

  const file = await makeXlsx(
    [
      ['Tên đơn vị', 'Tên ngắn', 'Điện thoại', 'Mã số thuế', 'Hạng OCOP'],
      ['Hợp tác xã Gạo Tám Xoan Hải Hậu', 'Gạo Hải Hậu', '0912 345 678', '0601234567', '4'],
      ['Cơ sở Mắm tôm Hà Trung', 'Mắm tôm', '0987654321', '', ''],
    ],
    { title: 'DANH SÁCH ĐƠN VỊ' },
  );
  await screen.importFile('don-vi-moi.xlsx', file);
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đơn vị' });
  await expect(dialog.getByText('don-vi-moi.xlsx: 2 dòng, tiêu đề ở dòng 2.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Tên đơn vị', exact: true })).toHaveValue('0');
  await expect(dialog.getByRole('cell', { name: 'Gạo Hải Hậu' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập: thêm 2, cập nhật 0, bỏ qua 0.' })).toBeVisible();

  await screen.dragExhibitorOntoBooth('Gạo Hải Hậu', boothId);
  await screen.expectBooth(boothId, { fill: HELD, label: 'A05\nGạo Hải Hậu' });
  await expect(page.getByRole('status').filter({ hasText: 'Gạo Hải Hậu giữ gian A05' })).toBeVisible();

  const detail = screen.detail('A05');
  await detail.getByRole('button', { name: 'Đặt gian', exact: true }).click();
  await detail.getByRole('button', { name: 'Xác nhận' }).click();
  await screen.expectBooth(boothId, { fill: CONFIRMED });
  await detail.getByLabel('Số tiền (đồng)').fill('3000000');
  await detail.getByLabel('Hình thức').selectOption({ label: 'Tiền mặt' });
  await detail.getByRole('button', { name: 'Ghi nhận thanh toán' }).click();
  await screen.expectBooth(boothId, { fill: PAID, label: 'A05\nGạo Hải Hậu' });
  await expect(detail.getByTestId('balance-due')).toHaveText(/^0\sđ$/);

  await page.reload();
  await screen.waitForStage();
  await screen.expectBooth(boothId, { fill: PAID, label: 'A05\nGạo Hải Hậu' });
  await screen.clickBooth(boothId);
  await expect(screen.detail('A05').getByText('Tiền mặt')).toBeVisible();
  // This payment joins the one the demo's earlier booking of A05 recorded.
  await expect(screen.detail('A05').getByRole('region', { name: 'Lịch sử' }).getByText('thanh toán gian A05')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('gao hai hau');
  await expect(page.getByRole('row', { name: /Hợp tác xã Gạo Tám Xoan Hải Hậu/ })).toContainText('A05');
});

test('a file with bad rows lists them and imports nothing', async ({ page, app }) => {
  const { fairId } = demoWithFreeBooth(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  const file = Buffer.from('\uFEFFTên đơn vị,Điện thoại,Mã số thuế\nCông ty Đúng,0912345678,0201239999\nCông ty Sai,123,02012\n', 'utf8');
  await screen.importFile('sai.csv', file);
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đơn vị' });
  const errors = dialog.getByRole('table', { name: 'Lỗi' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  await expect(errors.getByRole('row').nth(1)).toContainText('3Điện thoạiKhông phải số điện thoại Việt Nam');
  await expect(dialog.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
});

test('dropping on a taken booth asks; swap exchanges the two exhibitors', async ({ page, app }) => {
  const { fairId, db } = demoWithFreeBooth(app);
  const [a01, a03] = ['A01', 'A03'].map((n) => listAllocations(db).find((a) => a.boothNumber === n)!);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  const before = [await screen.booth(a01!.boothId), await screen.booth(a03!.boothId)];
  const from = await screen.boothCenter(a01!.boothId);
  const to = await screen.boothCenter(a03!.boothId);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
  const ask = page.getByRole('dialog', { name: 'Gian A03 đã có đơn vị' });
  await ask.getByRole('button', { name: 'Đổi gian cho nhau' }).click();
  await screen.expectBooth(a01!.boothId, { label: `A01\n${before[1]!.label.split('\n')[1]}` });
  await screen.expectBooth(a03!.boothId, { label: `A03\n${before[0]!.label.split('\n')[1]}` });
  await page.keyboard.press('Control+z');
  await screen.expectBooth(a01!.boothId, { label: before[0]!.label });
  await screen.expectBooth(a03!.boothId, { label: before[1]!.label });
});

test('selecting an exhibitor highlights all their booths and shows their details', async ({ page, app }) => {
  const { fairId, db, boothId } = demoWithFreeBooth(app);
  const chauLong = listAllocations(db).filter((a) => a.exhibitorName === 'Châu Long');
  expect(chauLong).toHaveLength(2);
  const a = allocateBooth(db, 'test', { boothId, exhibitorId: chauLong[0]!.exhibitorId, status: 'reserved' });
  setAllocationStatus(db, 'test', { allocationId: a.id, status: 'confirmed' });
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await screen
    .dragList()
    .getByRole('option', { name: /Châu Long/ })
    .click();
  const details = page.getByRole('complementary', { name: 'Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long' });
  await expect(details.getByRole('list', { name: 'Gian hàng' }).getByRole('listitem')).toHaveCount(3);
  const highlighted = await page.evaluate(
    () => window.Konva!.stages[0]!.find((n: { id: () => string }) => n.id().startsWith('highlight')).length,
  );
  expect(highlighted).toBe(3);
  // The details panel took room from the map, which fitted the whole area into what is left.
  const fits = () =>
    page.evaluate(() => {
      const stage = window.Konva!.stages[0]!;
      const area = stage.findOne('#area')!;
      const right = stage.x() + (area.x() + area.width()) * stage.scaleX();
      return stage.x() >= 0 && right <= stage.width() + 0.5;
    });
  await expect.poll(fits).toBe(true);
});

test('freeing a booth proposes the next in line for its zone', async ({ page, app }) => {
  const { fairId, db } = demoWithFreeBooth(app);
  // An unpaid booking on the sidewalk: the organizer may free it.
  const booking = listAllocations(db).find((a) => a.status !== 'paid' && a.boothNumber.startsWith('A'))!;
  const zoneId = (db.prepare('SELECT zone_id AS z FROM booth WHERE id = ?').get(booking.boothId) as { z: string }).z;
  const waiting = createExhibitor(db, 'test', { legalName: 'Hợp tác xã Cói Kim Sơn', shortName: 'Cói Kim Sơn' });
  addToWaitlist(db, 'test', { zoneId, exhibitorId: waiting.id, note: '' });
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await screen.clickBooth(booking.boothId);
  const detail = screen.detail(booking.boothNumber);
  await detail.getByRole('button', { name: 'Hủy đặt gian' }).click();
  await page
    .getByRole('dialog', { name: `Hủy đặt gian ${booking.boothNumber}?` })
    .getByRole('button', { name: 'Hủy đặt gian' })
    .click();
  await expect(detail.getByRole('note')).toContainText('Cói Kim Sơn');
  await detail.getByRole('button', { name: `Xếp vào gian ${booking.boothNumber}` }).click();
  await screen.expectBooth(booking.boothId, { label: `${booking.boothNumber}\nCói Kim Sơn` });
  await expect(detail.getByRole('note')).toHaveCount(0);
});

test('pricing rules set the price of a zone’s booths per m²', async ({ page, app }) => {
  const { fairId, boothId } = demoWithFreeBooth(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await page.getByRole('button', { name: 'Định giá…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đặt giá gian theo quy tắc' });
  await dialog.getByLabel('Áp dụng cho').selectOption({ label: 'Phân khu: Sản phẩm OCOP' });
  await dialog.getByLabel('Sản phẩm OCOP — Giá mỗi m² (đồng)').fill('400000');
  await expect(dialog.getByText(/^\d+ gian, tổng/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Áp dụng giá' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã đổi giá \d+ gian/ })).toBeVisible();
  // A05 sits inside a block of seven: inline, so 9 m² × 400.000 đ with no premium.
  await screen.clickBooth(boothId);
  await expect(screen.detail('A05').getByText(/3\.600\.000\sđ/)).toBeVisible();
});

test('create an exhibitor with a wrong tax code, fix it, then delete one who holds a booth', async ({ page, app }) => {
  const { fairId, boothId } = demoWithFreeBooth(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm đơn vị tham gia' });
  await form.getByLabel('Tên đơn vị').fill('Hộ kinh doanh Bánh chưng Tranh Khúc');
  await form.getByLabel('Mã số thuế').fill('01234');
  await form.getByRole('button', { name: 'Tạo' }).click();
  await expect(
    form.getByText('Mã số thuế gồm 10 chữ số; chi nhánh: 0201234567-001; hộ kinh doanh, cá nhân: số định danh cá nhân 12 chữ số.'),
  ).toBeVisible();
  await form.getByLabel('Mã số thuế').fill('0101234567-002');
  await form.getByRole('button', { name: 'Tạo' }).click();
  await expect(form).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('banh chung');
  await expect(page.getByRole('row', { name: /Bánh chưng Tranh Khúc/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('chau long');
  await page.getByRole('button', { name: 'Xóa Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long' }).click();
  const ask = page.getByRole('dialog', { name: 'Xóa Châu Long?' });
  await expect(ask).toContainText('đang giữ gian A01, A02');
  await expect(ask.getByRole('alert')).toContainText('không thể xóa');
  await expect(ask.getByRole('button', { name: 'Hủy đặt gian và xóa' })).toHaveCount(0);
  await ask.getByRole('button', { name: 'Hủy', exact: true }).click();

  // One holding an unpaid booking: the bookings are cancelled with the delete.
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('banh chung');
  await page.getByRole('tab', { name: 'Phân bổ gian hàng' }).click();
  await screen.dragExhibitorOntoBooth('Bánh chưng', boothId);
  await screen.expectBooth(boothId, { label: 'A05\nHộ kinh doanh Bánh chưng Tranh Khúc' });
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await page.getByRole('button', { name: 'Xóa Hộ kinh doanh Bánh chưng Tranh Khúc' }).click();
  await page
    .getByRole('dialog', { name: 'Xóa Hộ kinh doanh Bánh chưng Tranh Khúc?' })
    .getByRole('button', { name: 'Hủy đặt gian và xóa' })
    .click();
  await expect(page.getByRole('row', { name: /Bánh chưng/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Phân bổ gian hàng' }).click();
  await screen.expectBooth(boothId, { fill: FREE, label: 'A05' });
});

test('export the directory to .xlsx: every exhibitor with their booths, diacritics intact', async ({ page, app }) => {
  const { fairId } = demoWithFreeBooth(app);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất .xlsx' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/đơn vị tham gia\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.actualRowCount).toBe(38);
  const names = sheet.getColumn(1).values.slice(2).map(String);
  expect(names).toContain('Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long');
});
