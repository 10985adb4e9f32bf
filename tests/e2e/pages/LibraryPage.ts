import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The home screen, in the words a person would use. Labels are Vietnamese unless `en` is set. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  fairRow(name: string | RegExp): Locator {
    return this.page.getByRole('row', { name });
  }

  async switchLanguage(language: 'vi' | 'en'): Promise<void> {
    const label = /^(Ngôn ngữ|Language)$/;
    await this.page.getByLabel(label).selectOption(language);
  }

  async createFair(fields: { name: string; venue?: string; organizer?: string; firstDay: string; lastDay: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Hội chợ mới' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Hội chợ mới' });
    await dialog.getByLabel('Tên hội chợ').fill(fields.name);
    if (fields.venue) await dialog.getByLabel('Địa điểm').fill(fields.venue);
    if (fields.organizer) await dialog.getByLabel('Đơn vị tổ chức').fill(fields.organizer);
    // Typed as a Vietnamese office writes a date (dd/mm/yyyy), whatever the browser's locale.
    const typed = (iso: string) => iso.split('-').reverse().join('/');
    await dialog.getByLabel('Từ ngày').fill(typed(fields.firstDay));
    await dialog.getByLabel('Đến ngày').fill(typed(fields.lastDay));
    await dialog.getByRole('button', { name: 'Tạo' }).click();
  }

  async exportFair(name: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.fairRow(name).getByRole('button', { name: 'Xuất tệp' }).click();
    return download;
  }

  async deleteFair(name: string): Promise<void> {
    await this.fairRow(name).getByRole('button', { name: 'Xóa…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Xóa “${name}”?` });
    await dialog.getByRole('button', { name: 'Xóa hội chợ' }).click();
    await expect(this.fairRow(name)).toHaveCount(0);
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập tệp hội chợ…' }).click();
    await (await chooser).setFiles(path);
  }
}
