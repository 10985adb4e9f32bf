import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, type RunningApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const dong = (text: string) => Number(text.replace(/\D/g, ''));

function boothId(app: RunningApp, number: string): string {
  const library = app.core.ctx.library;
  const fair = library.list().fairs[0]!;
  return (library.db(fair.id).prepare('SELECT id FROM booth WHERE number = ?').get(number) as { id: string }).id;
}

/** The fill the heat map gave a booth, read from the Konva stage rather than from pixels. */
async function boothFill(page: Page, id: string): Promise<string> {
  await expect.poll(() => page.evaluate((shape) => Boolean(window.Konva?.stages[0]?.findOne(shape)), `#booth-${id}`)).toBe(true);
  return page.evaluate((shape) => String(window.Konva!.stages[0]!.findOne(shape)!.getAttr('fill')), `#booth-${id}`);
}

async function openHeatMap(page: Page, area: string): Promise<void> {
  await page.getByRole('tab', { name: 'Sơ đồ nhiệt doanh thu' }).click();
  await page.getByRole('combobox', { name: /^Khu vực/ }).selectOption({ label: area });
}

test('ten sales typed with the keyboard only, one voided: the day total, the dashboard and the heat map follow; the report exports', async ({
  page,
  app,
}) => {
  // A long journey (some forty steps, each waiting for what it needs): the ceiling bounds a hang,
  // not the machine's speed, and is set for a busy two-core machine.
  test.setTimeout(240_000);
  await openApp(page, app);
  const sales = new SalesPage(page);
  const b12 = boothId(app, 'B12');
  await sales.openFairSection(DEMO, 'Báo cáo');
  const revenueBefore = dong(await page.getByTestId('kpi-revenue').innerText());
  await openHeatMap(page, 'Vườn hoa Kim Đồng');
  const fillBefore = await boothFill(page, b12);

  await sales.openFairSection(DEMO, 'Doanh thu');
  await expect(sales.day).toHaveValue('2025-07-05');
  const before = dong(await sales.dayTotal.innerText());

  await sales.booth.focus();
  await sales.booth.press('a'); // the suggestions show the exhibitor
  await expect(page.getByRole('listbox', { name: 'Gian hàng' })).toBeVisible();
  await sales.booth.fill('');
  const typed: [string, string, number][] = [
    ['a1', '1.500.000', 1_500_000],
    ['A02', '1,5tr', 1_500_000],
    ['a3', '500k', 500_000],
    ['B01', '2tr5', 2_500_000],
    ['b2', '750000', 750_000],
    ['A04', '1.2 triệu', 1_200_000],
    ['A05', '300k', 300_000],
    ['b3', '45.000', 45_000],
    ['A06', '3tr', 3_000_000],
    ['B12', '90tr', 90_000_000],
  ];
  for (const [booth, amount] of typed) await sales.typeSale(booth, amount);
  const added = typed.reduce((n, [, , v]) => n + v, 0);
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + added);

  // Void the 2tr5 entry of B01 with a reason, from the keyboard.
  await sales
    .entryRow('B01', '2.500.000')
    .getByRole('button', { name: /^Hủy lượt ghi B01/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Hủy lượt ghi doanh thu' });
  await page.keyboard.type('Nhập nhầm gian');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + added - 2_500_000);
  await expect(sales.entryRow('B01', '2.500.000')).toContainText('Đã hủy: Nhập nhầm gian');

  // The dashboard and the heat map reflect the new entries at once.
  await sales.openFairSection(DEMO, 'Báo cáo');
  await expect.poll(async () => dong(await page.getByTestId('kpi-revenue').innerText())).toBe(revenueBefore + added - 2_500_000);
  await expect(page.getByTestId('top-booths').getByRole('row').nth(1)).toContainText('B12');
  await openHeatMap(page, 'Vườn hoa Kim Đồng');
  await expect.poll(() => boothFill(page, b12)).not.toBe(fillBefore);
  expect(await boothFill(page, b12)).toBe('#c92a2a');

  // The fair report exports as a spreadsheet holding the same total.
  await page.getByRole('tab', { name: 'Báo cáo kết quả tổ chức hội chợ' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (.xlsx)' }).click();
  const path = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const totals: unknown[] = [];
  workbook.getWorksheet('Biểu 1')!.eachRow((row) => {
    if (row.getCell(2).value === 'Doanh thu bán hàng trực tiếp') totals.push(row.getCell(4).value);
  });
  expect(totals).toEqual([revenueBefore + added - 2_500_000]);
});

test('bad input gets a clear inline error and nothing is saved', async ({ page, app }) => {
  await openApp(page, app);
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Doanh thu');
  const before = await sales.dayTotal.innerText();
  await sales.booth.fill('Z99');
  await sales.amount.fill('-500k');
  await expect(page.getByText('Số tiền không được âm')).toBeVisible();
  await sales.amount.fill('1,5');
  await expect(page.getByText('Tiền đồng không có số lẻ')).toBeVisible();
  await sales.amount.fill('1,5tr');
  await expect(page.getByText('= 1.500.000 đ')).toBeVisible();
  await sales.amount.press('Enter');
  await expect(page.getByText('Không có gian hàng số này.')).toBeVisible();
  await sales.booth.fill('A01');
  await sales.amount.fill('150tr');
  await sales.amount.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Số tiền lớn bất thường' });
  await expect(confirm).toContainText('150.000.000');
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect(sales.dayTotal).toHaveText(before);
});

test('a sale the main side refuses under a sales rule is explained in Vietnamese, from the rule, and nothing is saved', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Doanh thu');
  await expect(sales.day).toHaveValue('2025-07-05');
  const before = await sales.dayTotal.innerText();
  await sales.booth.click();
  // Booth A02's exhibitor leaves while the screen is open: the screen's booth list still shows it allocated.
  const fair = app.core.ctx.library.list().fairs[0]!;
  app.core.ctx.library
    .db(fair.id)
    .prepare("UPDATE allocation SET status = 'cancelled' WHERE booth_id = ? AND status <> 'cancelled'")
    .run(boothId(app, 'A02'));
  await page.keyboard.type('A02');
  await page.keyboard.press('Tab');
  await page.keyboard.type('200k');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gian hàng này chưa có đơn vị tham gia: hãy phân bổ trước.')).toBeVisible();
  await expect(page.getByText('This booth has no exhibitor')).toHaveCount(0);
  await expect(sales.dayTotal).toHaveText(before);
});

test('undo the last entry, correct one, type a day total in the grid, count visitors, read the history, open a booth from the heat map', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Doanh thu');
  const before = await sales.dayTotal.innerText();
  await sales.booth.focus();
  await sales.typeSale('A07', '200k');
  await expect(sales.dayTotal).not.toHaveText(before);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác' })).toBeVisible();
  await expect(sales.dayTotal).toHaveText(before);

  // A correction is a new entry; the old one stays listed, marked as corrected.
  await sales.typeSale('A08', '300k');
  await sales
    .entryRow('A08', '300.000')
    .getByRole('button', { name: /^Sửa lượt ghi A08/ })
    .click();
  const correct = page.getByRole('dialog', { name: 'Sửa lượt ghi doanh thu' });
  await correct.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('3tr');
  await expect(correct.getByText('= 3.000.000 đ')).toBeVisible();
  await correct.getByRole('textbox', { name: 'Lý do (không bắt buộc)' }).fill('Thiếu số 0');
  await page.keyboard.press('Enter');
  await expect(correct).toHaveCount(0);
  await expect(sales.entryRow('A08', '300.000')).toContainText('Đã sửa');
  await expect(sales.entryRow('A08', '3.000.000')).toContainText('Dòng sửa');
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(dong(before) + 3_000_000);

  await page.getByRole('tab', { name: 'Bảng theo ngày' }).click();
  const cell = page.getByRole('textbox', { name: 'A07, 06/07/2025' });
  const gridTotal = page.getByTestId('grid-total');
  const totalBefore = dong(await gridTotal.innerText());
  const cellBefore = dong(await cell.inputValue());
  const several = ((await cell.getAttribute('title')) ?? '') !== '';
  await cell.click();
  await page.keyboard.type('10tr');
  await page.keyboard.press('Enter');
  // Folding several recorded entries into one figure asks first.
  if (several)
    await page
      .getByRole('dialog', { name: 'Thay các lượt ghi?' })
      .getByRole('button', { name: /^Thay \d+ lượt ghi$/ })
      .click();
  await expect(cell).toHaveValue('10.000.000');
  await expect.poll(async () => dong(await gridTotal.innerText())).toBe(totalBefore - cellBefore + 10_000_000);

  await page.getByRole('tab', { name: 'Lượt khách' }).click();
  await page.getByRole('combobox', { name: /^Ngày/ }).selectOption('2025-07-06');
  await page.getByRole('textbox', { name: 'Cổng' }).fill('Cổng Bắc');
  await page.getByRole('textbox', { name: 'Lượt khách' }).fill('1.200');
  await page.keyboard.press('Enter');
  // The day had one all-gates figure: counting per gate replaces it, once asked.
  await page
    .getByRole('dialog', { name: 'Đếm ngày 06/07/2025 theo từng cổng?' })
    .getByRole('button', { name: 'Đếm theo từng cổng' })
    .click();
  await expect(page.getByRole('row', { name: /06\/07\/2025 Cổng Bắc 1\.200/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /06\/07\/2025 Tất cả các cổng/ })).toHaveCount(0);

  // The history says who did what: the entry, its undo, the typed day total, the visitor count.
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const history = page.locator('.sales-history tbody tr');
  // The all-gates figure the gate count replaced is removed on record too.
  await expect(history).toHaveCount(7);
  await expect(history.nth(0)).toContainText('Đếm lượt khách');
  await expect(history.nth(1)).toContainText('Đếm lượt khách');
  await expect(history.nth(2)).toContainText('Nhập tổng ngày');
  await expect(history.nth(2)).toContainText('→ 10.000.000 đ');
  await expect(history.nth(3)).toContainText('300.000 đ → 3.000.000 đ');
  await expect(history.nth(3)).toContainText('Thiếu số 0');
  await expect(history.nth(5)).toContainText('Hoàn tác ngay sau khi nhập');
  await expect(history.nth(6)).toContainText('200.000 đ');

  await sales.openFairSection(DEMO, 'Báo cáo');
  await openHeatMap(page, 'Vỉa hè Trần Phú');
  const a07 = boothId(app, 'A07');
  await boothFill(page, a07);
  const box = await page.evaluate((shape) => {
    const stage = window.Konva!.stages[0]!;
    const r = stage.findOne(shape)!.getClientRect();
    const c = stage.container().getBoundingClientRect();
    return { x: c.left + r.x + r.width / 2, y: c.top + r.y + r.height / 2 };
  }, `#booth-${a07}`);
  await page.mouse.click(box.x, box.y);
  const dialog = page.getByRole('dialog', { name: /^Gian A07/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: '10.000.000' })).toHaveCount(1);
  await expect(dialog.getByRole('row').filter({ hasText: 'Hoàn tác ngay sau khi nhập' })).toHaveCount(1);
  await page.keyboard.press('Escape');

  // Coloured by revenue per m², the legend speaks per m².
  await page.getByRole('combobox', { name: /^Tô màu theo/ }).selectOption('revenuePerM2');
  await expect(page.getByLabel('Chú giải')).toContainText('/m²');
});
