import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { DxfImportPage } from './pages/DxfImportPage';
import { LibraryPage } from './pages/LibraryPage';
import { PlanPage } from './pages/PlanPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const HALL = resolve('tests/fixtures/dxf/hoi-truong-r2018-utf8.dxf');
const HALL_R12 = resolve('tests/fixtures/dxf/hoi-truong-r12-ansi1258.dxf');

async function openHall(page: Page, app: Parameters<typeof openApp>[1]): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await page.getByRole('button', { name: '+ Khu vực mới' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'Khu vực mới' });
  await areaDialog.getByLabel('Tên').fill('Nhà thi đấu Cẩm Phả');
  await areaDialog.getByLabel('Chiều rộng (m)').fill('60');
  await areaDialog.getByLabel('Chiều sâu (m)').fill('40');
  await areaDialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('tab', { name: 'Nhà thi đấu Cẩm Phả' })).toHaveAttribute('aria-selected', 'true');
  return plan;
}

const areaSize = (page: Page) =>
  page.evaluate(() => {
    const a = window.Konva!.stages[0]!.findOne('#area')!;
    return { width: a.width(), height: a.height() };
  });
const drawingNode = (page: Page) =>
  page.evaluate(() => {
    const n = window.Konva!.stages[0]!.findOne('#area-drawing');
    return n ? { x: n.x(), y: n.y(), rotation: n.rotation(), scale: n.scaleX(), paths: Number(n.getAttr('pathCount')) } : null;
  });

/** Import the shipped hall: layers, units checked on the 80 m south wall, booths from "Gian hàng". */
async function importHall(page: Page, file = HALL): Promise<void> {
  const dxf = new DxfImportPage(page);
  await dxf.open();
  await dxf.choose(file);
  await expect(dxf.dialog.getByTestId('dxf-found')).toContainText('Tìm thấy 200 gian hàng.');
  // The demo fair already numbers booths A10…A20 and B10…B12: those are left out, and it says so.
  await expect(dxf.dialog.getByTestId('dxf-found')).toContainText('14 số gian đã có trong hội chợ nên không được lấy: A10, A11');
  await expect(dxf.dialog.getByLabel('Lớp có các hình chữ nhật đánh số là gian hàng')).toHaveValue('Gian hàng');
  await expect(dxf.dialog.getByText('Bản vẽ ghi đơn vị là milimét.', { exact: false })).toBeVisible();

  // Layers: the doors off and on again, the preview follows.
  const layers = await dxf.drawnLayers();
  await dxf.dialog.getByLabel(/^Cửa \(/).uncheck();
  await expect.poll(() => dxf.drawnLayers()).toBe(layers - 1);
  await dxf.dialog.getByLabel(/^Cửa \(/).check();
  await expect.poll(() => dxf.drawnLayers()).toBe(layers);

  // Importing before the units are confirmed is refused with a reason.
  await dxf.dialog.getByRole('button', { name: 'Nhập bản vẽ và 186 gian hàng' }).click();
  await expect(dxf.dialog.getByRole('alert')).toContainText('Hãy xác nhận đơn vị trước');

  // The south wall, corner to corner: 80,000 mm, known to be 80 m.
  await dxf.clickAt(0, 50_000);
  await dxf.clickAt(80_000, 50_000);
  await expect(dxf.dialog.getByTestId('dxf-pick-hint')).toContainText('cách nhau 80.000 đơn vị');
  await expect(dxf.dialog.getByLabel('Khoảng cách thực giữa hai điểm (m)')).toHaveValue('80');
  await dxf.dialog.getByLabel('Khoảng cách thực giữa hai điểm (m)').fill('80');
  await expect(dxf.dialog.getByTestId('dxf-size')).toContainText('80 × 50 m');
  await page.screenshot({ path: '/tmp/venue-dxf-dialog.png' });
  await dxf.dialog.getByRole('button', { name: 'Nhập bản vẽ và 186 gian hàng' }).click();
  await expect(dxf.dialog).toBeHidden();
}

test('import the hall’s DXF: layers, units confirmed, 200 booths and the walls; Ctrl+Z takes it all away', async ({ page, app }) => {
  const plan = await openHall(page, app);

  // A damaged file is refused with a clear message and nothing changes.
  const broken = test.info().outputPath('hoi-truong-hong.dxf');
  writeFileSync(broken, '0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1032\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n');
  const dxf = new DxfImportPage(page);
  await dxf.open();
  await dxf.choose(broken);
  await expect(dxf.dialog.getByRole('alert')).toContainText('“hoi-truong-hong.dxf” bị hỏng hoặc không đầy đủ');
  await dxf.dialog.getByRole('button', { name: 'Hủy' }).click();
  expect(await plan.booths()).toEqual([]);

  await importHall(page);
  await expect.poll(async () => (await plan.booths()).length).toBe(186);
  const a1 = await plan.booth('A1');
  expect(a1.width).toBeCloseTo(2.5, 2);
  expect(a1.height).toBeCloseTo(3, 2);
  expect(Math.abs((await plan.booth('R7')).rotation)).toBeCloseTo(30, 3);
  expect(await areaSize(page)).toEqual({ width: 80, height: 50 });
  await expect.poll(async () => (await drawingNode(page))?.paths).toBeGreaterThan(5);
  await plan.saved();
  await page.screenshot({ path: '/tmp/venue-dxf-imported.png' });

  // One step: Ctrl+Z removes the booths, the drawing and the grown area size together.
  await plan.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.booths()).length).toBe(0);
  await expect.poll(() => drawingNode(page)).toBeNull();
  expect(await areaSize(page)).toEqual({ width: 60, height: 40 });
  await plan.saved();

  // Redo brings it all back, and it is in the file: a reload shows it.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await plan.booths()).length).toBe(186);
  await expect.poll(async () => (await drawingNode(page))?.paths).toBeGreaterThan(5);
  await plan.saved();
  await page.reload();
  await plan.waitForStage();
  await plan.selectArea('Nhà thi đấu Cẩm Phả');
  await expect.poll(async () => (await plan.booths()).length).toBe(186);
  await expect.poll(async () => (await drawingNode(page))?.paths).toBeGreaterThan(5);
});

