import { readFile } from 'node:fs/promises';
import { allText, readPdf } from '../integration/print/pdf-reader';
import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';
import { PrintDialogPage } from './pages/PrintDialogPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

async function openGarden(page: Parameters<typeof openApp>[0], app: Parameters<typeof openApp>[1]): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  return plan;
}

test('the skip list is kept in the fair file: after reopening, a pasted booth still leaves out 13', async ({ page, app }) => {
  const plan = await openGarden(page, app);
  // B01…B12 renumbered as they are, with 13 on the skip list.
  const b12 = await plan.booth('B12');
  const onB12 = await plan.pagePoint(b12.x + 1, b12.y + 1);
  await page.mouse.click(onB12.x, onB12.y);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('n');
  const renumber = page.getByRole('dialog', { name: /^Đánh số lại \d+ gian$/ });
  await renumber.getByLabel('Tiền tố số gian').fill('B');
  await renumber.getByLabel('Bỏ qua các số').fill('13');
  await renumber.getByRole('button', { name: 'Đánh số lại' }).click();
  await expect(renumber).toBeHidden();
  await plan.saved();

  // Reopened: the page and the fair loaded afresh.
  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  const at = await plan.booth('B12');
  const p = await plan.pagePoint(at.x + 1, at.y + 1);
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('Control+c');
  const target = await plan.pagePoint(20, 20);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await plan.boothNumbers()).includes('B14')).toBe(true);
  expect(await plan.boothNumbers()).not.toContain('B13');

  // The renumber dialog opens with the kept list.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: /^Đánh số lại \d+ gian$/ }).getByLabel('Bỏ qua các số')).toHaveValue('13');
});

test('a dimension line kept on the plan is in the printed map, its length written beside it', async ({ page, app }) => {
  const plan = await openGarden(page, app);
  // From B01's top-left corner (5, 4) to B06's bottom-left (20, 7): 15.30 m, printed "15,3 m".
  await page.keyboard.press('d');
  const a = await plan.pagePoint(5, 4);
  const b = await plan.pagePoint(20, 7);
  await page.mouse.move(a.x + 2, a.y - 2);
  await page.mouse.click(a.x + 2, a.y - 2);
  await page.mouse.move(b.x - 2, b.y + 2, { steps: 8 });
  await page.mouse.click(b.x - 2, b.y + 2);
  await expect
    .poll(() =>
      page.evaluate(() => window.Konva!.stages[0]!.find('.dimension').map((n: { getAttr: (k: string) => number }) => n.getAttr('lengthM'))),
    )
    .toEqual([Math.hypot(15, 3)]);
  await page.keyboard.press('Escape');
  await plan.saved();

  const print = new PrintDialogPage(page);
  await print.open();
  await print.make();
  await print.previewCaption();
  const download = await print.save();
  const text = allText(await readPdf(await readFile((await download.path())!)));
  expect(text).toContain('15,3 m');
  expect(text).toContain('B06');
});
