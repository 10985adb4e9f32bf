import { test, expect, openApp } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';
import { readPlan } from '../../electron/services/plan';

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
  await page.getByLabel('Tô màu theo').selectOption('status');
  await expect(page.getByText('Đã thanh toán')).toBeVisible();
  await expect.poll(async () => new Set((await plan.booths()).map((b) => b.fill))).toEqual(new Set(['#b2f2bb', '#a5d8ff', '#ffd8a8']));
});

test('the plan zooms around the cursor with the wheel and pans with space-drag', async ({ page, app }) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  const view = () =>
    page.evaluate(() => {
      const s = window.Konva!.stages[0]!;
      return { scale: s.scaleX(), x: s.x(), y: s.y() };
    });
  const box = (await page.getByTestId('plan-canvas').boundingBox())!;
  const cursor = { x: box.x + 400, y: box.y + 300 };
  const before = await view();
  const worldAt = (v: { scale: number; x: number; y: number }) => ({
    x: (cursor.x - box.x - v.x) / v.scale,
    y: (cursor.y - box.y - v.y) / v.scale,
  });
  await page.mouse.move(cursor.x, cursor.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await view()).scale).toBeGreaterThan(before.scale * 1.2);
  const zoomed = await view();
  expect(worldAt(zoomed).x).toBeCloseTo(worldAt(before).x, 3);
  expect(worldAt(zoomed).y).toBeCloseTo(worldAt(before).y, 3);

  // Space + drag pans by the distance moved (a plain drag on the floor draws a marquee instead).
  await page.mouse.move(box.x + 300, box.y + 250);
  await page.keyboard.down(' ');
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + 300 + i * 20, box.y + 250 + i * 10);
  await page.mouse.up();
  await page.keyboard.up(' ');
  const panned = await view();
  expect(panned.x - zoomed.x).toBeCloseTo(100, 0);
  expect(panned.y - zoomed.y).toBeCloseTo(50, 0);
  await page.getByRole('button', { name: 'Vừa khung' }).click();
  expect((await view()).scale).toBeCloseTo(before.scale, 5);
});

