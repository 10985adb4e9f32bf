import { test, expect, type RunningApp } from './fixtures';
import { joinedPhone, type PhoneLanguage } from './pages/StaffPhonePage';
import { SalesPage } from './pages/SalesPage';

const phoneRows = (db: ReturnType<RunningApp['core']['ctx']['library']['db']>) =>
  db
    .prepare(
      `SELECT b.number AS booth, s.amount_dong AS amount, s.voided_at IS NOT NULL AS voided, s.corrects_sale_id IS NOT NULL AS correction
       FROM sale s JOIN booth b ON b.id = s.booth_id WHERE s.device_id IS NOT NULL ORDER BY s.rowid`,
    )
    .all();

test('the organizer voids a phone’s entry at the desk: the open phone marks it by whom, without reload; undoing a correction brings the entry back', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, phone, panel, db } = await joinedPhone(page, app, browser, 'Trần Văn Nam');
  await panel.getByRole('button', { name: 'Đóng' }).click();
  await phone.chooseBooth('a1', 'A01');
  await phone.recordSale(['5', '0', '0', 'k'], '500.000 đ');
  await phone.chooseBooth('b1', 'B01');
  await phone.recordSale(['3', '0', '0', 'k'], '300.000 đ');
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi');

  // At the desk, the organizer voids the 500.000 that reached the sales list.
  const sales = new SalesPage(page);
  await sales
    .entryRow('A01', '500.000')
    .getByRole('button', { name: /^Hủy lượt ghi A01/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Hủy lượt ghi doanh thu' })).toBeVisible();
  await page.keyboard.type('Gian báo nhầm');
  await page.keyboard.press('Enter');
  await expect(sales.entryRow('A01', '500.000')).toContainText('Đã hủy: Gian báo nhầm');
  // The phone, open all along, shows it: who voided it and why, with nothing left to correct or undo.
  const voided = phone.entry('A01', '500.000 đ');
  await expect(voided).toContainText('Nguyễn Thị Lan (Ban Tổ chức) đã hủy: Gian báo nhầm');
  await expect(voided.getByRole('button')).toHaveCount(0);
  await phone.page.screenshot({ path: '/tmp/staff3-phone-voided.png', fullPage: true });

  // A correction of the 300.000, then its undo: the 300.000 stands again, as a new entry on the organizer's computer.
  await phone.page.getByRole('button', { name: 'Sửa 300.000 đ của gian B01' }).tap();
  await phone.clearAmount();
  await phone.typeAmount(['3', '5', '0', 'k'], '350.000 đ');
  await phone.page.getByRole('button', { name: 'Lưu bản sửa', exact: true }).tap();
  await expect(phone.entry('B01', '300.000 đ')).toContainText('đã sửa');
  await phone.page.getByRole('button', { name: 'Hoàn tác 350.000 đ của gian B01' }).tap();
  await expect(phone.entry('B01', '350.000 đ')).toContainText('đã hủy');
  const back = phone.entry('B01', '300.000 đ');
  await expect(back).toContainText('đã gửi · đã trở lại như cũ');
  await expect(back.getByRole('button', { name: 'Hoàn tác 300.000 đ của gian B01' })).toBeVisible();
  await expect
    .poll(() => phoneRows(db))
    .toEqual([
      { booth: 'A01', amount: 500_000, voided: 1, correction: 0 },
      { booth: 'B01', amount: 300_000, voided: 1, correction: 0 },
      { booth: 'B01', amount: 350_000, voided: 1, correction: 1 },
      { booth: 'B01', amount: 300_000, voided: 0, correction: 1 },
    ]);
  // The desk's list holds the 300.000 once, standing.
  await expect(sales.entryRow('B01', '300.000').filter({ has: page.getByRole('button', { name: /^Hủy lượt ghi B01/ }) })).toHaveCount(1);
  await phone.page.screenshot({ path: '/tmp/staff3-phone-restored.png', fullPage: true });
  await context.close();
});

const REFUSALS: Record<PhoneLanguage, { sent: string; refused: string; dayOutside: string; removed: string; removedTitle: string }> = {
  vi: {
    sent: 'đã gửi',
    refused: 'bị từ chối',
    dayOutside: 'Ngày này không thuộc thời gian hội chợ.',
    removed: 'Ban Tổ chức đã gỡ điện thoại này khỏi chế độ nhân viên.',
    removedTitle: 'Điện thoại này đã bị gỡ',
  },
  en: {
    sent: 'sent',
    refused: 'refused',
    dayOutside: 'This day is not a day of the fair.',
    removed: 'The Organizing Committee removed this phone from staff mode.',
    removedTitle: 'This phone was removed',
  },
};

