import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

const dimensionLengths = (page: Parameters<typeof openApp>[0]) =>
  page.evaluate(() =>
    window
      .Konva!.stages[0]!.find('.dimension')
      .map((n: { getAttr: (k: string) => number }) => Math.round(n.getAttr('lengthM') * 100) / 100),
  );

test('a dimension line placed with D between two booth corners stays on the plan, is undone and redone, and survives a reload', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');

  // B01's top-left corner is (5, 4), B06's is (20, 4): clicks a few pixels off snap onto them.
  await page.keyboard.press('d');
  await expect(page.getByTestId('dimension-status')).toBeVisible();
  const a = await plan.pagePoint(5, 4);
  const b = await plan.pagePoint(20, 4);
  await page.mouse.move(a.x + 3, a.y - 2);
  await page.mouse.click(a.x + 3, a.y - 2);
  await page.mouse.move(b.x - 2, b.y + 3, { steps: 8 });
  await page.mouse.click(b.x - 2, b.y + 3);
  await expect.poll(() => dimensionLengths(page)).toEqual([15]);
  await page.screenshot({ path: '/tmp/venue-dimension.png' });

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(() => dimensionLengths(page)).toEqual([]);
  await page.keyboard.press('Control+y');
  await expect.poll(() => dimensionLengths(page)).toEqual([15]);

  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(() => dimensionLengths(page)).toEqual([15]);
});
