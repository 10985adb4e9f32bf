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

test('a stale edit is refused in words and the editor shows what the file holds', async ({ page, context, app }) => {
  // This window hears nothing of the other: its copy of the plan goes stale.
  await page.route('**/feed', (route) => route.abort());
  const stale = await openGarden(page, app);
  const other = await openGarden(await context.newPage(), app);

  const b01 = await other.booth('B01');
  await other.drag(await other.pagePoint(b01.x + 1.5, b01.y + 1.5), await other.pagePoint(b01.x + 1.5, b01.y + 7.5));
  await other.saved();
  const inFile = await other.booth('B01');

  const old = await stale.booth('B01');
  expect(old.y).toBe(b01.y);
  await stale.drag(await stale.pagePoint(old.x + 1.5, old.y + 1.5), await stale.pagePoint(old.x + 4.5, old.y + 1.5));
  await expect(page.getByRole('alert').filter({ hasText: 'vừa được sửa ở một cửa sổ khác' })).toBeVisible();
  await expect.poll(async () => [(await stale.booth('B01')).x, (await stale.booth('B01')).y]).toEqual([inFile.x, inFile.y]);
  // Nothing of the refused move reached the file, and there is nothing left to undo.
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const stored = app.core.ctx.library.db(fairId).prepare("SELECT x_m AS x, y_m AS y FROM booth WHERE number = 'B01'").get() as {
    x: number;
    y: number;
  };
  expect([stored.x, stored.y]).toEqual([inFile.x, inFile.y]);
  await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();
});

test('a booth dragged onto the stage is listed by the checks; a pillar inside a booth is listed and drawn above it', async ({
  page,
  app,
}) => {
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const db = app.core.ctx.library.db(fairId);
  const b02 = db.prepare("SELECT id, area_id AS areaId, x_m AS x, y_m AS y FROM booth WHERE number = 'B02'").get() as {
    id: string;
    areaId: string;
    x: number;
    y: number;
  };
  const added = await app.core.dispatch('applyPlanChanges', {
    fairId,
    added: {
      features: [
        {
          id: 'pillar-1',
          areaId: b02.areaId,
          kind: 'pillar',
          xM: b02.x + 1,
          yM: b02.y + 1,
          widthM: 0.6,
          depthM: 0.6,
          rotationDeg: 0,
          label: '',
        },
      ],
    },
  });
  expect(added.ok).toBe(true);
  const plan = await openGarden(page, app);

  const b01 = await plan.booth('B01');
  // The demo's stage stands at x 26–36 m, y 4–10 m of the garden.
  await plan.drag(await plan.pagePoint(b01.x + 1.5, b01.y + 1.5), await plan.pagePoint(30, 6.5));
  await plan.saved();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const checks = page.getByRole('region', { name: 'Kiểm tra' });
  await expect(checks.getByRole('button', { name: 'Gian B01 đặt lên Sân khấu' })).toBeVisible();
  await expect(checks.getByRole('button', { name: 'Cột nằm trong gian B02' })).toBeVisible();
  const order = await page.evaluate((boothId) => {
    const stage = window.Konva!.stages[0]!;
    const z = (id: string) => (stage.findOne(`#${id}`) as unknown as { getAbsoluteZIndex: () => number } | undefined)?.getAbsoluteZIndex();
    return { pillar: z('feature-pillar-1'), booth: z(`booth-${boothId}`) };
  }, b02.id);
  expect(order.pillar).toBeGreaterThan(order.booth!);
  // Over every area at once, each problem says where it is.
  await checks.getByRole('checkbox', { name: 'Kiểm tra mọi khu vực' }).check();
  await expect(checks.getByRole('button', { name: 'Khu vực Vườn hoa Kim Đồng: Gian B01 đặt lên Sân khấu' })).toBeVisible();
  await checks.screenshot({ path: '/tmp/pc/checks-panel.png' });
  await page.screenshot({ path: '/tmp/pc/checks.png' });
});

test('an area cannot be made smaller than where its booths stand: the dialog says which, nothing changes', async ({ page, app }) => {
  const plan = await openGarden(page, app);
  await page.getByRole('button', { name: 'Thiết lập khu vực' }).click();
  const dialog = page.getByRole('dialog', { name: /khu vực/i });
  await dialog.getByLabel('Chiều rộng (m)').fill('12');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('sẽ nằm ngoài khu vực sau khi thu nhỏ');
  await expect(dialog.getByRole('alert')).toContainText('B06');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('40 × 30 m')).toBeVisible();
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  const stored = app.core.ctx.library.db(fairId).prepare("SELECT width_m AS w FROM area WHERE name = 'Vườn hoa Kim Đồng'").get() as {
    w: number;
  };
  expect(stored.w).toBe(40);
  expect((await plan.boothNumbers()).length).toBeGreaterThan(0);
});
