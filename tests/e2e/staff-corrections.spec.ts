import { test, expect, type RunningApp } from './fixtures';
import { joinedPhone, type StaffPhonePage } from './pages/StaffPhonePage';

const phoneSales = (db: ReturnType<RunningApp['core']['ctx']['library']['db']>) =>
  db
    .prepare(
      `SELECT b.number AS booth, s.amount_dong AS amount, s.voided_at IS NOT NULL AS voided, s.corrects_sale_id IS NOT NULL AS correction
       FROM sale s JOIN booth b ON b.id = s.booth_id WHERE s.device_id IS NOT NULL ORDER BY s.recorded_at, s.rowid`,
    )
    .all();

async function tapSave(phone: StaffPhonePage, name = 'Lưu'): Promise<void> {
  await phone.page.getByRole('button', { name, exact: true }).tap();
}

test('a phone asks before recording the same amount twice — online, offline, and when the organizer has it already', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, phone, panel, db, fairId } = await joinedPhone(page, app, browser, 'Phạm Thu Hà');
  // The panel lists the phone as soon as it joins: the change feed, not a timer.
  await expect(panel.getByRole('row', { name: /Phạm Thu Hà/ })).toBeVisible();

  await phone.chooseBooth('a1', 'A01');
  await phone.recordSale(['5', '0', '0', 'k'], '500.000 đ');
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi');
  // The same booth and amount again: the phone asks, in the desktop's words; Cancel records nothing.
  await phone.typeAmount(['5', '0', '0', 'k'], '500.000 đ');
  await tapSave(phone);
  const ask = phone.page.getByRole('alertdialog', { name: 'Đã ghi rồi?' });
  await expect(ask).toContainText('Gian A01 đã có 500.000 đ');
  await expect(ask).toContainText('bởi Phạm Thu Hà');
  await ask.getByRole('button', { name: 'Hủy' }).tap();
  await expect(ask).toBeHidden();
  await expect(phone.page.getByTestId('phone-read')).toHaveText('500.000 đ');
  expect(phoneSales(db)).toHaveLength(1);
  // Asked again, "yes": a second sale, recorded once.
  await tapSave(phone);
  await ask.getByRole('button', { name: 'Đúng, ghi thêm lượt này' }).tap();
  await expect(phone.page.getByTestId('phone-read')).toHaveText(/^\s*$/);
  await expect.poll(() => phoneSales(db)).toHaveLength(2);

  // Offline, the phone still asks: it checks its own outbox.
  await context.setOffline(true);
  await phone.chooseBooth('a2', 'A02');
  await phone.recordSale(['1', '2', '0', 'k'], '120.000 đ');
  await phone.typeAmount(['1', '2', '0', 'k'], '120.000 đ');
  await tapSave(phone);
  await expect(ask).toContainText('Gian A02 đã có 120.000 đ');
  await ask.getByRole('button', { name: 'Hủy' }).tap();
  await phone.clearAmount();
  await expect(phone.outbox).toContainText('1 lượt ghi đang chờ gửi');
  await context.setOffline(false);
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi', { timeout: 30_000 });
  expect(phoneSales(db)).toHaveLength(3);

  // The organizer typed B01's 300.000 at the desk; the phone cannot know: the organizer's computer asks through it.
  const phoneDay = (db.prepare('SELECT day FROM sale WHERE device_id IS NOT NULL LIMIT 1').get() as { day: string }).day;
  const desk = await app.core.dispatch('recordSale', { fairId, boothNumber: 'B01', day: phoneDay, amountDong: 300_000, method: 'cash' });
  expect(desk.ok).toBe(true);
  const b01 = () => db.prepare("SELECT count(*) AS n FROM sale s JOIN booth b ON b.id = s.booth_id WHERE b.number = 'B01'").get();
  const b01Before = b01();
  await phone.chooseBooth('b1', 'B01');
  await phone.recordSale(['3', '0', '0', 'k'], '300.000 đ');
  const asked = phone.entry('B01', '300.000 đ').getByRole('alertdialog', { name: 'Đã ghi rồi?' });
  await expect(asked).toContainText('Gian B01 đã có 300.000 đ');
  expect(b01()).toEqual(b01Before);
  await asked.getByRole('button', { name: 'Đúng, ghi thêm lượt này' }).tap();
  await expect(asked).toBeHidden();
  await expect(phone.entry('B01', '300.000 đ')).toContainText('đã gửi');
  await expect.poll(() => phoneSales(db)).toContainEqual({ booth: 'B01', amount: 300_000, voided: 0, correction: 0 });
  await context.close();
});

