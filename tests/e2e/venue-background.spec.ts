import { test, expect } from './fixtures';
import { openDemoArea } from './pages/demoPlan';

type ImageAttrs = { x: number; y: number; rotation: number; scaleX: number };

test('the background image is moved, scaled and turned with its handles on the canvas, each step undoable and kept; locked, it does not move', async ({
  page,
  app,
}, testInfo) => {
  const plan = await openDemoArea(page, app);
  await page.getByRole('tab', { name: 'Ảnh nền' }).click();

  // A 400 × 300 px drawing: at first it spans the area's 40 m width (0.1 m a pixel).
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [400, 300];
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 400, 300);
    g.lineWidth = 8;
    g.strokeStyle = '#000';
    g.strokeRect(20, 20, 360, 260);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  const { writeFileSync } = await import('node:fs');
  const file = testInfo.outputPath('nha-thi-dau.png');
  writeFileSync(file, Buffer.from(png, 'base64'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bản vẽ…' }).click();
  await (await chooser).setFiles(file);
  const image = () => page.evaluate(() => window.Konva!.stages[0]!.findOne('#area-background')?.getAttrs() as ImageAttrs | undefined);
  await expect.poll(async () => (await image())?.scaleX).toBeCloseTo(0.1, 6);

  await page.getByRole('button', { name: 'Di chuyển, xoay, đổi tỷ lệ trên mặt bằng' }).click();
  await expect(page.getByTestId('image-status')).toContainText('kéo nút tròn để xoay');
  await expect.poll(() => page.evaluate(() => window.Konva!.stages[0]!.find('.background-rotate').length)).toBe(1);
  // Zoomed out a step, so that the handles at the area's edges are clear of the zoom buttons.
  await page.getByRole('button', { name: 'Thu nhỏ' }).click();

  // The square at the bottom-right corner (40, 30) dragged to (20, 15): half the size, top-left held.
  await plan.drag(await plan.pagePoint(40, 30), await plan.pagePoint(20, 15), 10);
  await expect.poll(async () => (await image())?.scaleX).toBeCloseTo(0.05, 3);
  // Dragged from inside by (5, 5): it now lies from (5, 5) to (25, 20).
  await plan.drag(await plan.pagePoint(10, 7), await plan.pagePoint(15, 12), 10);
  await expect.poll(async () => (await image())?.x).toBeCloseTo(5, 1);
  expect((await image())!.y).toBeCloseTo(5, 1);

  // The round handle sits above the middle of the top edge (15, 5); swept a quarter turn around the
  // centre (15, 12.5) with Shift held, it turns the image 90° about that centre.
  const top = await plan.pagePoint(15, 5);
  const handle = { x: top.x, y: top.y - 28 };
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.keyboard.down('Shift');
  const centre = await plan.pagePoint(15, 12.5);
  const end = await plan.pagePoint(23, 12.5);
  for (let i = 1; i <= 12; i++) {
    const a = -Math.PI / 2 + (i / 12) * (Math.PI / 2);
    const r = Math.hypot(end.x - centre.x, handle.y - centre.y) * (1 - i / 24);
    await page.mouse.move(centre.x + r * Math.cos(a), centre.y + r * Math.sin(a));
  }
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await image())?.rotation).toBe(90);
  expect((await image())!.x).toBeCloseTo(22.5, 1);
  expect((await image())!.y).toBeCloseTo(2.5, 1);
  await page.screenshot({ path: '/tmp/venue-background-turned.png' });

  // Each handle's drag is one step of the history: Ctrl+Z undoes the turn, Ctrl+Y turns it again.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await image())?.rotation).toBe(0);
  expect((await image())!.x).toBeCloseTo(5, 1);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await image())?.rotation).toBe(90);
  await plan.saved();

  // Kept in the file: after a reload the image is still turned, where it was.
  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(async () => (await image())?.rotation).toBe(90);
  expect((await image())!.x).toBeCloseTo(22.5, 1);

  // Locked, the image keeps its place however it is dragged (it now covers x 7.5…22.5, y 2.5…22.5).
  await page.getByRole('tab', { name: 'Ảnh nền' }).click();
  await page.getByRole('button', { name: 'Di chuyển, xoay, đổi tỷ lệ trên mặt bằng' }).click();
  await page.getByLabel('Khóa vị trí').check();
  await expect(page.getByTestId('image-status')).toContainText('Đã khóa');
  await expect(page.getByRole('button', { name: 'Di chuyển, xoay, đổi tỷ lệ trên mặt bằng' })).toBeDisabled();
  await plan.drag(await plan.pagePoint(15, 12), await plan.pagePoint(20, 16), 10);
  await plan.drag(await plan.pagePoint(7.5, 22.5), await plan.pagePoint(2, 28), 10);
  await plan.saved();
  expect(await image()).toMatchObject({
    x: expect.closeTo(22.5, 1),
    y: expect.closeTo(2.5, 1),
    scaleX: expect.closeTo(0.05, 3),
    rotation: 90,
  });
  await page.screenshot({ path: '/tmp/venue-background-locked.png' });
});