test('draw an area, generate a 4 × 5 block, drag and resize a booth, undo and redo, reload: the same plan', async ({ page, app }) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();

  await page.getByRole('button', { name: '+ Khu vực mới' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'Khu vực mới' });
  await areaDialog.getByLabel('Tên').fill('Nhà triển lãm A');
  await areaDialog.getByLabel('Chiều rộng (m)').fill('0');
  await areaDialog.getByLabel('Chiều sâu (m)').fill('40');
  await areaDialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(areaDialog.getByText('Kích thước phải là số lớn hơn 0.')).toBeVisible();
  await areaDialog.getByLabel('Chiều rộng (m)').fill('60');
  await areaDialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('tab', { name: 'Nhà triển lãm A' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => plan.booths()).toEqual([]);

  await page.getByRole('button', { name: 'Tạo hàng loạt…' }).click();
  const generator = page.getByRole('dialog', { name: 'Tạo gian hàng hàng loạt' });
  await generator.getByLabel('Số hàng').fill('4');
  await generator.getByLabel('Số gian mỗi hàng').fill('5');
  await expect(generator.getByText('Số gian: C01 … C20')).toBeVisible();
  await generator.getByRole('button', { name: 'Đặt lên mặt bằng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bấm lên mặt bằng để đặt 20 gian' })).toBeVisible();
  const origin = await plan.pagePoint(5, 5);
  await page.mouse.move(origin.x - 30, origin.y - 30);
  await page.mouse.move(origin.x, origin.y, { steps: 4 });
  await page.mouse.click(origin.x, origin.y);
  await expect.poll(async () => (await plan.boothNumbers()).length).toBe(20);
  expect(await plan.booth('C01')).toMatchObject({ x: 5, y: 5, width: 3, height: 3 });
  expect(await plan.booth('C20')).toMatchObject({ x: 17, y: 23 });

  // Deselect, then drag C01 below the block with the mouse.
  const empty = await plan.pagePoint(50, 35);
  await page.mouse.click(empty.x, empty.y);
  await plan.drag(await plan.pagePoint(6.5, 6.5), await plan.pagePoint(6.5, 31.5));
  await expect.poll(async () => (await plan.booth('C01')).y).toBe(30);
  expect((await plan.booth('C01')).x).toBe(5);

  // Resize it by its bottom-right handle: sizes snap to the 0.5 m grid.
  await plan.drag(await plan.pagePoint(8, 33), await plan.pagePoint(9.5, 34));
  await expect
    .poll(async () => {
      const b = await plan.booth('C01');
      return [b.width, b.height];
    })
    .toEqual([4.5, 4]);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.booth('C01')).width).toBe(3);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.booth('C01')).y).toBe(5);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await plan.booth('C01')).y).toBe(30);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await plan.booth('C01')).width).toBe(4.5);

  // Its right-hand side handle widens it alone: the left side and the depth stay.
  await plan.drag(await plan.pagePoint(9.5, 32), await plan.pagePoint(11.2, 32));
  await expect.poll(async () => await plan.booth('C01')).toMatchObject({ x: 5, y: 30, width: 6, height: 4 });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.booth('C01')).width).toBe(4.5);

  // Escape during a drag puts the booth back and leaves nothing to undo or save.
  const c02 = await plan.booth('C02');
  await page.mouse.move(...(Object.values(await plan.pagePoint(c02.x + 1.5, c02.y + 1.5)) as [number, number]));
  await page.mouse.down();
  const away = await plan.pagePoint(c02.x + 1.5, c02.y + 12);
  await page.mouse.move(away.x, away.y, { steps: 8 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(await plan.booth('C02')).toMatchObject({ x: c02.x, y: c02.y });

  // A number already in use is refused where it was typed, and nothing is saved.
  await page.getByLabel('Số gian').fill('C03');
  await page.getByLabel('Số gian').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Số gian C03 đã được dùng' })).toBeVisible();
  await expect(page.getByLabel('Số gian')).toHaveAttribute('aria-invalid', 'true');
  expect(await plan.boothNumbers()).toContain('C02');

  await page.getByLabel('Số gian').fill('C02');
  await page.getByLabel('Số gian').blur();
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(help.getByText('Ctrl+Shift+Z / Ctrl+Y')).toBeVisible();
  await help.getByRole('button', { name: 'Đóng' }).click();

  await plan.saved();
  const before = (await plan.booths()).sort((a, b) => a.id.localeCompare(b.id));

  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Nhà triển lãm A');
  await expect.poll(async () => (await plan.booths()).length).toBe(20);
  const after = (await plan.booths()).sort((a, b) => a.id.localeCompare(b.id));
  expect(after).toEqual(before);
  expect(await plan.booth('C01')).toMatchObject({ x: 5, y: 30, width: 4.5, height: 4 });
});

