import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';
import { readPdf, allText } from '../integration/print/pdf-reader';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test('the fair’s account set, a payment request downloaded, a statement imported and its transfers recorded only when confirmed', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await new SalesPage(page).openFairSection(DEMO, 'Doanh thu');
  await page.getByRole('navigation', { name: 'Các mục của hội chợ' }).getByRole('link', { name: 'Chuyển khoản' }).click();
  const request = page.getByRole('button', { name: /^Giấy đề nghị thanh toán cho / }).first();
  await expect(request).toBeDisabled();

  await page.getByRole('button', { name: 'Lưu tài khoản' }).click();
  await expect(page.getByText('Hãy chọn ngân hàng.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Ngân hàng' }).selectOption('970436');
  await page.getByRole('textbox', { name: 'Số tài khoản' }).fill('0011001234567');
  await page.getByRole('textbox', { name: /^Chủ tài khoản/ }).fill('SO CONG THUONG TP HAI PHONG');
  await page.getByRole('button', { name: 'Lưu tài khoản' }).click();
  await expect(request).toBeEnabled();

  const row = page.locator('.transfers-due tbody tr').first();
  const memo = await row.locator('code').innerText();
  const due = Number((await row.getByRole('cell').nth(2).innerText()).replace(/\D/g, ''));
  const download = page.waitForEvent('download');
  await request.click();
  const pdf = readFileSync(await (await download).path());
  expect(allText(await readPdf(pdf))).toContain(memo);

  const statement = [
    'Ngày giao dịch,Số tham chiếu,Nội dung,Ghi nợ,Ghi có',
    `05/07/2025,FT1,"MBVCB.1.${memo} CT tu 0123",,"${due.toLocaleString('vi-VN')}"`,
    '05/07/2025,FT2,FFZZZZ A01,,500000',
    '06/07/2025,FT3,Lai tien gui,,12000',
  ].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập sao kê…' }).click();
  await (await chooser).setFiles({ name: 'sao-ke.csv', mimeType: 'text/csv', buffer: Buffer.from(statement, 'utf8') });
  await expect(page.getByRole('status').filter({ hasText: '3 khoản tiền vào' })).toContainText('nhận ra 1 khoản');
  await expect(page.locator('.transfers-problems')).toContainText('Nội dung ghi mã của hội chợ khác.');
  await page.screenshot({ path: join('/tmp', 'sales-safety-transfers.png'), fullPage: true });
  await expect(page.locator('.transfers-due tbody tr').filter({ hasText: memo })).toHaveCount(1);

  await page.getByRole('button', { name: 'Ghi nhận khoản chuyển khoản ở dòng 2' }).click();
  await expect(page.getByText(/^Đã ghi nhận 1 khoản chuyển khoản/)).toBeVisible();
  // Paid in full: no longer due, and the same statement proposes it no more.
  await expect(page.locator('.transfers-due tbody tr').filter({ hasText: memo })).toHaveCount(0);
  await expect(page.locator('.transfers-problems')).toContainText('Đã ghi nhận từ lần nhập trước.');

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập sao kê…' }).click();
  await (
    await chooser2
  ).setFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from('Tên đơn vị,Điện thoại\nHTX Một,0912345678', 'utf8') });
  await expect(page.getByRole('alert')).toContainText('Tệp này không phải sao kê ngân hàng');
});

test('the receiving account is set in the fair’s settings dialog and the Transfers section uses it', async ({ page, app }) => {
  await openApp(page, app);
  await new SalesPage(page).openFairSection(DEMO, 'Doanh thu');
  await page.getByRole('button', { name: 'Cài đặt hội chợ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thông tin hội chợ' });
  await dialog.getByRole('combobox', { name: 'Ngân hàng' }).selectOption('970436');
  await dialog.getByRole('textbox', { name: /^Chủ tài khoản/ }).fill('SO CONG THUONG TP HAI PHONG');
  await dialog.getByRole('textbox', { name: 'Số tài khoản' }).fill('0011001234567');
  // Enter in the account form saves the account, not the fair's details.
  await dialog.getByRole('textbox', { name: 'Số tài khoản' }).press('Enter');
  await expect(page.getByText('Đã lưu tài khoản ngân hàng.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: '/tmp/hard/settings-bank.png' });
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('navigation', { name: 'Các mục của hội chợ' }).getByRole('link', { name: 'Chuyển khoản' }).click();
  await expect(page.getByRole('textbox', { name: 'Số tài khoản' })).toHaveValue('0011001234567');
  await expect(page.getByRole('button', { name: /^Giấy đề nghị thanh toán cho / }).first()).toBeEnabled();
});
