import { listAllocations, setFee } from '../../electron/services/exhibitors/allocations';
import { history } from '../../electron/services/exhibitors/payments';
import { listRepricing } from '../../electron/services/exhibitors/repricing';
import { test, expect, openApp } from './fixtures';
import { ExhibitorsPage } from './pages/ExhibitorsPage';

/** The demo fair, its OCOP zone and the bookings in it. */
function demo(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  const zone = db.prepare("SELECT id, name FROM zone WHERE name LIKE '%OCOP%'").get() as { id: string; name: string };
  const inZone = db.prepare('SELECT id FROM booth WHERE zone_id = ?').all(zone.id) as { id: string }[];
  const ids = new Set(inZone.map((b) => b.id));
  const bookings = listAllocations(db).filter((a) => ids.has(a.boothId));
  return { fairId, db, zone, bookings };
}

test('prices changed after booking: the bookings are listed with old fee, new price and difference; kept, re-priced, a stale choice refused', async ({
  page,
  app,
}) => {
  const { fairId, db, zone, bookings } = demo(app);
  expect(bookings.length).toBeGreaterThan(2);
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);

  // Nothing to review yet: the review button only appears when there is something to decide.
  const before = listRepricing(db).length;
  await page.getByRole('button', { name: 'Định giá…' }).click();
  const pricing = page.getByRole('dialog', { name: 'Đặt giá gian theo quy tắc' });
  await pricing.getByLabel('Áp dụng cho').selectOption({ label: `Phân khu: ${zone.name}` });
  await pricing.getByRole('textbox', { name: new RegExp(`^${zone.name} — Giá mỗi m²`) }).fill('1tr');
  await pricing.getByRole('button', { name: 'Áp dụng giá' }).click();
  const count = listRepricing(db).length;
  expect(count).toBeGreaterThanOrEqual(before + bookings.length);
  await expect(page.getByRole('status').filter({ hasText: `${count} đặt gian nay khác giá mới` })).toBeVisible();

  await page.getByRole('button', { name: `Phí cần xem lại (${count})` }).click();
  const dialog = page.getByRole('dialog', { name: 'Phí đặt gian khác giá gian hiện tại' });
  const first = listRepricing(db)[0]!;
  const row = dialog.getByTestId(`repricing-${first.boothNumber}`);
  await expect(row).toContainText(first.exhibitorName);
  await expect(row).toContainText(new Intl.NumberFormat('vi-VN').format(first.feeDong));
  await expect(row).toContainText(new Intl.NumberFormat('vi-VN').format(first.priceDong));
  await expect(row).toContainText(`+${new Intl.NumberFormat('vi-VN').format(first.differenceDong)}`);
  await page.screenshot({ path: '/tmp/repricing-list.png' });

  // Keep the first one's agreed fee: it leaves the list and stays left.
  await row.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Giữ phí (1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 đặt gian giữ phí đã thỏa thuận.' })).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(listAllocations(db, { boothId: first.boothId })[0]!.feeDong).toBe(first.feeDong);

  // Another window changes one booking's fee while "re-price all" is on its way (the change lands
  // between what the dialog shows and the write reaching the file, whatever the live refetches are
  // doing): the whole choice is refused, nothing written.
  const [stale, ...rest] = listRepricing(db);
  await page.route(
    '**/api/resolveRepricing',
    async (route) => {
      setFee(db, 'Trần Văn Minh', {
        allocationId: stale!.allocationId,
        feeDong: stale!.feeDong + 1_000,
        discountDong: 0,
        discountReason: '',
      });
      await route.continue();
    },
    { times: 1 },
  );
  const repriceAll = dialog.getByRole('button', { name: /^Tính lại tất cả/ });
  await repriceAll.click();
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'vừa có thay đổi' })).toBeVisible();
  for (const r of rest) expect(listAllocations(db, { boothId: r.boothId })[0]!.feeDong).toBe(r.feeDong);

  // Looked at again, the list is the file's: re-price all now lands.
  await repriceAll.click();
  await expect(page.getByRole('status').filter({ hasText: /Đã tính lại phí \d+ đặt gian\./ })).toBeVisible();
  await expect(dialog.getByText('Phí của mọi đặt gian đều khớp giá gian.')).toBeVisible();
  await page.screenshot({ path: '/tmp/repricing-empty.png' });
  for (const r of rest) expect(listAllocations(db, { boothId: r.boothId })[0]!.feeDong).toBe(r.priceDong);
  expect(history(db, { boothId: rest[0]!.boothId }).find((h) => h.action === 'allocation.reprice')).toMatchObject({
    actor: 'Nguyễn Thị Lan',
    details: { fromDong: rest[0]!.feeDong, toDong: rest[0]!.priceDong },
  });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByRole('button', { name: /^Phí cần xem lại/ })).toHaveCount(0);

  // The booking's history says who re-priced it, from what to what.
  await screen.clickBooth(rest[0]!.boothId);
  const fmt = (d: number) => new Intl.NumberFormat('vi-VN').format(d);
  await expect(
    screen.detail(rest[0]!.boothNumber).getByText(new RegExp(`tính lại phí gian ${rest[0]!.boothNumber}: ${fmt(rest[0]!.feeDong)}`)),
  ).toBeVisible();
});
