import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

// Opening a fair asks for its plan at once, while the workspace's code is still on its way: the
// plan is the largest read of the opening, so it must not wait for the fair's own details.
test('opening a fair asks for its plan first, once, and draws it', async ({ page, app }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length));
  });
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  expect((await plan.booths()).length).toBeGreaterThan(0);
  await expect.poll(() => calls.includes('getAreaBackground'), { timeout: 30_000 }).toBe(true);
  const opening = calls.slice(calls.indexOf('getPlan'));
  expect(calls.indexOf('getPlan')).toBeGreaterThanOrEqual(0);
  expect(calls.indexOf('getPlan')).toBeLessThan(calls.indexOf('openFair'));
  // Read once: the plan screen takes the plan asked for ahead, it does not ask again.
  expect(opening.filter((c) => c === 'getPlan')).toHaveLength(1);

  // Back to the library and into the fair again: the plan already read is used, not asked for again.
  await page.getByRole('link', { name: 'FairFloor' }).click();
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Các mục của hội chợ' })).toBeVisible();
  await plan.waitForStage();
  expect((await plan.booths()).length).toBeGreaterThan(0);
  expect(calls.filter((c) => c === 'getPlan')).toHaveLength(1);
});