test('a phone corrects its own entries — sent, waiting offline, and refused when the organizer changed it meanwhile; a reopened page reads its outbox before it speaks', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, phone, db, fairId, joinUrl } = await joinedPhone(page, app, browser, 'Lê Văn Tùng');

  await phone.chooseBooth('a1', 'A01');
  await phone.recordSale(['5', '0', '0', 'k'], '500.000 đ');
  await phone.chooseBooth('b1', 'B01');
  await phone.recordSale(['3', '0', '0', 'k'], '300.000 đ');
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi');

  // A typo: 500.000 should have been 450.000. The entry's figures come back to the keypad.
  await phone.page.getByRole('button', { name: 'Sửa 500.000 đ của gian A01' }).tap();
  await expect(phone.page.getByTestId('phone-editing')).toContainText('Đang sửa 500.000 đ · gian A01');
  await expect(phone.page.getByTestId('phone-booth')).toHaveText('A01');
  await expect(phone.page.getByTestId('phone-read')).toHaveText('500.000 đ');
  await expect(phone.page.getByRole('button', { name: 'Lưu bản sửa' })).toBeDisabled();
  await phone.clearAmount();
  await phone.typeAmount(['4', '5', '0', 'k'], '450.000 đ');
  await tapSave(phone, 'Lưu bản sửa');
  await expect(phone.page.getByTestId('phone-editing')).toBeHidden();
  await expect(phone.entry('A01', '500.000 đ')).toContainText('đã sửa');
  await expect(phone.entry('A01', '450.000 đ')).toContainText('thay cho 500.000 đ');
  await expect
    .poll(() => phoneSales(db))
    .toEqual([
      { booth: 'A01', amount: 500_000, voided: 1, correction: 0 },
      { booth: 'B01', amount: 300_000, voided: 0, correction: 0 },
      { booth: 'A01', amount: 450_000, voided: 0, correction: 1 },
    ]);

  // Offline: the correction waits in the outbox and lands once when the Wi-Fi is back.
  await context.setOffline(true);
  await phone.page.getByRole('button', { name: 'Sửa 300.000 đ của gian B01' }).tap();
  await phone.clearAmount();
  await phone.typeAmount(['3', '5', '0', 'k'], '350.000 đ');
  await tapSave(phone, 'Lưu bản sửa');
  await expect(phone.entry('B01', '300.000 đ')).toContainText('chờ gửi bản sửa');
  await expect(phone.outbox).toContainText('1 lượt ghi đang chờ gửi');
  await context.setOffline(false);
  await expect(phone.outbox).toHaveText('Đã gửi hết các lượt ghi', { timeout: 30_000 });
  await expect(phone.entry('B01', '300.000 đ')).toContainText('đã sửa');
  expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL AND amount_dong = 350000').get()).toEqual({ n: 1 });

  // Offline, the phone corrects the 450.000 that the organizer voided at the desk meanwhile: once the
  // Wi-Fi is back the correction is refused as stale, and nothing changes.
  await context.setOffline(true);
  await phone.page.getByRole('button', { name: 'Sửa 450.000 đ của gian A01' }).tap();
  const corrected = db.prepare('SELECT id FROM sale WHERE amount_dong = 450000').get() as { id: string };
  expect((await app.core.dispatch('voidSale', { fairId, saleId: corrected.id, reason: 'Gian báo nhầm' })).ok).toBe(true);
  const before = phoneSales(db);
  await phone.clearAmount();
  await phone.typeAmount(['4', '0', '0', 'k'], '400.000 đ');
  await tapSave(phone, 'Lưu bản sửa');
  await context.setOffline(false);
  await expect(phone.entry('A01', '400.000 đ')).toContainText('bị từ chối', { timeout: 30_000 });
  await expect(phone.entry('A01', '400.000 đ')).toContainText('Ban Tổ chức đã thay đổi lượt này trong lúc đó: chưa sửa gì');
  await expect(phone.entry('A01', '450.000 đ')).toContainText(/Ban Tổ chức/);
  await expect(phone.page.getByRole('button', { name: 'Sửa 450.000 đ của gian A01' })).toBeHidden();
  expect(phoneSales(db)).toEqual(before);

  // Reopened with entries waiting: until it has read its outbox the page says so, never "all sent".
  await context.setOffline(true);
  await phone.chooseBooth('a3', 'A03');
  await phone.recordSale(['6', '0', 'k'], '60.000 đ');
  await expect(phone.outbox).toContainText('1 lượt ghi đang chờ gửi');
  await phone.page.close();
  await context.setOffline(false);
  // Meanwhile the organizers void the phone's 350.000 at their computer: the reopened page shows it.
  const b01 = db.prepare('SELECT id FROM sale WHERE amount_dong = 350000').get() as { id: string };
  expect((await app.core.dispatch('voidSale', { fairId, saleId: b01.id, reason: 'Trả lại khách' })).ok).toBe(true);
  const reopened = await context.newPage();
  await reopened.addInitScript(() => {
    // Holds IndexedDB back until the test lets it go, as a slow phone would.
    const open = IDBFactory.prototype.open;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    (window as unknown as { releaseOutbox: () => void }).releaseOutbox = () => release();
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
      const held = {} as Record<string, unknown> & { onsuccess?: (e: Event) => void; onupgradeneeded?: (e: Event) => void };
      void gate.then(() => {
        const real = open.apply(this, args);
        real.onupgradeneeded = (e) => ((held.result = real.result), held.onupgradeneeded?.(e));
        real.onsuccess = (e) => ((held.result = real.result), held.onsuccess?.(e));
        real.onerror = (e) => ((held.error = real.error), (held.onerror as ((e: Event) => void) | undefined)?.(e));
      });
      return held as unknown as IDBOpenDBRequest;
    };
  });
  await reopened.goto(joinUrl.replace(/#.*$/, ''));
  const status = reopened.getByTestId('phone-outbox');
  await expect(status).toHaveText('Đang đọc các lượt ghi lưu trên điện thoại…');
  await expect(status).not.toHaveText('Đã gửi hết các lượt ghi');
  await expect(reopened.getByText('Điện thoại này chưa ghi lượt nào.')).toBeHidden();
  await reopened.evaluate(() => (window as unknown as { releaseOutbox: () => void }).releaseOutbox());
  await expect(status).toHaveText('Đã gửi hết các lượt ghi · 1 lượt ghi hôm nay bị từ chối: xem bên dưới', { timeout: 30_000 });
  expect(db.prepare('SELECT count(*) AS n FROM sale WHERE device_id IS NOT NULL AND amount_dong = 60000').get()).toEqual({ n: 1 });
  const voidedThere = reopened.getByTestId('phone-entry').filter({ hasText: 'B01 350.000 đ' });
  await expect(voidedThere).toContainText('Nguyễn Thị Lan (Ban Tổ chức) đã hủy: Trả lại khách');
  await expect(voidedThere.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
  await context.close();
});
