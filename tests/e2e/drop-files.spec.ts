import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

/**
 * Drops a file on the window as the system does when a person drags it from their file manager:
 * dragenter, dragover and drop carrying a DataTransfer with the file.
 */
async function dropFile(page: Page, fileName: string, bytes: Buffer, mimeType: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { name: fileName, base64: bytes.toString('base64'), type: mimeType },
  );
  const target = page.locator('main').first();
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: 'Thả tệp vào để mở' })).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a fair file dropped on the window is added as a copy and opened', async ({ page, app }) => {
  const fair = app.core.ctx.library.list().fairs[0]!;
  const exported = await app.core.dispatch('exportFair', { fairId: fair.id });
  if (!exported.ok) throw new Error(exported.error.message);
  const file = exported.value as { fileName: string; base64: string };
  await openApp(page, app);
  await expect(page.getByRole('row', { name: DEMO })).toHaveCount(1);
  // The file goes ahead as its own raw bytes; the call names the upload and carries no base64.
  const uploaded = page.waitForRequest((r) => r.url().endsWith('/upload') && r.method() === 'POST');
  const called = page.waitForRequest((r) => r.url().endsWith('/api/importFair'));

  await dropFile(page, 'Hội chợ của anh Minh.fairfloor', Buffer.from(file.base64, 'base64'), 'application/octet-stream');
  const upload = await uploaded;
  expect(await upload.headerValue('content-type')).toBe('application/octet-stream');
  expect(Number(await upload.headerValue('content-length'))).toBe(Buffer.from(file.base64, 'base64').length);
  expect((await called).postDataJSON()).toMatchObject({ base64: '', upload: expect.any(String) });
  await expect(page.getByText(/đã thêm .* vào danh sách hội chợ và mở ra/i)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Các mục của hội chợ' })).toBeVisible();
  await expect.poll(() => app.core.ctx.library.list().fairs.length).toBe(2);
  await page.goto(app.url);
  await expect(page.getByRole('row', { name: DEMO })).toHaveCount(2);
});

test('an exhibitor spreadsheet dropped on the window asks which fair, then shows the import preview', async ({ page, app }) => {
  await openApp(page, app);
  const csv = 'Tên đơn vị,Điện thoại\nHTX Gốm Chu Đậu,0912345678\n';
  await dropFile(page, 'don-vi-moi.csv', Buffer.from(csv, 'utf8'), 'text/csv');
  const choose = page.getByRole('dialog', { name: 'Nhập đơn vị tham gia từ “don-vi-moi.csv”' });
  await expect(choose).toBeVisible();
  await expect(choose.getByRole('combobox', { name: /Nhập vào hội chợ nào/ })).toHaveValue(app.core.ctx.library.list().fairs[0]!.id);
  await choose.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(choose).toHaveCount(0);
  // The exhibitors section of that fair, with the import dialog showing the file's rows.
  await expect(page.getByRole('dialog').filter({ hasText: 'HTX Gốm Chu Đậu' })).toBeVisible();
  await page.screenshot({ path: '/tmp/ds-drop-import.png' });
});

test('a file FairFloor does not open is refused with a message, and nothing changes', async ({ page, app }) => {
  await openApp(page, app);
  await dropFile(page, 'anh.png', readFileSync('build/icon.png'), 'image/png');
  await expect(page.getByText('“anh.png” không phải là tệp FairFloor mở được', { exact: false })).toBeVisible();
  expect(app.core.ctx.library.list().fairs).toHaveLength(1);
});
