import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const dong = (text: string) => Number(text.replace(/\D/g, ''));

async function openSales(page: Page): Promise<SalesPage> {
  const sales = new SalesPage(page);
  await sales.openFairSection(DEMO, 'Doanh thu');
  return sales;
}

test('clearing a grid cell says how many entries it voids and asks; Cancel keeps them; Enter walks down the column; undo puts them back', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openSales(page);
  await page.getByRole('tab', { name: 'Bảng theo ngày' }).click();
  const cell = page.getByRole('textbox', { name: 'A01, 05/07/2025' });
  const gridTotal = page.getByTestId('grid-total');
  const before = await cell.inputValue();
  const totalBefore = dong(await gridTotal.innerText());
  expect(dong(before)).toBeGreaterThan(0);

  // Backspace + Tab used to void the day with a toast as the only sign.
  await cell.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  const ask = page.getByRole('dialog', { name: 'Xóa doanh thu ngày này?' });
  await expect(ask).toContainText(/Gian A01, ngày 05\/07\/2025: \d+ lượt ghi/);
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(ask).toHaveCount(0);
  await expect(cell).toHaveValue(before);
  expect(dong(await gridTotal.innerText())).toBe(totalBefore);

  // Confirmed, the day is cleared; the grid's undo brings the entries back.
  await cell.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await ask.getByRole('button', { name: /^Hủy \d+ lượt ghi$/ }).click();
  await expect(cell).toHaveValue('');
  await expect.poll(async () => dong(await gridTotal.innerText())).toBe(totalBefore - dong(before));
  await page.getByRole('button', { name: /^Hoàn tác thay đổi vừa rồi trong bảng: A01/ }).click();
  await expect(cell).toHaveValue(before);
  await expect.poll(async () => dong(await gridTotal.innerText())).toBe(totalBefore);

  // Enter saves and moves down the same day's column; the booth filter narrows the rows.
  const b01 = page.getByRole('textbox', { name: 'B01, 07/07/2025' });
  await page.getByRole('searchbox', { name: 'Gian hoặc đơn vị' }).fill('b0');
  await expect(page.getByRole('textbox', { name: 'A01, 05/07/2025' })).toHaveCount(0);
  const several =
    ((await b01.getAttribute('title')) ?? '').includes('lượt ghi') || ((await b01.getAttribute('title')) ?? '').includes('dòng');
  await b01.click();
  await page.keyboard.type('2tr');
  await page.keyboard.press('Enter');
  // Several entries folded into one figure: asked too, then the cell below has the focus.
  if (several)
    await page
      .getByRole('dialog', { name: 'Thay các lượt ghi?' })
      .getByRole('button', { name: /^Thay \d+ lượt ghi$/ })
      .click();
  await expect(page.getByRole('textbox', { name: 'B02, 07/07/2025' })).toBeFocused();
  await expect(b01).toHaveValue('2.000.000');
});

test('the same booth and amount typed twice asks before saving, Enter saves from the payment select, a booth not for rent says so', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const sales = await openSales(page);
  const before = dong(await sales.dayTotal.innerText());
  await sales.booth.focus();
  await sales.typeSale('A03', '450k');
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + 450_000);

  await page.keyboard.type('a3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('450.000');
  await page.keyboard.press('Tab');
  // The payment select has the focus: Enter saves from it too.
  await expect(page.getByRole('combobox', { name: 'Thanh toán' })).toBeFocused();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Đã ghi rồi?' });
  await expect(ask).toContainText('Gian A03 đã có 450.000');
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(ask).toHaveCount(0);
  expect(dong(await sales.dayTotal.innerText())).toBe(before + 450_000);
  await sales.amount.press('Enter');
  await ask.getByRole('button', { name: 'Đúng, ghi thêm lượt này' }).click();
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + 900_000);
  await expect(sales.entryRow('A03', '450.000')).toHaveCount(2);
});

test('visitor counts are whole numbers, and a day is counted per gate or as one figure, never both added', async ({ page, app }) => {
  await openApp(page, app);
  await openSales(page);
  await page.getByRole('tab', { name: 'Lượt khách' }).click();
  // Outside the fair's days the form starts on its first day.
  await expect(page.getByRole('combobox', { name: /^Ngày/ })).toHaveValue('2025-07-05');
  const count = page.getByRole('textbox', { name: 'Lượt khách' });
  const total = page.getByRole('row', { name: /Tổng hội chợ/ });
  const before = dong(await total.innerText());
  const dayRow = page.getByRole('row', { name: /06\/07\/2025 Tất cả các cổng/ });
  const single = dong((await dayRow.getByRole('cell').nth(2).innerText()) ?? '');

  await page.getByRole('combobox', { name: /^Ngày/ }).selectOption('2025-07-06');
  await count.fill('1.5');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Lượt khách là số nguyên: 1.500 là một nghìn năm trăm, 1.5 không hợp lệ.')).toBeVisible();
  await count.fill('1,5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '1.5 không hợp lệ' })).toBeVisible();
  expect(dong(await total.innerText())).toBe(before);

  await page.getByRole('textbox', { name: 'Cổng' }).fill('Cổng Bắc');
  await count.fill('3.400');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Đếm ngày 06/07/2025 theo từng cổng?' });
  await expect(ask).toContainText(`${single.toLocaleString('vi-VN')} lượt khách`);
  await ask.getByRole('button', { name: 'Đếm theo từng cổng' }).click();
  await expect(page.getByRole('row', { name: /06\/07\/2025 Cổng Bắc 3\.400/ })).toBeVisible();
  await expect(dayRow).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Cổng' }).fill('Cổng Nam');
  await count.fill('3500');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /06\/07\/2025 Cổng Nam 3\.500/ })).toBeVisible();
  await expect.poll(async () => dong(await total.innerText())).toBe(before - single + 3_400 + 3_500);

  // Back to one figure asks again and replaces the gates.
  await page.getByRole('textbox', { name: 'Cổng' }).fill('');
  await count.fill('5.200');
  await page.keyboard.press('Enter');
  const back = page.getByRole('dialog', { name: 'Đếm ngày 06/07/2025 bằng một số chung?' });
  await back.getByRole('button', { name: 'Dùng một số chung' }).click();
  await expect.poll(async () => dong(await total.innerText())).toBe(before - single + 5_200);
  await expect(page.getByRole('row', { name: /06\/07\/2025 Cổng/ })).toHaveCount(0);
});
