import { test, expect, openApp } from './fixtures';
import { SalesPage } from './pages/SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const dong = (text: string) => Number(text.replace(/\D/g, ''));

test('ten sales typed with the keyboard only, one voided: the day total follows', async ({ page, app }) => {
  await openApp(page, app);
  const sales = new SalesPage(page);
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
    ['B04', '99k', 99_000],
  ];
  for (const [booth, amount] of typed) await sales.typeSale(booth, amount);
  const added = typed.reduce((n, [, , v]) => n + v, 0);
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + added);
  await page.screenshot({ path: '/tmp/sales-entry.png', fullPage: false });

  // Void the 2tr5 entry of B01 with a reason, from the keyboard.
  await sales.entryRow('B01', '2.500.000').getByRole('button', { name: /^Huỷ dòng B01/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Huỷ dòng doanh thu' });
  await page.keyboard.type('Nhập nhầm gian');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => dong(await sales.dayTotal.innerText())).toBe(before + added - 2_500_000);
  await expect(sales.entryRow('B01', '2.500.000')).toContainText('Đã huỷ: Nhập nhầm gian');
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
  await expect(page.getByText('= 1.500.000 ₫')).toBeVisible();
  await sales.amount.press('Enter');
  await expect(page.getByText('Không có gian hàng số này.')).toBeVisible();
  await sales.booth.fill('A01');
  await sales.amount.fill('150tr');
  await sales.amount.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Số tiền lớn bất thường' });
  await expect(confirm).toContainText('150.000.000');
  await confirm.getByRole('button', { name: 'Huỷ' }).click();
  await expect(sales.dayTotal).toHaveText(before);
});
