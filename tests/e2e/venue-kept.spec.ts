import { readFile } from 'node:fs/promises';
import { allText, readPdf } from '../integration/print/pdf-reader';
import { test, expect } from './fixtures';
import { openDemoArea, placeDimension } from './pages/demoPlan';
import { PrintDialogPage } from './pages/PrintDialogPage';

test('the skip list is kept in the fair file: after reopening, a pasted booth still leaves out 13', async ({ page, app }) => {
  const plan = await openDemoArea(page, app);
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
  const plan = await openDemoArea(page, app);
  // From B01's top-left corner (5, 4) to B06's bottom-left (20, 7): 15.30 m, printed "15,3 m".
  await placeDimension(page, plan, { x: 5, y: 4 }, { x: 20, y: 7 });
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
