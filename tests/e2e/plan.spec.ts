import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test('the demo fair’s plan shows all 40 booths across its two areas', async ({ page, app }) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  const sidewalk = await plan.boothNumbers();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(async () => (await plan.boothNumbers())[0]).toBe('B01');
  const garden = await plan.boothNumbers();
  expect(sidewalk).toHaveLength(28);
  expect(garden).toHaveLength(12);
  expect([...sidewalk, ...garden]).toHaveLength(40);
  const b01 = (await plan.booths()).find((b) => b.label === 'B01')!;
  expect(b01).toMatchObject({ x: 5, y: 4, width: 3, height: 3 });
  await page.screenshot({ path: '/tmp/plan-floorview.png' });
});

test('the floor view zooms around the cursor with the wheel and pans by dragging the floor', async ({ page, app }) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  const view = () => page.evaluate(() => {
    const s = window.Konva!.stages[0]!;
    return { scale: s.scaleX(), x: s.x(), y: s.y() };
  });
  const box = (await page.getByTestId('floor-view').boundingBox())!;
  const cursor = { x: box.x + 400, y: box.y + 300 };
  const before = await view();
  const worldAt = (v: { scale: number; x: number; y: number }) => ({ x: (cursor.x - box.x - v.x) / v.scale, y: (cursor.y - box.y - v.y) / v.scale });
  await page.mouse.move(cursor.x, cursor.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await view()).scale).toBeGreaterThan(before.scale * 1.2);
  const zoomed = await view();
  expect(worldAt(zoomed).x).toBeCloseTo(worldAt(before).x, 3);
  expect(worldAt(zoomed).y).toBeCloseTo(worldAt(before).y, 3);

  // Drag on empty floor (the aisle between the rows) pans by the distance moved.
  await page.mouse.move(box.x + 300, box.y + 250);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + 300 + i * 20, box.y + 250 + i * 10);
  await page.mouse.up();
  const panned = await view();
  expect(panned.x - zoomed.x).toBeCloseTo(100, 0);
  expect(panned.y - zoomed.y).toBeCloseTo(50, 0);
  await page.getByRole('button', { name: 'Vừa khung' }).click();
  expect((await view()).scale).toBeCloseTo(before.scale, 5);
});
