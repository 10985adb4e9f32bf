import { test, expect, openApp } from './fixtures';

/**
 * The UI language decides how dates, numbers and money read, not the browser's locale: a
 * Vietnamese office on an English Windows, an English-speaking partner on a Vietnamese laptop.
 */
const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

test.describe('Vietnamese UI in an English (en-US) browser', () => {
  test.use({ locale: 'en-US', uiLanguage: 'vi' });

  test('dates, money and the date field follow Vietnamese, day first', async ({ page, app }) => {
    await openApp(page, app);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const demo = page.getByRole('row', { name: DEMO });
    await expect(demo).toContainText('05/07/2025 – 07/07/2025');
    await demo.getByRole('button', { name: 'Mở', exact: true }).click();
    await page.getByRole('navigation', { name: 'Các mục của hội chợ' }).getByRole('link', { name: 'Báo cáo' }).click();
    // Money on screen as "704.670.000 đ": dots between thousands, đ after, whatever en-US would do.
    await expect(page.getByText(/^\d{1,3}(\.\d{3})+\u00a0đ$/).first()).toBeVisible();
    await expect(page.getByText(/\d,\d{3}/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Thông tin hội chợ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thông tin hội chợ' });
    const first = dialog.getByRole('textbox', { name: 'Từ ngày' });
    await expect(first).toHaveValue('05/07/2025');
    await expect(first).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await expect(dialog.getByText('= Thứ Bảy, 05/07/2025')).toBeVisible();

    // Typed day first, as a Vietnamese office writes it: 6/7/25 is the 6th of July, a Sunday.
    await first.fill('6/7/25');
    await expect(dialog.getByText('= Chủ Nhật, 06/07/2025')).toBeVisible();
    await first.press('Tab');
    await expect(first).toHaveValue('06/07/2025');

    // A day that does not exist is refused in place, saying what to do.
    await first.fill('31/02/2025');
    await first.press('Tab');
    await expect(dialog.getByText('Không có ngày này. Hãy kiểm tra ngày và tháng (ví dụ 05/07/2025).')).toBeVisible();
    await expect(first).toHaveAttribute('aria-invalid', 'true');

    // The calendar: opened from the keyboard, moved with the arrows, chosen with Enter.
    await first.fill('05/07/2025');
    await first.press('Alt+ArrowDown');
    const calendar = dialog.getByRole('dialog', { name: 'Lịch' });
    await expect(calendar.getByText('Tháng 7 năm 2025')).toBeVisible();
    await expect(calendar.getByRole('columnheader').first()).toHaveText('T2');
    await expect(calendar.getByRole('button', { name: 'Thứ Bảy, 05/07/2025' })).toBeFocused();
    await page.screenshot({ path: '/tmp/v3/shots/calendar-vi-in-en-browser.png' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(calendar).toHaveCount(0);
    await expect(first).toHaveValue('07/07/2025');
    await expect(first).toBeFocused();

    // And with the mouse: the next month, the 1st.
    await dialog.getByRole('button', { name: 'Chọn trên lịch' }).first().click();
    await calendar.getByRole('button', { name: 'Tháng sau' }).click();
    await expect(calendar.getByText('Tháng 8 năm 2025')).toBeVisible();
    await calendar.getByRole('button', { name: 'Thứ Sáu, 01/08/2025' }).click();
    await expect(first).toHaveValue('01/08/2025');
  });
});

test.describe('English UI in a Vietnamese (vi-VN) browser', () => {
  test.use({ locale: 'vi-VN', uiLanguage: 'en' });

  test('dates, money and the date field follow English, month first', async ({ page, app }) => {
    await openApp(page, app);
    expect(await page.evaluate(() => navigator.language)).toBe('vi-VN');
    const demo = page.getByRole('row', { name: DEMO });
    await expect(demo).toContainText('Jul 5, 2025 – Jul 7, 2025');
    await demo.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('navigation', { name: 'Fair sections' }).getByRole('link', { name: 'Reports' }).click();
    // Money as "VND 704,670,000": commas between thousands, never the dots vi-VN would give.
    await expect(page.getByText(/^VND\u00a0\d{1,3}(,\d{3})+$/).first()).toBeVisible();
    await expect(page.getByText(/\d\.\d{3}\u00a0đ/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Fair details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fair details' });
    const first = dialog.getByRole('textbox', { name: 'First day' });
    await expect(first).toHaveValue('07/05/2025');
    await expect(first).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    await expect(dialog.getByText('= Saturday, Jul 5, 2025')).toBeVisible();
    await first.fill('7/6/2025');
    await expect(dialog.getByText('= Sunday, Jul 6, 2025')).toBeVisible();
    await first.fill('Jul 4, 2025');
    await expect(dialog.getByText('= Friday, Jul 4, 2025')).toBeVisible();
    await first.fill('13/07/2025');
    await first.press('Tab');
    await expect(dialog.getByText('There is no such day. Check the day and the month (e.g. 07/05/2025).')).toBeVisible();

    await first.fill('07/05/2025');
    await dialog.getByRole('button', { name: 'Choose on a calendar' }).first().click();
    const calendar = dialog.getByRole('dialog', { name: 'Calendar' });
    await expect(calendar.getByText('July 2025')).toBeVisible();
    await expect(calendar.getByRole('columnheader').first()).toHaveText('Mo');
    await page.screenshot({ path: '/tmp/v3/shots/calendar-en-in-vi-browser.png' });
    await calendar.getByRole('button', { name: 'Sunday, Jul 6, 2025' }).click();
    await expect(first).toHaveValue('07/06/2025');
    await page.keyboard.press('Escape');
  });
});
