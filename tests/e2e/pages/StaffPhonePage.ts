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

  /** Taps the amount on the keypad, key by key (`1`, `,`, `5`, `tr`), checks what was read, saves. */
  async recordSale(keys: string[], read: string): Promise<void> {
    const keypad = this.page.getByRole('group', { name: 'Bàn phím số tiền' });
    for (const key of keys) await keypad.getByRole('button', { name: key, exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(read);
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(/^\s*$/);
  }
}
