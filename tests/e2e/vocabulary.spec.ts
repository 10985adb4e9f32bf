import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

/** The words a Vietnamese fair office reads, in a Vietnamese UI on an English (en-US) browser. */
const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';
const SHOTS = '/tmp/vocab4/shots';

test.describe('Vietnamese UI in an English (en-US) browser', () => {
  test.use({ locale: 'en-US', uiLanguage: 'vi' });

  test('the dashboard counts booths "trong tổng số" and names revenue per m² as an office does', async ({ page, app }) => {
    mkdirSync(SHOTS, { recursive: true });
    await openApp(page, app);
    await page.screenshot({ path: `${SHOTS}/library-vi.png`, fullPage: true });
    await page.getByRole('row', { name: DEMO }).getByRole('button', { name: 'Mở', exact: true }).click();
    const sections = page.getByRole('navigation', { name: 'Các mục của hội chợ' });
    await sections.getByRole('link', { name: 'Báo cáo' }).click();
    await expect(page.getByText(/^trong tổng số \d+ gian$/)).toBeVisible();
    await expect(page.getByText('Doanh thu bình quân/m²', { exact: true })).toBeVisible();
    await expect(page.getByText(/^tính trên tổng diện tích [\d.,]+ m² gian hàng$/)).toBeVisible();
    await expect(page.getByText(/trên \d+ gian/)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/dashboard-vi.png`, fullPage: true });
    for (const [section, shot] of [
      ['Mặt bằng', 'plan'],
      ['Đơn vị tham gia', 'exhibitors'],
      ['Chuyển khoản', 'transfers'],
      ['Doanh thu', 'sales'],
    ] as const) {
      const link = sections.getByRole('link', { name: section, exact: true });
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('Đang tải…')).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/${shot}-vi.png`, fullPage: true });
    }
  });
});

test.describe('English UI in a Vietnamese (vi-VN) browser', () => {
  test.use({ locale: 'vi-VN', uiLanguage: 'en' });

  test('provinces and banks are offered under their English forms; the dashboard says "out of … in total"', async ({ page, app }) => {
    mkdirSync(SHOTS, { recursive: true });
    await openApp(page, app);
    await page.getByRole('row', { name: DEMO }).getByRole('button', { name: 'Open', exact: true }).click();
    const sections = page.getByRole('navigation', { name: 'Fair sections' });
    await sections.getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByText(/^out of \d+ booths in total$/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png`, fullPage: true });

    await sections.getByRole('link', { name: 'Bank transfers' }).click();
    const bank = page.getByRole('combobox', { name: 'Bank' });
    await expect(bank.getByRole('option', { name: 'ACB – Ngan hang TMCP A Chau' })).toHaveCount(1);
    await expect(bank.getByRole('option', { name: /Ngân hàng/ })).toHaveCount(0);

    await sections.getByRole('link', { name: 'Exhibitors' }).click();
    await page.getByRole('button', { name: 'New exhibitor' }).click();
    const province = page.getByRole('dialog').getByRole('combobox', { name: /^Province/ });
    await expect(province.getByRole('option', { name: 'Ho Chi Minh City' })).toHaveCount(1);
    await province.selectOption({ label: 'Hai Phong' });
    // Stored under its official name, whatever the language it was picked in.
    await expect(province).toHaveValue('Hải Phòng');
    await page.screenshot({ path: `${SHOTS}/exhibitor-form-en.png`, fullPage: true });
  });
});
