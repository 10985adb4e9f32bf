import type { Page } from '@playwright/test';
import { test, expect, openApp, type RunningApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

async function openGarden(page: Page, app: RunningApp): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(async () => (await plan.boothNumbers())[0]).toBe('B01');
  return plan;
}

test('two windows on one fair: a booth moved in one appears moved in the other without a reload', async ({ page, context, app }) => {
  const first = await openGarden(page, app);
  const second = await openGarden(await context.newPage(), app);
  const before = await second.booth('B01');

  const b01 = await first.booth('B01');
  await first.drag(await first.pagePoint(b01.x + 1.5, b01.y + 1.5), await first.pagePoint(b01.x + 1.5, b01.y + 7.5));
  await first.saved();
  const moved = await first.booth('B01');
  expect(moved.y).toBeGreaterThan(before.y + 4);
  await expect.poll(async () => (await second.booth('B01')).y, { timeout: 2_000 }).toBe(moved.y);
  expect((await second.booth('B01')).x).toBe(moved.x);
});
