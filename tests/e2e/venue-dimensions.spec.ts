import { test, expect, type openApp } from './fixtures';
import { openDemoArea, placeDimension } from './pages/demoPlan';

const dimensionLengths = (page: Parameters<typeof openApp>[0]) =>
  page.evaluate(() =>
    window
      .Konva!.stages[0]!.find('.dimension')
      .map((n: { getAttr: (k: string) => number }) => Math.round(n.getAttr('lengthM') * 100) / 100),
  );

const selectedFlags = (page: Parameters<typeof openApp>[0]) =>
  page.evaluate(() => window.Konva!.stages[0]!.find('.dimension').map((n: { getAttr: (k: string) => boolean }) => n.getAttr('selected')));

test('a dimension line placed with D between two booth corners stays on the plan, is undone and redone, and survives a reload', async ({
  page,
  app,
}) => {
  const plan = await openDemoArea(page, app);

  // B01's top-left corner is (5, 4), B06's is (20, 4): clicks a few pixels off snap onto them.
  await placeDimension(page, plan, { x: 5, y: 4 }, { x: 20, y: 4 });
  await expect(page.getByTestId('dimension-status')).toBeVisible();
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

test('dimension lines go with booths: taken by the marquee, copied and pasted at the pointer, selected by Ctrl+A and deleted', async ({
  page,
  app,
}) => {
  const plan = await openDemoArea(page, app);
  const boothCount = (await plan.boothNumbers()).length;

  // A dimension line along the front of B01…B06, drawn 1 m in front of them (y = 3).
  await placeDimension(page, plan, { x: 5, y: 4 }, { x: 20, y: 4 });
  await expect.poll(() => dimensionLengths(page)).toEqual([15]);
  await page.keyboard.press('Escape');

  // A marquee from the empty floor above the row around the six booths and the line.
  const from = await plan.pagePoint(3, 1.5);
  const to = await plan.pagePoint(23.5, 7.5);
  await plan.drag(from, to, 14);
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.Konva!.stages[0]!.find('.dimension').map((n: { getAttr: (k: string) => boolean }) => n.getAttr('selected')),
      ),
    )
    .toEqual([true]);
  await page.keyboard.press('Control+c');
  const target = await plan.pagePoint(20, 16);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  await page.keyboard.press('Control+v');
  await expect.poll(() => dimensionLengths(page)).toEqual([15, 15]);
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(boothCount + 6);
  await page.screenshot({ path: '/tmp/venue-dimension-paste.png' });
  const ys = await page.evaluate(() =>
    window
      .Konva!.stages[0]!.find('.dimension')
      .map((n: { getAttr: (k: string) => number[] }) => Math.round(n.getAttr('measured')[1]! * 10) / 10)
      .sort((p: number, q: number) => p - q),
  );
  // The pasted group (y 3…7) is centred on y = 16: its line's points sit at y = 15.
  expect(ys).toEqual([4, 15]);

  // What was pasted is selected, the line with it: Delete removes them together, one undo brings them back.
  await page.keyboard.press('Delete');
  await expect.poll(() => dimensionLengths(page)).toEqual([15]);
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(boothCount);
  await page.keyboard.press('Control+z');
  await expect.poll(() => dimensionLengths(page)).toEqual([15, 15]);

  // Ctrl+A takes the lines too.
  await page.keyboard.press('Escape');
  await expect.poll(() => selectedFlags(page)).toEqual([false, false]);
  await page.keyboard.press('Control+a');
  await expect.poll(() => selectedFlags(page)).toEqual([true, true]);
});
