import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { openApp, type RunningApp } from '../fixtures';
import { SalesPage } from './SalesPage';

const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

/** Reads a QR code off the screen, as a phone camera would: a screenshot of the element, decoded. */
export async function readQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('No QR code found in the image');
  return code.data;
}

/** The words of the staff page a test taps by, in each of its languages. */
const WORDS = {
  vi: {
    name: 'Tên của bạn',
    join: 'Tham gia',
    who: 'Máy',
    change: 'Đổi',
    search: 'Số gian hoặc tên đơn vị',
    keypad: 'Bàn phím số tiền',
    backspace: 'Xóa ký tự cuối',
    save: 'Lưu',
  },
  en: {
    name: 'Your name',
    join: 'Join',
    who: 'Phone',
    change: 'Change',
    search: 'Booth number or exhibitor',
    keypad: 'Amount keypad',
    backspace: 'Delete last character',
    save: 'Save',
  },
} as const;
export type PhoneLanguage = keyof typeof WORDS;

/** A cheap phone held in one hand: touch, 390 × 844, in Vietnamese (or English: the page follows the phone's language). */
export async function openPhone(
  browser: Browser,
  language: PhoneLanguage = 'vi',
): Promise<{ context: BrowserContext; phone: StaffPhonePage }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: language === 'vi' ? 'vi-VN' : 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
    userAgent: 'Mozilla/5.0 (Linux; Android 12; Redmi 10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  });
  return { context, phone: new StaffPhonePage(await context.newPage(), language) };
}

/** The staff page, in the words staff see, driven by taps. */
export class StaffPhonePage {
  private readonly words: (typeof WORDS)[PhoneLanguage];
  constructor(
    readonly page: Page,
    language: PhoneLanguage = 'vi',
  ) {
    this.words = WORDS[language];
  }

  async join(url: string, name: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('textbox', { name: this.words.name }).fill(name);
    await this.page.getByRole('button', { name: this.words.join }).tap();
    await expect(this.page.getByText(`${name} · ${this.words.who}`)).toBeVisible();
  }

  get outbox(): Locator {
    return this.page.getByTestId('phone-outbox');
  }

  async chooseBooth(search: string, number: string): Promise<void> {
    const card = this.page.getByTestId('phone-booth');
    if (await card.isVisible()) {
      if ((await card.innerText()) === number) return;
      await this.page.getByRole('button', { name: this.words.change }).tap();
    }
    await this.page.getByRole('searchbox', { name: this.words.search }).fill(search);
    await this.page.getByRole('button', { name: new RegExp(`^${number} `) }).tap();
    await expect(card).toHaveText(number);
  }

  get keypad(): Locator {
    return this.page.getByRole('group', { name: this.words.keypad });
  }

  /** Taps the amount on the keypad, key by key (`1`, `,`, `5`, `tr`), and checks what was read. */
  async typeAmount(keys: string[], read: string | RegExp): Promise<void> {
    for (const key of keys) await this.keypad.getByRole('button', { name: key, exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(read);
  }

  /** Empties the amount with the ⌫ key, one character at a time. */
  async clearAmount(): Promise<void> {
    const typed = this.page.getByTestId('phone-typed');
    const hint = typed.locator('.phone-hint');
    for (let i = 0; i < 25 && !(await hint.isVisible()); i++) await this.keypad.getByRole('button', { name: this.words.backspace }).tap();
    await expect(hint).toBeVisible();
  }

  /** Taps the amount, checks what was read, saves. */
  async recordSale(keys: string[], read: string | RegExp): Promise<void> {
    await this.typeAmount(keys, read);
    await this.page.getByRole('button', { name: this.words.save, exact: true }).tap();
    await expect(this.page.getByTestId('phone-read')).toHaveText(/^\s*$/);
  }

  /** The entry of the list for this booth and amount (newest first). */
  entry(booth: string, amount: string): Locator {
    return this.page.getByTestId('phone-entry').filter({ hasText: `${booth} ${amount}` });
  }
}

/** The organizer switches staff mode on; a phone joins from the QR code. */
export async function joinedPhone(page: Page, app: RunningApp, browser: Browser, name: string, language: PhoneLanguage = 'vi') {
  await openApp(page, app);
  await new SalesPage(page).openFairSection(DEMO, 'Doanh thu');
  await page.getByRole('button', { name: 'Điện thoại nhân viên' }).click();
  const panel = page.getByRole('dialog', { name: 'Chế độ nhân viên: nhập doanh thu bằng điện thoại' });
  await panel.getByRole('button', { name: 'Bật chế độ nhân viên' }).click();
  const joinUrl = await readQr(panel.getByTestId('staff-join-qr'));
  const opened = await openPhone(browser, language);
  await opened.phone.join(joinUrl, name);
  const fairId = app.core.ctx.library.list().fairs[0]!.id;
  return { ...opened, panel, joinUrl, fairId, db: app.core.ctx.library.db(fairId) };
}
