import { test, expect, openApp } from './fixtures';
import { ExhibitorsPage } from './pages/ExhibitorsPage';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

async function openDemoPlan(page: Parameters<typeof openApp>[0], app: Parameters<typeof openApp>[1]): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  return plan;
}

const stageScale = (page: Parameters<typeof openApp>[0]) => page.evaluate(() => window.Konva!.stages[0]!.scaleX());

test('measure a chain between booth corners (points snap), Esc leaves; zoom is shown and typed as a percentage; rulers in metres', async ({
  page,
  app,
}) => {
  const plan = await openDemoPlan(page, app);
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect(page.getByTestId('ruler-top')).toBeVisible();
  await expect(page.getByTestId('ruler-left')).toBeVisible();

  // 200 % shows one metre as 40 pixels.
  const zoom = page.getByLabel('Thu phóng (%)');
  await zoom.fill('200');
  await zoom.press('Enter');
  await expect.poll(() => stageScale(page)).toBeCloseTo(40, 3);
  await expect(zoom).toHaveValue('200');
  await page.getByRole('button', { name: 'Vừa khung' }).click();
  await expect.poll(() => zoom.inputValue()).not.toBe('200');

  // B01's top-left corner is (5, 4), B06's is (20, 4): clicks a few pixels off snap onto them.
  await page.keyboard.press('m');
  const status = page.getByTestId('measure-status');
  await expect(status).toContainText('Hãy bấm điểm đầu tiên.');
  const a = await plan.pagePoint(5, 4);
  const b = await plan.pagePoint(20, 4);
  const c = await plan.pagePoint(20, 7);
  await page.mouse.move(a.x + 3, a.y - 2);
  await page.mouse.click(a.x + 3, a.y - 2);
  await page.mouse.move(b.x - 2, b.y + 3, { steps: 8 });
  await expect(status).toContainText('Đoạn cuối: 15 m');
  await page.mouse.click(b.x - 2, b.y + 3);
  await page.mouse.move(c.x + 2, c.y + 2, { steps: 6 });
  await page.mouse.click(c.x + 2, c.y + 2);
  await expect(status).toContainText('Đoạn cuối: 3 m · Tổng: 18 m qua 2 đoạn');
  const labels = await page.evaluate(() =>
    window.Konva!.stages[0]!.find('.measure-label').map((n: { getAttr: (k: string) => string }) => n.getAttr('text')),
  );
  expect(labels).toEqual(expect.arrayContaining(['15 m', '3 m']));
  // Drawn, not only held: the overlay layer that carries the chain is shown.
  expect(await page.evaluate(() => window.Konva!.stages[0]!.findOne('.measure')!.isVisible())).toBe(true);
  await page.screenshot({ path: '/tmp/venue-tools-measure.png' });
  // The status line offers to keep the chain; the canvas did not move for it (the clicks above snapped).
  const canvasTop = () => page.getByTestId('plan-canvas').evaluate((el) => el.getBoundingClientRect().top);
  const topWhileMeasuring = await canvasTop();
  const dimensions = () =>
    page.evaluate(() =>
      window
        .Konva!.stages[0]!.find('.dimension')
        .map((n: { getAttr: (k: string) => number }) => Math.round(n.getAttr('lengthM') * 100) / 100)
        .sort((p: number, q: number) => p - q),
    );
  await status.getByRole('button', { name: 'Giữ làm đường kích thước' }).click();
  await expect.poll(dimensions).toEqual([3, 15]);
  await expect(page.getByRole('button', { name: 'Chọn', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await canvasTop()).toBe(topWhileMeasuring);
  // Both lines are one step: one undo takes them away.
  await page.keyboard.press('Control+z');
  await expect.poll(dimensions).toEqual([]);

  await page.keyboard.press('m');
  await expect(status).toBeVisible();
  expect(await canvasTop()).toBe(topWhileMeasuring);
  await page.keyboard.press('Escape');
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Chọn', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => window.Konva!.stages[0]!.find('.measure-label').length)).toBe(0);
});

test('a back-to-back double-row block; renumbered along columns from the context menu with 13 skipped; pasted at the cursor past the skip list', async ({
  page,
  app,
}) => {
  const plan = await openDemoPlan(page, app);
  await page.getByRole('button', { name: '+ Khu vực mới' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'Khu vực mới' });
  await areaDialog.getByLabel('Tên').fill('Nhà thi đấu');
  await areaDialog.getByLabel('Chiều rộng (m)').fill('60');
  await areaDialog.getByLabel('Chiều sâu (m)').fill('40');
  await areaDialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('tab', { name: 'Nhà thi đấu' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('g');
  const generator = page.getByRole('dialog', { name: 'Tạo gian hàng hàng loạt' });
  await generator.getByLabel('Số hàng').fill('4');
  await generator.getByLabel('Số gian mỗi hàng').fill('5');
  await generator.getByLabel('Hàng đôi quay lưng vào nhau (lối đi chỉ giữa các cặp hàng)').check();
  await expect(generator.getByText('2 cặp hàng quay lưng, 1 lối đi giữa các cặp')).toBeVisible();
  await generator.getByRole('button', { name: 'Đặt lên mặt bằng' }).click();
  const origin = await plan.pagePoint(5, 5);
  await page.mouse.move(origin.x - 30, origin.y - 30);
  await page.mouse.move(origin.x, origin.y, { steps: 4 });
  await page.mouse.click(origin.x, origin.y);
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(20);
  // Rows 1–2 back to back (y 5 and 8), the 3 m aisle, rows 3–4 back to back (y 14 and 17).
  const rows = [...new Set((await plan.booths()).map((x) => x.y))].sort((p, q) => p - q);
  expect(rows).toEqual([5, 8, 14, 17]);
  await page.screenshot({ path: '/tmp/venue-tools-double-rows.png' });

  // Right-click a booth of the selection: the menu shows what applies, with shortcuts.
  const onBooth = await plan.pagePoint(6.5, 6.5);
  await page.mouse.click(onBooth.x, onBooth.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Thao tác trên mặt bằng' });
  await expect(menu.getByRole('menuitem', { name: /Cắt\s*Ctrl\+X/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await page.mouse.click(onBooth.x, onBooth.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Đánh số lại…\s*N/ }).click();
  const renumber = page.getByRole('dialog', { name: 'Đánh số lại 20 gian' });
  await renumber.getByLabel('Theo cột').check();
  // The sidewalk's booths are A01…: numbers stay unique across the fair, so this block becomes D.
  await renumber.getByLabel('Tiền tố số gian').fill('D');
  await renumber.getByLabel('Bỏ qua các số').fill('13');
  await expect(renumber.getByText('Số gian: D01 … D21')).toBeVisible();
  await renumber.getByRole('button', { name: 'Đánh số lại' }).click();
  await expect.poll(async () => (await plan.booth('D05')).x).toBe(8);
  expect(await plan.booth('D01')).toMatchObject({ x: 5, y: 5 });
  expect(await plan.booth('D04')).toMatchObject({ x: 5, y: 17 });
  expect(await plan.booth('D14')).toMatchObject({ x: 14, y: 5 });
  expect(await plan.boothNumbers()).not.toContain('D13');

  // Copy D12 (third column, last row), paste with the pointer at (40, 30): centred there, numbered D22.
  const a12 = await plan.pagePoint(12.5, 18.5);
  await page.mouse.click(a12.x, a12.y);
  await page.keyboard.press('Control+c');
  const target = await plan.pagePoint(40, 30);
  await page.mouse.move(target.x, target.y, { steps: 6 });
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(21);
  expect(await plan.booth('D22')).toMatchObject({ x: 38.5, y: 28.5 });
  // The skip list is kept: a booth drawn next never takes 13 either, and undo takes the paste back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(20);
  await plan.saved();
});

test('Ctrl+F in the plan editor finds a booth in another area, zooms to it and selects it', async ({ page, app }) => {
  await openDemoPlan(page, app);
  const before = await stageScale(page);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Tìm gian' });
  await expect(find).toBeFocused();
  await find.fill('zz');
  await expect(page.getByText('Không có gian nào khớp với “zz”.')).toBeVisible();
  await find.fill('b07');
  await expect(page.getByRole('listbox', { name: 'Các gian tìm thấy' }).getByRole('option').first()).toContainText('B07');
  await find.press('Enter');
  await expect(page.getByRole('tab', { name: 'Vườn hoa Kim Đồng' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Số gian')).toHaveValue('B07');
  await expect.poll(() => stageScale(page)).toBeGreaterThan(before * 1.5);
  await page.screenshot({ path: '/tmp/venue-tools-find-editor.png' });
  await find.press('Escape');
  await expect(find).toHaveCount(0);
});

test('on the allocation map Ctrl+F finds a booth by its exhibitor; hovering a booth shows its whole name and status', async ({
  page,
  app,
}) => {
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  await openApp(page, app);
  const screen = new ExhibitorsPage(page);
  await screen.open(fairId);
  await page.getByRole('tab', { name: 'Phân bổ gian hàng' }).click();
  await screen.waitForStage();
  const before = await stageScale(page);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Tìm gian' });
  await find.fill('chau long');
  await expect(page.getByRole('listbox', { name: 'Các gian tìm thấy' }).getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('listbox', { name: 'Các gian tìm thấy' }).getByRole('option').first()).toContainText('A01');
  await find.press('Enter');
  await expect.poll(() => stageScale(page)).toBeGreaterThan(before * 1.5);
  const a01 = await page.evaluate(() => {
    const stage = window.Konva!.stages[0]!;
    const label = stage
      .find((n: { id: () => string }) => n.id().startsWith('booth-label-'))
      .find((n: { getAttr: (k: string) => string }) => String(n.getAttr('text')).startsWith('A01'))!;
    return label.id().slice('booth-label-'.length);
  });
  await expect.poll(() => page.evaluate((id) => !!window.Konva!.stages[0]!.findOne(`#highlight-${id}`), a01)).toBe(true);
  await page.getByRole('combobox', { name: 'Tìm gian' }).press('Escape');

  const centre = await screen.boothCenter(a01);
  await page.mouse.move(centre.x - 20, centre.y - 20);
  await page.mouse.move(centre.x, centre.y, { steps: 5 });
  const tip = page.getByTestId('booth-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('A01 · 3 × 3 m');
  await expect(tip).toContainText('Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long');
  await page.screenshot({ path: '/tmp/venue-tools-map-tooltip.png' });
});
