import { readFile } from 'node:fs/promises';
import { docxParagraphs } from '../integration/reports/report-helpers';
import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test('an official records a contract, fills the signer and downloads the report as Word', async ({ page, app }) => {
  await openApp(page, app);
  await new SalesPage(page).openFairSection(DEMO, 'Báo cáo');
  await page.getByRole('tab', { name: 'Báo cáo kết quả tổ chức hội chợ' }).click();
  const paper = page.getByRole('region', { name: 'Báo cáo như khi in' });
  await expect(paper.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByTestId('press-summary')).toContainText('1/34 tỉnh, thành');
  await expect(paper).toContainText('Có 1 hợp đồng và 2 biên bản ghi nhớ');

  // A contract typed with the one amount reader: "1,2 tỷ".
  await page.getByRole('button', { name: 'Thêm hợp đồng, biên bản ghi nhớ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Các bên ký kết').fill('Công ty TNHH Bánh đa cua Đồng Thái – Siêu thị Big Sea');
  await dialog.getByLabel('Giá trị (đồng)').fill('1,2 tỷ');
  await expect(dialog.getByText('= 1.200.000.000 đ')).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(paper).toContainText('Có 2 hợp đồng và 2 biên bản ghi nhớ');
  await expect(paper).toContainText('tổng giá trị 2,35 tỷ đồng');

  // Signer's name in the report details.
  await page.getByRole('button', { name: 'Thông tin báo cáo…' }).click();
  await page.getByRole('dialog').getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await page.getByRole('dialog').getByLabel('Số, ký hiệu (sau "Số:")').fill('125/BC-SCT');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(paper).toContainText('Nguyễn Văn An');
  await page.screenshot({ path: '/tmp/report-screen.png', fullPage: false });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bao-cao-ket-qua-hoi-cho-2025-07-05.docx');
  const paragraphs = await docxParagraphs({ base64: (await readFile((await file.path())!)).toString('base64') });
  expect(paragraphs).toContain('Số: 125/BC-SCT');
  expect(paragraphs).toContain('Nguyễn Văn An');
  expect(paragraphs.join('\n')).toContain('Có 2 hợp đồng và 2 biên bản ghi nhớ được ký kết tại hội chợ, tổng giá trị 2,35 tỷ đồng.');
});
