import { readFile } from 'node:fs/promises';
import { allText, readPdf } from '../integration/print/pdf-reader';
import { test, expect, openApp } from './fixtures';
import { PrintDialogPage } from './pages/PrintDialogPage';
import { SalesPage } from './pages/SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test('an organizer prints the heat map of one fair day on A4 from the heat map itself and gets the PDF', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  await new SalesPage(page).openFairSection(DEMO, 'Báo cáo');
  const best = (await page.getByTestId('top-booths').getByRole('row').nth(1).getByRole('cell').first().innerText()).trim();

  await page.getByRole('tab', { name: 'Sơ đồ nhiệt doanh thu' }).click();
  await page.getByRole('combobox', { name: 'Ngày' }).selectOption({ label: '06/07/2025' });
  await page.getByRole('button', { name: 'In sơ đồ nhiệt' }).click();
  const print = new PrintDialogPage(page, 'In sơ đồ nhiệt doanh thu');
  await expect(print.dialog).toContainText('06/07/2025');
  await print.choose('Khu vực', 'Tất cả khu vực (mỗi khu một trang)');
  await print.choose('Khổ giấy', 'A4');
  await print.make();
  expect(await print.previewCaption()).toMatch(/\d+/);
  await page.screenshot({ path: '/tmp/heat-print-dialog.png' });
  const download = await print.save();
  expect(download.suggestedFilename()).toMatch(/^so-do-nhiet-doanh-thu-2025-07-06-.*\.pdf$/);

  const pages = await readPdf(await readFile((await download.path())!));
  expect(pages.length).toBeGreaterThan(1);
  // A4 landscape by default: 842 × 595 pt.
  expect(Math.round(pages[0]!.width)).toBe(842);
  const text = allText(pages);
  expect(text).toContain(DEMO);
  expect(text).toContain('Sơ đồ nhiệt doanh thu');
  expect(text).toContain('Ngày 06/07/2025');
  expect(text).toContain('Chưa có doanh thu');
  // The legend's ranges in đồng, formatted as every amount is.
  expect(text).toMatch(/\d{1,3}(\.\d{3})* – \d{1,3}(\.\d{3})*\s?(đ|₫)/);
  expect(text).toContain(best);
});
