import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';
import { openPhone, readQr } from './pages/StaffPhonePage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const dong = (text: string) => Number(text.replace(/\D/g, ''));

/** [search typed, booth, keypad keys, value read]: numbers, names without accents, the shorthand. */
const ONLINE: [string, string, string[], string][] = [
  ['a1', 'A01', ['1', ',', '5', 'tr'], '1.500.000 ₫'],
  ['a1', 'A01', ['5', '0', '0', 'k'], '500.000 ₫'],
  ['a2', 'A02', ['2', 'tr', '5'], '2.500.000 ₫'],
  ['A03', 'A03', ['7', '5', '0', '000'], '750.000 ₫'],
  ['a4', 'A04', ['3', '0', '0', 'k'], '300.000 ₫'],
  ['b1', 'B01', ['4', '5', '000'], '45.000 ₫'],
  ['b2', 'B02', ['1', 'tr'], '1.000.000 ₫'],
  ['b3', 'B03', ['9', '9', 'k'], '99.000 ₫'],
  ['a5', 'A05', ['1', '2', '0', 'k'], '120.000 ₫'],
  ['a6', 'A06', ['3', 'tr'], '3.000.000 ₫'],
];
const OFFLINE: [string, string, string[], string][] = [
  ['a1', 'A01', ['2', '0', '0', 'k'], '200.000 ₫'],
  ['a2', 'A02', ['1', ',', '2', 'tr'], '1.200.000 ₫'],
  ['a3', 'A03', ['6', '0', 'k'], '60.000 ₫'],
  ['b1', 'B01', ['8', '0', '0', '000'], '800.000 ₫'],
  ['b2', 'B02', ['5', 'tr'], '5.000.000 ₫'],
];

test('a phone joins from the QR code, records 15 sales (5 offline) that land once each on the dashboard, then is removed', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000);
  await openApp(page, app);
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Báo cáo');
  const revenueBefore = dong(await page.getByTestId('kpi-revenue').innerText());

  // The organizer switches staff mode on; the join URL is read off the QR code on screen.
  await page.getByRole('button', { name: 'Điện thoại nhân viên' }).click();
  const panel = page.getByRole('dialog', { name: 'Chế độ nhân viên: nhập doanh thu bằng điện thoại' });
  await panel.getByRole('button', { name: 'Bật chế độ nhân viên' }).click();
  const qr = panel.getByTestId('staff-join-qr');
  await expect(qr).toBeVisible();
  const joinUrl = await readQr(qr);
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#join=[A-Z2-9]{10}$/);
  expect(joinUrl).not.toContain(new URL(app.url).searchParams.get('token')!);

  const { context, phone } = await openPhone(browser);
  await phone.join(joinUrl, 'Nguyễn Thị Lan');
  // The join code leaves the address bar, and the token never enters it.
  expect(phone.page.url()).not.toContain('#join');
  await expect(panel.getByRole('row', { name: /Nguyễn Thị Lan/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Đóng' }).click();

  let added = 0;
  for (const [search, booth, keys, read] of ONLINE) {
    await phone.chooseBooth(search, booth);
    await phone.recordSale(keys, read);
    added += dong(read);
  }
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi');
  // Without a reload, the organizer's dashboard follows the change feed.
  await expect.poll(async () => dong(await page.getByTestId('kpi-revenue').innerText()), { timeout: 10_000 }).toBe(revenueBefore + added);

  // The Wi-Fi drops: entries wait on the phone, and the page says how many.
  await context.setOffline(true);
  for (const [search, booth, keys, read] of OFFLINE) {
    await phone.chooseBooth(search, booth);
    await phone.recordSale(keys, read);
    added += dong(read);
  }
  await expect(phone.outbox).toContainText('5 lượt ghi đang chờ gửi');
  // A reload while offline keeps the outbox (IndexedDB) and the session.
  await phone.page.reload().catch(() => undefined);
  await context.setOffline(false);
  await phone.page.reload();
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi', { timeout: 30_000 });

  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  expect(db.prepare('SELECT count(*) AS n, count(DISTINCT client_entry_id) AS ids FROM sale WHERE device_id IS NOT NULL').get()).toEqual({
    n: 15,
    ids: 15,
  });
  await expect.poll(async () => dong(await page.getByTestId('kpi-revenue').innerText()), { timeout: 10_000 }).toBe(revenueBefore + added);

  // The organizer's sales list shows who and which phone.
  await sales.openFairSection(DEMO, 'Doanh thu');
  await expect(page.locator('.sales-table tbody tr').filter({ hasText: 'Nguyễn Thị Lan · Máy 1' }).first()).toBeVisible();

  // Removed: the phone's next call is refused and it says so.
  await page.getByRole('button', { name: 'Điện thoại nhân viên' }).click();
  await panel.getByRole('button', { name: /^Gỡ điện thoại của Nguyễn Thị Lan/ }).click();
  await page.getByRole('dialog', { name: 'Gỡ điện thoại này?' }).getByRole('button', { name: 'Gỡ điện thoại' }).click();
  await expect(panel.getByRole('row', { name: /Nguyễn Thị Lan/ })).toContainText('Đã gỡ');
  await phone.chooseBooth('a1', 'A01');
  for (const key of ['1', '0', '0', 'k'])
    await phone.page.getByRole('group', { name: 'Bàn phím số tiền' }).getByRole('button', { name: key, exact: true }).tap();
  await phone.page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(phone.page.getByRole('heading', { name: 'Điện thoại này đã bị gỡ' })).toBeVisible();
  await expect(phone.page.getByRole('alert')).toContainText('Ban Tổ chức đã gỡ điện thoại này');
  await expect(phone.page.getByText('Còn 1 lượt ghi chưa gửi')).toBeVisible();
  expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL').get()).toEqual({ n: 15 });
  await phone.page.screenshot({ path: '/tmp/staff-phone-revoked.png' });
  await context.close();
});
