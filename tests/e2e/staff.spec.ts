import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';
import { openPhone, readQr, StaffPhonePage } from './pages/StaffPhonePage';
import { appReason } from '../../shared/i18n/reasons';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const dong = (text: string) => Number(text.replace(/\D/g, ''));

/** [search typed, booth, keypad keys, value read]: numbers, names without accents, the shorthand. */
const ONLINE: [string, string, string[], string][] = [
  ['a1', 'A01', ['1', ',', '5', 'tr'], '1.500.000 đ'],
  ['a1', 'A01', ['5', '0', '0', 'k'], '500.000 đ'],
  ['a2', 'A02', ['2', 'tr', '5'], '2.500.000 đ'],
  ['A03', 'A03', ['7', '5', '0', '000'], '750.000 đ'],
  ['a4', 'A04', ['3', '0', '0', 'k'], '300.000 đ'],
  ['b1', 'B01', ['4', '5', '000'], '45.000 đ'],
  ['b2', 'B02', ['1', 'tr'], '1.000.000 đ'],
  ['b3', 'B03', ['9', '9', 'k'], '99.000 đ'],
  ['a5', 'A05', ['1', '2', '0', 'k'], '120.000 đ'],
  ['a6', 'A06', ['3', 'tr'], '3.000.000 đ'],
];
const OFFLINE: [string, string, string[], string][] = [
  ['a1', 'A01', ['2', '0', '0', 'k'], '200.000 đ'],
  ['a2', 'A02', ['1', ',', '2', 'tr'], '1.200.000 đ'],
  ['a3', 'A03', ['6', '0', 'k'], '60.000 đ'],
  ['b1', 'B01', ['8', '0', '0', '000'], '800.000 đ'],
  ['b2', 'B02', ['5', 'tr'], '5.000.000 đ'],
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

  const opened = await openPhone(browser);
  const context = opened.context;
  let phone = opened.phone;
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
  // Without a reload, the organizer’s dashboard follows the change feed within 2 s of the last acknowledgement.
  await expect.poll(async () => dong(await page.getByTestId('kpi-revenue').innerText()), { timeout: 2_000 }).toBe(revenueBefore + added);

  // The Wi-Fi drops: entries wait on the phone, and the page says how many.
  await context.setOffline(true);
  for (const [search, booth, keys, read] of OFFLINE) {
    await phone.chooseBooth(search, booth);
    await phone.recordSale(keys, read);
    added += dong(read);
  }
  await expect(phone.outbox).toContainText('5 lượt ghi đang chờ gửi');
  // The tab is closed while offline; the outbox (IndexedDB) and the session survive it.
  await phone.page.close();
  await context.setOffline(false);
  phone = new StaffPhonePage(await context.newPage());
  await phone.page.goto(joinUrl.replace(/#.*$/, ''));
  // The reopened page reads its outbox and sends what waits: exactly 15 land, each once.
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  await expect
    .poll(() => db.prepare('SELECT count(*) AS n, count(DISTINCT client_entry_id) AS ids FROM sale WHERE device_id IS NOT NULL').get(), {
      timeout: 30_000,
    })
    .toEqual({ n: 15, ids: 15 });
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi', { timeout: 30_000 });
  await expect.poll(async () => dong(await page.getByTestId('kpi-revenue').innerText()), { timeout: 2_000 }).toBe(revenueBefore + added);

  // The organizer's sales list shows who and which phone.
  await sales.openFairSection(DEMO, 'Doanh thu');
  await expect(page.locator('.sales-table tbody tr').filter({ hasText: 'Nguyễn Thị Lan · Máy 1' }).first()).toBeVisible();

  // Removed: the open phone is told at once (its feed), before its next call, and records nothing more.
  const token = await phone.page.evaluate(() => localStorage.getItem('fairfloor.staff.token'));
  expect(token).toBeTruthy();
  await page.getByRole('button', { name: 'Điện thoại nhân viên' }).click();
  await panel.getByRole('button', { name: /^Gỡ điện thoại của Nguyễn Thị Lan/ }).click();
  await page.getByRole('dialog', { name: 'Gỡ điện thoại này?' }).getByRole('button', { name: 'Gỡ điện thoại' }).click();
  await expect(panel.getByRole('row', { name: /Nguyễn Thị Lan/ })).toContainText('Đã gỡ');
  await expect(phone.page.getByRole('heading', { name: 'Điện thoại này đã bị gỡ' })).toBeVisible();
  await expect(phone.page.getByRole('alert')).toContainText('Ban Tổ chức đã gỡ điện thoại này');
  await expect(phone.page.getByRole('button', { name: 'Tham gia lại' })).toBeVisible();
  // Its next call, with the token it held, is refused.
  const next = await phone.page.evaluate(
    async ([held, fair]) => {
      const res = await fetch('/api/listSaleBooths', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${held}` },
        body: JSON.stringify({ fairId: fair }),
      });
      return { status: res.status, body: (await res.json()) as { error?: { details?: { staff?: string } } } };
    },
    [token!, fairId] as const,
  );
  expect(next.status).toBe(401);
  expect(next.body.error?.details?.staff).toBe('revoked');
  expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL').get()).toEqual({ n: 15 });
  await context.close();
});

test('a booth sign opens the staff page on its booth; undo voids the entry; the gate’s visitor count is saved', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Doanh thu');
  await page.getByRole('button', { name: 'Điện thoại nhân viên' }).click();
  const panel = page.getByRole('dialog', { name: 'Chế độ nhân viên: nhập doanh thu bằng điện thoại' });
  await panel.getByRole('button', { name: 'Bật chế độ nhân viên' }).click();
  const joinUrl = await readQr(panel.getByTestId('staff-join-qr'));
  const { context, phone } = await openPhone(browser);
  await phone.join(joinUrl, 'Trần Văn Minh');

  // What a printed sign's QR code holds: the staff page on booth A05.
  await phone.page.goto(joinUrl.replace(/#.*$/, '#booth=A05'));
  await expect(phone.page.getByTestId('phone-booth')).toHaveText('A05');
  await phone.recordSale(['2', '5', '0', 'k'], '250.000 đ');
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi');
  await phone.page.getByRole('button', { name: 'Hoàn tác 250.000 đ của gian A05' }).tap();
  await expect(phone.page.getByTestId('phone-entry').first()).toContainText('đã hủy');
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  await expect
    .poll(() => db.prepare('SELECT void_reason AS reason FROM sale WHERE device_id IS NOT NULL').all())
    .toEqual([{ reason: appReason('phoneUndo') }]);

  await phone.page.getByText('Nhập lượt khách').tap();
  await phone.page.getByRole('textbox', { name: 'Cổng', exact: true }).fill('Cổng chính');
  // `1.5` is not a number of people: refused in place, never read as 15.
  await phone.page.getByRole('textbox', { name: 'Lượt khách hôm nay qua cổng này' }).fill('1.5');
  await expect(phone.page.getByText('Hãy nhập số lượt khách là số nguyên, ví dụ 1.500.')).toBeVisible();
  await expect(phone.page.getByRole('button', { name: 'Lưu lượt khách' })).toBeDisabled();
  await phone.page.getByRole('textbox', { name: 'Lượt khách hôm nay qua cổng này' }).fill('1250');
  await phone.page.getByRole('button', { name: 'Lưu lượt khách' }).tap();
  // The demo fair counted this day for the whole fair: the phone asks before replacing that.
  await expect(phone.page.getByRole('alert')).toContainText('đang được đếm theo cách khác');
  await phone.page.getByRole('button', { name: 'Thay thế và lưu' }).tap();
  await expect(phone.page.getByText('Đã lưu 1250 lượt khách cho Cổng chính.')).toBeVisible();
  expect(db.prepare("SELECT count FROM visitor_count WHERE gate = 'Cổng chính'").get()).toEqual({ count: 1250 });
  await context.close();
});
