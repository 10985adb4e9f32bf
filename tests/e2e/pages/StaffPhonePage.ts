import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code off the screen, as a phone camera would: a screenshot of the element, decoded. */
export async function readQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('No QR code found in the image');
  return code.data;
}

/** A cheap phone held in one hand: touch, 390 × 844, Vietnamese. */
export async function openPhone(browser: Browser): Promise<{ context: BrowserContext; phone: StaffPhonePage }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    userAgent: 'Mozilla/5.0 (Linux; Android 12; Redmi 10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  });
  return { context, phone: new StaffPhonePage(await context.newPage()) };
}

/** The staff page, in the words staff see (Vietnamese), driven by taps. */
export class StaffPhonePage {
  constructor(readonly page: Page) {}

  async join(url: string, name: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('textbox', { name: 'Tên của bạn' }).fill(name);
    await this.page.getByRole('button', { name: 'Tham gia' }).tap();
    await expect(this.page.getByText(`${name} · Máy`)).toBeVisible();
  }

  get outbox(): Locator {
    return this.page.getByTestId('phone-outbox');
  }

  async chooseBooth(search: string, number: string): Promise<void> {
    const card = this.page.getByTestId('phone-booth');
    if (await card.isVisible()) {
      if ((await card.innerText()) === number) return;
      await this.page.getByRole('button', { name: 'Đổi' }).tap();
    }
    await this.page.getByRole('searchbox', { name: 'Số gian hoặc tên đơn vị' }).fill(search);
    await this.page.getByRole('button', { name: new RegExp(`^${number} `) }).tap();
    await expect(card).toHaveText(number);
  }

  get keypad(): Locator {
    return this.page.getByRole('group', { name: 'Bàn phím số tiền' });
  }

  /** Taps the amount on the keypad, key by key (`1`, `,`, `5`, `tr`), and checks what was read. */
  async typeAmount(keys: string[], read: string): Promise<void> {
    for (const key of keys) await this.keypad.getByRole('button', { name: key, exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(read);
  }

  /** Empties the amount with the ⌫ key, one character at a time. */
  async clearAmount(): Promise<void> {
    const typed = this.page.getByTestId('phone-typed');
    const hint = typed.locator('.phone-hint');
    for (let i = 0; i < 25 && !(await hint.isVisible()); i++) await this.keypad.getByRole('button', { name: 'Xóa ký tự cuối' }).tap();
    await expect(hint).toBeVisible();
  }

  /** Taps the amount, checks what was read, saves. */
  async recordSale(keys: string[], read: string): Promise<void> {
    await this.typeAmount(keys, read);
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(/^\s*$/);
  }

  /** The entry of the list for this booth and amount (newest first). */
  entry(booth: string, amount: string): Locator {
    return this.page.getByTestId('phone-entry').filter({ hasText: `${booth} ${amount}` });
  }
}
