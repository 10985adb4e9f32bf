import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test('a new user finds the demo fair, opens it and walks its sections in both languages', async ({ page, app }) => {
  await openApp(page, app);
  const library = new LibraryPage(page);
  const demo = library.fairRow(DEMO);
  await expect(demo).toContainText('05/07/2025 – 07/07/2025');
  await expect(demo.getByRole('cell').nth(2)).toHaveText('40');
  await expect(demo.getByRole('cell').nth(3)).toHaveText('37');

  await demo.getByRole('button', { name: 'Mở', exact: true }).click();
  const nav = page.getByRole('navigation', { name: 'Các mục của hội chợ' });
  await expect(nav.getByRole('link', { name: 'Mặt bằng' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Doanh thu' }).click();
  await expect(nav.getByRole('link', { name: 'Doanh thu' })).toHaveAttribute('aria-current', 'page');

  await library.switchLanguage('en');
  const navEn = page.getByRole('navigation', { name: 'Fair sections' });
  await expect(navEn.getByRole('link', { name: 'Sales' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Fair sections' })).toBeVisible();
  await library.switchLanguage('vi');
  await expect(nav.getByRole('link', { name: 'Báo cáo' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await page.getByRole('link', { name: 'FairFloor' }).click();
  await expect(library.fairRow(DEMO)).not.toContainText('Chưa mở');
});

test('create, export, delete and import a fair: the imported fair is the same fair', async ({ page, app }, testInfo) => {
  await openApp(page, app);
  const library = new LibraryPage(page);
  const name = 'Phiên chợ Tết Công đoàn Hà Nội 2026';
  await library.createFair({
    name,
    venue: 'Cung Văn hóa Lao động Hữu nghị',
    organizer: 'Công đoàn Hà Nội',
    firstDay: '2026-02-05',
    lastDay: '2026-02-08',
  });
  const row = library.fairRow(name);
  await expect(row).toContainText('05/02/2026 – 08/02/2026');
  await expect(page.getByRole('status')).toContainText(`Đã tạo hội chợ “${name}”.`);
  const before = (await row.textContent()) ?? '';

  const download = await library.exportFair(name);
  expect(download.suggestedFilename()).toBe(`${name}.fairfloor`);
  const exported = testInfo.outputPath('exported.fairfloor');
  await download.saveAs(exported);

  await library.deleteFair(name);
  await page.reload();
  await expect(library.fairRow(name)).toHaveCount(0);

  await library.importFile(exported);
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(name);
  await expect(library.fairRow(name)).toHaveText(before);
  const fairs = await app.core.ctx.library.list().fairs;
  const imported = fairs.find((f) => f.name === name)!;
  expect(app.core.ctx.library.fair(imported.id)).toMatchObject({
    name,
    venue: 'Cung Văn hóa Lao động Hữu nghị',
    organizer: 'Công đoàn Hà Nội',
    firstDay: '2026-02-05',
    lastDay: '2026-02-08',
  });
});

test('the fair form refuses a last day before the first day, in place, and saves nothing', async ({ page, app }) => {
  await openApp(page, app);
  const library = new LibraryPage(page);
  await library.createFair({ name: 'Hội chợ sai ngày', firstDay: '2026-03-10', lastDay: '2026-03-01' });
  const dialog = page.getByRole('dialog', { name: 'Hội chợ mới' });
  await expect(dialog.getByText('“Đến ngày” không được trước “Từ ngày”.')).toBeVisible();
  await expect(dialog.getByLabel('Đến ngày')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(library.fairRow('Hội chợ sai ngày')).toHaveCount(0);
  expect(app.core.ctx.library.list().fairs).toHaveLength(1);
});

test('a file that is not a fair is refused with a clear message and changes nothing', async ({ page, app }, testInfo) => {
  await openApp(page, app);
  const library = new LibraryPage(page);
  const bogus = testInfo.outputPath('notes.fairfloor');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(bogus, 'Danh sách gian hàng viết tay, không phải tệp hội chợ');
  await library.importFile(bogus);
  await expect(page.getByRole('alert')).toContainText(
    'Tệp này không phải hội chợ FairFloor. Hãy chọn tệp .fairfloor; không có gì bị thay đổi.',
  );
  expect(app.core.ctx.library.list().fairs).toHaveLength(1);
});

test.describe('with an empty library', () => {
  test.use({ seedDemo: false });
  test('the empty library says what to do', async ({ page, app }) => {
    await openApp(page, app);
    await expect(page.getByText('Chưa có hội chợ nào. Hãy tạo hội chợ đầu tiên')).toBeVisible();
  });
});

test('the name set in Settings is who the fair history says made a change', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  await dialog.getByLabel('Tên của bạn').fill('Nguyễn Thị Lan');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  const library = new LibraryPage(page);
  await library.createFair({ name: 'Tuần hàng Việt', firstDay: '2026-05-01', lastDay: '2026-05-03' });
  await expect(library.fairRow('Tuần hàng Việt')).toBeVisible();
  const fair = app.core.ctx.library.list().fairs.find((f) => f.name === 'Tuần hàng Việt')!;
  const row = app.core.ctx.library.db(fair.id).prepare("SELECT actor FROM audit_log WHERE action = 'fair.create'").get();
  expect(row).toEqual({ actor: 'Nguyễn Thị Lan' });
});