test('a background drawing is imported, calibrated by two clicks, hidden, kept across a reload, removed after asking; a bad file is refused', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await page.getByRole('tab', { name: 'Ảnh nền' }).click();

  const { writeFileSync } = await import('node:fs');
  const bogus = testInfo.outputPath('so-do.png');
  writeFileSync(bogus, 'không phải ảnh');
  const chooseBogus = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bản vẽ…' }).click();
  await (await chooseBogus).setFiles(bogus);
  await expect(page.getByRole('alert')).toContainText('Không đọc được “so-do.png”');

  // A 400 × 300 px drawing made in the browser, saved as a PNG file.
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 400;
    c.height = 300;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 400, 300);
    g.strokeStyle = '#000';
    g.strokeRect(20, 20, 360, 260);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  const drawing = testInfo.outputPath('venue.png');
  writeFileSync(drawing, Buffer.from(png, 'base64'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bản vẽ…' }).click();
  await (await chooser).setFiles(drawing);
  const image = () =>
    page.evaluate(
      () => window.Konva!.stages[0]!.findOne('#area-background')?.getAttrs() as { x: number; scaleX: number; visible: boolean } | undefined,
    );
  await expect.poll(async () => (await image())?.scaleX).toBeCloseTo(0.1, 6);

  await page.getByRole('button', { name: 'Hiệu chỉnh tỷ lệ' }).click();
  const a = await plan.pagePoint(10, 20);
  const b = await plan.pagePoint(20, 20);
  await page.mouse.click(a.x, a.y);
  await page.mouse.click(b.x, b.y);
  const dialog = page.getByRole('dialog', { name: 'Khoảng cách thật' });
  await dialog.getByLabel('Khoảng cách giữa hai điểm (m)').fill('5');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect.poll(async () => (await image())?.scaleX).toBeCloseTo(0.05, 3);
  expect((await image())!.x).toBeCloseTo(5, 1);
  await page.getByLabel('Hiện bản vẽ').click();
  await expect(page.getByLabel('Hiện bản vẽ')).not.toBeChecked();
  await expect.poll(async () => (await image())?.visible).toBe(false);

  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await expect.poll(async () => (await image())?.scaleX).toBeCloseTo(0.05, 3);
  expect((await image())!.visible).toBe(false);

  // Removing the drawing asks first; cancelling keeps it.
  await page.getByRole('tab', { name: 'Ảnh nền' }).click();
  await page.getByRole('button', { name: 'Xóa bản vẽ…' }).click();
  const ask = page.getByRole('dialog', { name: 'Xóa bản vẽ nền của Vườn hoa Kim Đồng?' });
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(ask).toBeHidden();
  expect(await image()).toBeDefined();
  await page.getByRole('button', { name: 'Xóa bản vẽ…' }).click();
  await ask.getByRole('button', { name: 'Xóa bản vẽ', exact: true }).click();
  await expect.poll(image).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Nhập bản vẽ…' })).toBeVisible();
});

test('checks find an overlap and go to it; a zone colours booths; a marquee selection is renumbered in reading order', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea('Vườn hoa Kim Đồng');
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await expect(page.getByText('Không thấy vấn đề nào trên khu vực này.')).toBeVisible();

  const b01 = await plan.booth('B01');
  const at = await plan.pagePoint(b01.x + 1.5, b01.y + 1.5);
  await page.mouse.click(at.x, at.y);
  await page.getByRole('tab', { name: 'Thuộc tính' }).click();
  await page.getByLabel('X (m)').fill('6,5');
  await page.getByLabel('X (m)').press('Enter');
  await expect.poll(async () => (await plan.booth('B01')).x).toBe(6.5);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Gian B01 và B02 chồng lên nhau' }).click();
  const marked = await page.evaluate(() => window.Konva!.stages[0]!.find((n: { id: () => string }) => n.id().startsWith('issue-')).length);
  expect(marked).toBe(2);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByText('Không thấy vấn đề nào trên khu vực này.')).toBeVisible();

  // Marquee over the first row (B01–B06), renumber it F1, F2… in reading order.
  await plan.drag(await plan.pagePoint(4.5, 3.5), await plan.pagePoint(23.5, 7.5));
  await page.getByRole('button', { name: 'Đánh số lại…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đánh số lại 6 gian' });
  await dialog.getByLabel('Tiền tố số gian').fill('F');
  await dialog.getByLabel('Số chữ số (thêm số 0)').fill('0');
  await expect(dialog.getByText('Số gian: F1 … F6')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đánh số lại' }).click();
  await expect.poll(() => plan.boothNumbers()).toEqual(['B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
  expect((await plan.booth('F1')).x).toBe(5);
  expect((await plan.booth('F6')).x).toBe(20);

  // A new zone takes the selection: its booths turn the zone's colour.
  await page.getByRole('tab', { name: 'Phân khu' }).click();
  await page.getByRole('button', { name: '+ Thêm phân khu' }).click();
  const before = (await plan.booth('F1')).fill;
  await page.getByRole('button', { name: 'Đưa vùng chọn vào phân khu này: Phân khu mới 4' }).click();
  await expect.poll(async () => (await plan.booth('F1')).fill).not.toBe(before);
  await plan.saved();
  const fair = app.core.ctx.library.list().fairs.find((f) => f.name === DEMO)!;
  const stored = readPlan(app.core.ctx.library.db(fair.id));
  const zone = stored.zones.find((z) => z.name === 'Phân khu mới 4')!;
  expect(
    stored.booths
      .filter((b) => b.zoneId === zone.id)
      .map((b) => b.number)
      .sort(),
  ).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
});
