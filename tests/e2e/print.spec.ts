import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { jobs as printJobs } from '../../electron/handlers/print';
import { DEMO_EXHIBITORS } from '../../electron/services/demo/exhibitors';
import { bigFair } from '../integration/print/fixtures';
import { allText, readPdf } from '../integration/print/pdf-reader';
import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PrintDialogPage } from './pages/PrintDialogPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const A4 = [595, 842];

async function openDemo(page: Page, app: Parameters<typeof openApp>[1]) {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const print = new PrintDialogPage(page);
  await print.open();
  return print;
}

test('an organizer previews the visitor map on A4 and downloads it: every booth and exhibitor is in the file', async ({ page, app }) => {
  const print = await openDemo(page, app);
  await print.choose('Khổ giấy', 'A4');
  await print.choose('Hướng giấy', 'Ngang');
  await expect(print.dialog.getByRole('button', { name: 'Lưu PDF' })).toBeDisabled();
  await print.make();
  const caption = await print.previewCaption();
  const pageCount = Number(/(\d+) trang/.exec(caption)?.[1]);

  const download = await print.save();
  expect(download.suggestedFilename()).toMatch(/^so-do-gian-hang-khach-tham-quan-.*\.pdf$/);
  const pages = await readPdf(await readFile((await download.path())!));
  expect(pages).toHaveLength(pageCount);
  for (const p of pages) expect([p.width, p.height].map(Math.round)).toEqual([A4[1], A4[0]]);
  const text = allText(pages);
  for (const e of DEMO_EXHIBITORS) expect(text).toContain(e.shortName);
  for (let i = 1; i <= 28; i++) expect(text).toContain(`A${String(i).padStart(2, '0')}`);
  for (let i = 1; i <= 12; i++) expect(text).toContain(`B${String(i).padStart(2, '0')}`);
  expect(text).not.toContain('₫');
});

test('tiling at a true scale: a bad scale is refused in place, a good one gives an overview and sheets', async ({ page, app }) => {
  const print = await openDemo(page, app);
  await print.choose('Khu vực', 'Vỉa hè Trần Phú (28 gian)');
  await print.choose('Khổ giấy', 'A4');
  await print.choose('Hướng giấy', 'Ngang');
  await print.choose('Bố cục', 'Chia nhiều tờ theo đúng tỷ lệ');
  const scale = print.dialog.getByLabel('Tỷ lệ 1:');
  await scale.fill('1:100');
  await print.make();
  await expect(scale).toHaveAttribute('aria-invalid', 'true');
  await expect(print.dialog.getByText('Nhập số nguyên từ 10 đến 5000.')).toBeVisible();
  await expect(print.dialog.getByRole('figure')).toHaveCount(0);

  await scale.fill('100');
  await print.dialog.getByLabel('Theo tên đơn vị').uncheck();
  await print.dialog.getByLabel('Theo số gian').uncheck();
  await print.make();
  expect(await print.previewCaption()).toContain('5 trang');
  const pages = await readPdf(await readFile((await (await print.save()).path())!));
  expect(pages).toHaveLength(5);
  expect(pages[0]!.text).toContain('Sơ đồ ghép trang: 1 × 4 tờ, tỷ lệ 1:100');
  expect(pages[4]!.text).toContain('Tờ D1');
});

test('the fair report prints as PDF with its figures', async ({ page, app }) => {
  const print = await openDemo(page, app);
  await print.choose('Nội dung in', 'Báo cáo kết quả tổ chức hội chợ');
  await print.choose('Khổ giấy', 'A4');
  await print.choose('Hướng giấy', 'Dọc');
  await print.make();
  await print.previewCaption();
  const download = await print.save();
  expect(download.suggestedFilename()).toMatch(/^bao-cao-hoi-cho-.*\.pdf$/);
  const text = allText(await readPdf(await readFile((await download.path())!)));
  // The Department's report: national header, the title, and the appendix table by day.
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Kết quả tổ chức Hội chợ');
  expect(text).toContain('Biểu 2. Doanh thu và lượt khách theo ngày');
  expect(text).toContain('Châu Long');
  expect(text).toContain('24.300');
});

test('a big map shows its progress, can be stopped, and is made again on request', async ({ page, app }) => {
  // Making the whole map again is real work: the ceiling bounds a hang on a busy machine.
  test.setTimeout(300_000);
  bigFair(app.core.ctx.library, 6_000);
  await openApp(page, app);
  await new LibraryPage(page).fairRow('Hội chợ 6000 gian').getByRole('button', { name: 'Mở', exact: true }).click();
  const print = new PrintDialogPage(page);
  await print.open();
  await print.choose('Bản dành cho', 'Ban tổ chức (trạng thái, giá, gian trống)');
  await print.choose('Khổ giấy', 'A0');
  // The PDF is held at its first step until Stop was clicked: however fast the machine, the
  // click lands while the job runs (a PDF that is quicker than a click cannot race the test).
  let release = () => {};
  printJobs.pace = () => new Promise<void>((resolve) => (release = resolve));
  try {
    await print.make();
    const progress = print.dialog.getByRole('status');
    await expect(progress.getByRole('progressbar')).toBeVisible();
    await expect(progress).toContainText(/Đang tạo PDF… \d+ %/);
    await progress.getByRole('button', { name: 'Dừng' }).click();
    await expect(print.dialog.getByText('Chọn các tùy chọn rồi bấm Tạo PDF')).toBeVisible();
    await expect(print.dialog.getByRole('button', { name: 'Lưu PDF' })).toBeDisabled();
  } finally {
    printJobs.pace = undefined;
    release();
  }

  const progress = print.dialog.getByRole('status');
  await print.make();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  const caption = await print.previewCaption();
  // 6,000 booths on A0: the map and an index that flows in columns still take many sheets.
  expect(Number(/(\d+) trang/.exec(caption)?.[1])).toBeGreaterThan(10);
  // Changing an option marks the preview out of date until the PDF is made again.
  await print.choose('Hướng giấy', 'Dọc');
  await expect(print.dialog.getByText('Tùy chọn đã thay đổi')).toBeVisible();
  await expect(print.dialog.getByRole('button', { name: 'Lưu PDF' })).toBeDisabled();
});
