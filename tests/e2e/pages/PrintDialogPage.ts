import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Print / PDF dialog of an open fair, in Vietnamese. */
export class PrintDialogPage {
  readonly dialog: Locator;

  /** @param title the dialog's title: the general print dialog, or one opened from a screen (the heat map's). */
  constructor(
    readonly page: Page,
    title = 'In hoặc lưu thành PDF',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'In / PDF' }).click();
    await expect(this.dialog).toBeVisible();
  }

  choose(label: string, value: string): Promise<string[]> {
    return this.dialog.getByLabel(label, { exact: true }).selectOption({ label: value });
  }

  async make(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Tạo PDF|Tạo lại)$/ }).click();
  }

  /** Waits until the first page is drawn in the preview; returns its caption. */
  async previewCaption(): Promise<string> {
    // A ceiling for a hang, not a speed: a 6,000-booth A0 map takes minutes on a busy two-core machine.
    await expect(this.dialog.getByTestId('print-preview')).toHaveAttribute('data-rendered', 'yes', { timeout: 180_000 });
    return (await this.dialog.getByRole('figure').locator('figcaption').textContent()) ?? '';
  }

  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Lưu PDF' }).click();
    return download;
  }
}
