import { expect, type Locator, type Page } from '@playwright/test';

/** The sales screen, in the words staff see (Vietnamese). */
export class SalesPage {
  constructor(readonly page: Page) {}

  async openFairSection(fairName: string, section: 'Doanh thu' | 'Báo cáo'): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Các mục của hội chợ' });
    if (!(await nav.isVisible()))
      await this.page.getByRole('row', { name: fairName }).getByRole('button', { name: 'Mở', exact: true }).click();
    await nav.getByRole('link', { name: section }).click();
  }

  get day(): Locator {
    return this.page.getByRole('combobox', { name: /^Ngày/ });
  }
  get booth(): Locator {
    return this.page.getByRole('combobox', { name: 'Gian hàng' });
  }
  get amount(): Locator {
    return this.page.getByRole('textbox', { name: 'Số tiền (đồng)' });
  }
  get dayTotal(): Locator {
    return this.page.getByTestId('sales-day-total');
  }

  /** One entry, keyboard only: booth, Tab, amount, Enter. */
  async typeSale(booth: string, amount: string): Promise<void> {
    await expect(this.booth).toBeFocused();
    await this.page.keyboard.type(booth);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(amount);
    await this.page.keyboard.press('Enter');
    await expect(this.booth).toHaveValue('');
  }

  entryRow(booth: string, amount: string): Locator {
    return this.page.locator('.sales-table tbody tr').filter({ hasText: booth }).filter({ hasText: amount });
  }
}