for (const language of ['vi', 'en'] as const) {
  test(`a phone in ${language === 'vi' ? 'Vietnamese' : 'English'} hears the organizer’s refusals in its own language`, async ({
    page,
    app,
    browser,
  }) => {
    test.setTimeout(180_000);
    const words = REFUSALS[language];
    const { context, phone, fairId, db } = await joinedPhone(page, app, browser, 'Lê Thị Hoa', language);
    await phone.chooseBooth('a2', 'A02');
    await phone.recordSale(['1', '2', '0', 'k'], /120[.,]000/);
    await expect(phone.page.getByTestId('phone-entry').first()).toContainText(words.sent);

    // The organizer shortens the fair: the phone's day is no longer a fair day, and its next entry is refused.
    const fair = await app.core.dispatch('getFair', { fairId });
    if (!fair.ok) throw new Error('getFair');
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = fair.value as Record<string, string>;
    // The phone records on the fair's first day (its nearest, the fair being over): the fair now starts a day later.
    const phoneDay = (db.prepare('SELECT day FROM sale WHERE device_id IS NOT NULL').get() as { day: string }).day;
    expect(phoneDay).toBe(fields.firstDay);
    const dayAfter = new Date(Date.parse(phoneDay) + 86_400_000).toISOString().slice(0, 10);
    const shorter = await app.core.dispatch('updateFair', { fairId, fair: { ...fields, firstDay: dayAfter } });
    expect(shorter.ok).toBe(true);
    await phone.chooseBooth('a3', 'A03');
    await phone.recordSale(['9', '0', 'k'], /90[.,]000/);
    const refused = phone.page.getByTestId('phone-entry').first();
    await expect(refused).toContainText(words.refused);
    await expect(refused).toContainText(words.dayOutside);
    await phone.page.screenshot({ path: `/tmp/staff3-phone-refused-${language}.png`, fullPage: true });

    // The organizer removes the phone: the open page says so at once, before any tap.
    const devices = await app.core.dispatch('listStaffDevices', { fairId });
    if (!devices.ok) throw new Error('listStaffDevices');
    const [device] = devices.value as { id: string }[];
    expect((await app.core.dispatch('revokeStaffDevice', { fairId, deviceId: device!.id })).ok).toBe(true);
    await expect(phone.page.getByRole('heading', { name: words.removedTitle })).toBeVisible();
    await expect(phone.page.getByRole('alert')).toContainText(words.removed);
    await context.close();
  });
}

test('an entry kept offline says it waits, not that it is saved; refused when sent later, it says why on screen and in the list, and is not counted', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, phone, panel, db } = await joinedPhone(page, app, browser, 'Lê Thị Hoa');
  await panel.getByRole('button', { name: 'Đóng' }).click();
  const toast = phone.page.getByTestId('phone-toast');

  // Online: "saved" once the organizer's computer has it.
  await phone.chooseBooth('a1', 'A01');
  await phone.recordSale(['5', '0', '0', 'k'], '500.000 đ');
  await expect(toast).toHaveText('Đã lưu 500.000 đ · gian A01');

  // The Wi-Fi drops: the entry is kept on the phone and the screen says it waits.
  await context.setOffline(true);
  await phone.chooseBooth('a3', 'A03');
  await phone.recordSale(['6', '0', 'k'], '60.000 đ');
  await expect(toast).toHaveText('Đã giữ trên điện thoại, đang chờ gửi: 60.000 đ · gian A03');
  await expect(phone.entry('A03', '60.000 đ')).toContainText('chờ gửi');
  await expect(phone.outbox).toContainText('1 lượt ghi đang chờ gửi');

  // Meanwhile booth A03's exhibitor leaves: when the phone is back, the organizer's computer refuses the entry.
  const card = phone.page.getByRole('region', { name: 'Gian hàng' });
  const exhibitor = await card.locator('.phone-booth-name').innerText();
  expect(exhibitor).not.toBe('chưa có đơn vị');
  db.prepare(
    "UPDATE allocation SET status = 'cancelled' WHERE status <> 'cancelled' AND booth_id = (SELECT id FROM booth WHERE number = 'A03')",
  ).run();
  await context.setOffline(false);
  // The chosen booth's card reads the booth again with the list: no exhibitor any more.
  await expect(card).toContainText('chưa có đơn vị', { timeout: 30_000 });
  await expect(card).not.toContainText(exhibitor);
  const why = 'Gian này không còn đơn vị tham gia: hãy hỏi Ban Tổ chức. Chưa ghi gì.';
  await expect(toast).toHaveText(`Chưa lưu: 60.000 đ · gian A03. ${why}`, { timeout: 30_000 });
  await expect(toast).toHaveClass(/phone-toast-refused/);
  const refused = phone.entry('A03', '60.000 đ');
  await expect(refused).toContainText('bị từ chối');
  await expect(refused).toContainText(why);
  await expect(refused.getByRole('button', { name: /^Hoàn tác/ })).toHaveCount(0);
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi · 1 lượt ghi hôm nay bị từ chối: xem bên dưới');
  expect(
    db
      .prepare("SELECT count(*) AS n FROM sale s JOIN booth b ON b.id = s.booth_id WHERE s.device_id IS NOT NULL AND b.number = 'A03'")
      .get(),
  ).toEqual({
    n: 0,
  });

  // In English, the same refusal in English words.
  await phone.page.getByRole('button', { name: 'English' }).tap();
  await expect(toast).toHaveText(
    'Not saved: VND 60,000 · booth A03. This booth has no exhibitor any more: ask the Organizing Committee. Nothing was recorded.',
  );
  await expect(phone.outbox).toContainText('1 entry refused today: see below');
  await phone.page.screenshot({ path: '/tmp/staff4/phone-refused.png', fullPage: true });
  await context.close();
});