test('line the drawing up by two point pairs; undo puts it back', async ({ page, app }) => {
  const plan = await openHall(page, app);
  await importHall(page, HALL_R12);
  await expect.poll(async () => (await drawingNode(page))?.paths).toBeGreaterThan(5);
  await plan.saved();

  await page.getByRole('tab', { name: 'Ảnh nền' }).click();
  await page.getByRole('button', { name: 'Căn theo hai cặp điểm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cặp 1/2' })).toBeVisible();
  // The hall's north-west corner (0, 0 on the area) goes to (2, 2); the north wall's end where the rounded corner starts (76, 0) to (78, 2).
  const pick = async (x: number, y: number, off = 0) => {
    const p = await plan.pagePoint(x, y);
    await page.mouse.click(p.x + off, p.y - off);
  };
  await pick(0, 0, 3);
  await pick(2, 2);
  await expect(page.getByRole('status').filter({ hasText: 'cặp 2/2' })).toBeVisible();
  await pick(76, 0, 3);
  await pick(78, 2);
  await expect.poll(async () => (await drawingNode(page))?.x).toBeCloseTo(2, 0);
  const placed = (await drawingNode(page))!;
  expect(placed.x).toBeCloseTo(2, 1);
  expect(placed.y).toBeCloseTo(2, 1);
  expect(placed.scale).toBeCloseTo(1, 2);
  expect(Math.abs(placed.rotation)).toBeLessThan(0.5);
  await plan.saved();
  await page.screenshot({ path: '/tmp/venue-dxf-aligned.png' });

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await drawingNode(page))?.x).toBe(0);
  expect((await drawingNode(page))?.y).toBe(0);
  // The booths stayed where they were imported.
  expect((await plan.booths()).length).toBe(186);
});
