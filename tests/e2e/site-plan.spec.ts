import type { Page } from '@playwright/test';
import { test, expect, openApp, type RunningApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';
import { readFile } from 'node:fs/promises';
import { readPlan } from '../../electron/services/plan';
import { readPdf } from '../integration/print/pdf-reader';
import { PrintDialogPage } from './pages/PrintDialogPage';
import { L_HALL as L } from '../fixtures/outlines';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

const stored = (app: RunningApp) => {
  const fair = app.core.ctx.library.list().fairs.find((f) => f.name === DEMO)!;
  return readPlan(app.core.ctx.library.db(fair.id));
};

async function openDemo(page: Page, app: RunningApp): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  return plan;
}

/** A new 60 × 40 m hall created to be drawn: the Outline tool is ready at once; its L-shaped outline clicked corner by corner. */
async function drawLHall(page: Page, plan: PlanPage): Promise<void> {
  await page.getByRole('button', { name: '+ Khu vực mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khu vực mới' });
  await dialog.getByLabel('Tên').fill('Nhà thi đấu');
  await dialog.getByLabel('Chiều rộng (m)').fill('60');
  await dialog.getByLabel('Chiều sâu (m)').fill('40');
  await dialog.getByLabel(/^Vẽ đường bao ngay sau khi tạo/).check();
  await dialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('tab', { name: 'Nhà thi đấu' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Đường bao', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Zoomed out a little, so that no corner hides under the legend or the zoom buttons.
  const box = (await plan.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await expect(page.getByTestId('outline-status')).toContainText('Diện tích mặt sàn 2.400 m²');
  for (const p of L) {
    const at = await plan.pagePoint(p.x, p.y);
    await page.mouse.click(at.x, at.y);
  }
  await expect(page.getByTestId('outline-status')).toContainText('Đường bao: 6 góc');
  const first = await plan.pagePoint(0, 0);
  await page.mouse.click(first.x, first.y);
  await expect(page.getByTestId('outline-status')).toContainText('Diện tích mặt sàn 1.800 m²');
  await plan.saved();
}

test('an L-shaped hall drawn by clicking holds booths on its floor and none in its notch', async ({ page, app }) => {
  const plan = await openDemo(page, app);
  await drawLHall(page, plan);
  const hall = stored(app).areas.find((a) => a.name === 'Nhà thi đấu')!;
  expect(hall.outline).toEqual(L);
  expect(hall).toMatchObject({ widthM: 60, depthM: 40 });

  // Booths on the floor: one in each arm of the L.
  await page.keyboard.press('Escape');
  for (const [x, y] of [
    [5, 5],
    [50, 5],
    [5, 32],
  ] as const) {
    await page.keyboard.press('b');
    const at = await plan.pagePoint(x, y);
    await page.mouse.click(at.x, at.y);
  }
  await expect.poll(async () => (await plan.booths()).length).toBe(3);
  await plan.saved();

  // One in the notch is refused, before anything is saved, and the file would refuse it too.
  await page.keyboard.press('b');
  const notch = await plan.pagePoint(45, 30);
  await page.mouse.click(notch.x, notch.y);
  await expect(page.getByRole('alert')).toContainText('nằm ngoài khu vực “Nhà thi đấu”');
  expect(await plan.booths()).toHaveLength(3);

  // Dragging a booth into the notch puts it back where it was.
  const arm = (await plan.booths()).find((b) => b.x === 50)!;
  await plan.drag(await plan.pagePoint(arm.x + 1.5, arm.y + 1.5), await plan.pagePoint(45, 32));
  await expect(page.getByRole('alert')).toContainText('nằm ngoài khu vực');
  await expect.poll(async () => (await plan.booths()).find((b) => b.id === arm.id)?.y).toBe(arm.y);
  expect(stored(app).booths.filter((b) => b.areaId === hall.id)).toHaveLength(3);

  // A corner moved by its handle: the notch grows, one undo puts it back.
  await page.keyboard.press('o');
  await plan.drag(await plan.pagePoint(30, 20), await plan.pagePoint(25, 20));
  await plan.saved();
  await expect.poll(() => stored(app).areas.find((a) => a.id === hall.id)!.outline[3]).toEqual({ x: 25, y: 20 });
  await page.keyboard.press('Control+z');
  await plan.saved();
  await expect.poll(() => stored(app).areas.find((a) => a.id === hall.id)!.outline).toEqual(L);
  await page.screenshot({ path: '/tmp/site-plan-l-hall.png' });

  // The whole site printed on one sheet: three areas at their places, every booth numbered.
  const print = new PrintDialogPage(page);
  await print.open();
  await print.choose('Bố cục', 'Toàn khu trên một tờ (mọi khu vực đúng vị trí)');
  await print.dialog.getByLabel('Theo tên đơn vị').uncheck();
  await print.dialog.getByLabel('Theo số gian').uncheck();
  await print.make();
  expect(await print.previewCaption()).toContain('1 trang');
  await page.screenshot({ path: '/tmp/site-plan-print.png' });
  const pages = await readPdf(await readFile((await (await print.save()).path())!));
  expect(pages).toHaveLength(1);
  expect(pages[0]!.text).toContain('Toàn khu: 3 khu vực, 43 gian');
  for (const name of ['Vỉa hè Trần Phú', 'Vườn hoa Kim Đồng', 'Nhà thi đấu']) expect(pages[0]!.text).toContain(name);
  for (const b of stored(app).booths) expect(pages[0]!.text).toContain(b.number);
});

test('the whole site shows every area at its place; an area dragged there moves on the site, undoably', async ({ page, app }) => {
  const plan = await openDemo(page, app);
  await page.getByRole('tab', { name: 'Toàn khu' }).click();
  await expect(page.getByRole('region', { name: 'Mặt bằng toàn khu' })).toBeVisible();
  const groups = () =>
    page.evaluate(() =>
      window
        .Konva!.stages.at(-1)!
        .find('.site-area')
        .map((g) => ({ id: g.id(), x: g.x(), y: g.y() })),
    );
  await expect.poll(async () => (await groups()).length).toBe(2);
  const garden = stored(app).areas.find((a) => a.name === 'Vườn hoa Kim Đồng')!;
  expect((await groups()).find((g) => g.id === `site-area-${garden.id}`)).toMatchObject({ x: 30, y: 20 });

  const toPage = async (x: number, y: number) => {
    const box = (await page.getByTestId('site-canvas').boundingBox())!;
    const p = await page.evaluate(([a, b]) => window.Konva!.stages.at(-1)!.getAbsoluteTransform().point({ x: a!, y: b! }), [x, y]);
    return { x: box.x + p.x, y: box.y + p.y };
  };
  await plan.drag(await toPage(50, 35), await toPage(60, 45));
  await plan.saved();
  await expect.poll(() => stored(app).areas.find((a) => a.id === garden.id)).toMatchObject({ siteXM: 40, siteYM: 30 });
  await expect(page.getByTestId('site-position')).toContainText('x 40 m, y 30 m');
  await page.screenshot({ path: '/tmp/site-plan-overview.png' });

  // Arrow keys move the chosen area by a metre; undo takes each step back.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => stored(app).areas.find((a) => a.id === garden.id)?.siteXM).toBe(41);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await plan.saved();
  await expect.poll(() => stored(app).areas.find((a) => a.id === garden.id)).toMatchObject({ siteXM: 30, siteYM: 20 });

  // A double click opens the area for editing, the others faded around it.
  await page.mouse.dblclick((await toPage(50, 35)).x, (await toPage(50, 35)).y);
  await expect(page.getByRole('tab', { name: 'Vườn hoa Kim Đồng' })).toHaveAttribute('aria-selected', 'true');
  await plan.waitForStage();
  await expect.poll(async () => (await plan.boothNumbers())[0]).toBe('B01');
});

test('editing one area shows the others faded around it, at their places on the site', async ({ page, app }) => {
  const plan = await openDemo(page, app);
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(async () => (await plan.boothNumbers())[0]).toBe('B01');
  // The sidewalk lies 30 m left of and 20 m above the garden's origin on the site.
  await expect
    .poll(() => page.evaluate(() => window.Konva!.stages[0]!.findOne('.site-neighbours')?.getAttr('count') as number | undefined))
    .toBe(1);
  const box = (await plan.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await page.screenshot({ path: '/tmp/site-plan-neighbours.png' });
});
