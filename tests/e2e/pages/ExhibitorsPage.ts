import { expect, type Locator, type Page } from '@playwright/test';

export interface BoothOnStage {
  fill: string;
  label: string;
}

/** The exhibitors section: directory, drag list, map and booth details, in a person's words (Vietnamese). */
export class ExhibitorsPage {
  constructor(readonly page: Page) {}

  async open(fairId: string): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/fair/${fairId}/exhibitors`);
    await this.waitForStage();
  }

  async waitForStage(): Promise<void> {
    await this.page.waitForFunction(() => (window.Konva?.stages.length ?? 0) > 0 && !!window.Konva!.stages[0]!.findOne('#area'));
  }

  /** Toolbar "Import…", choosing the given bytes in the file chooser. */
  async importFile(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  }

  dragList(): Locator {
    return this.page.getByRole('listbox', { name: 'Kéo vào gian hàng' });
  }

  /** A booth's fill and label as the stage draws them. */
  async booth(boothId: string): Promise<BoothOnStage> {
    return this.page.evaluate((id) => {
      const stage = window.Konva!.stages[0]!;
      const rect = stage.findOne(`#booth-${id}`);
      const label = stage.findOne(`#booth-label-${id}`);
      return { fill: String(rect?.getAttr('fill')), label: String(label?.getAttr('text') ?? '') };
    }, boothId);
  }

  /** Where a booth's centre is on the screen, from the stage transform (booths here are not rotated). */
  async boothCenter(boothId: string): Promise<{ x: number; y: number }> {
    const box = (await this.page.getByTestId('floor-view').boundingBox())!;
    const p = await this.page.evaluate((id) => {
      const stage = window.Konva!.stages[0]!;
      const a = stage.findOne(`#booth-${id}`)!.attrs as { x: number; y: number; width: number; height: number };
      const s = stage.scaleX();
      return { x: stage.x() + (a.x + a.width / 2) * s, y: stage.y() + (a.y + a.height / 2) * s };
    }, boothId);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  /** Drags an exhibitor from the side list onto a booth with the mouse, in steps. */
  async dragExhibitorOntoBooth(name: string, boothId: string): Promise<void> {
    await this.page.getByRole('complementary', { name: 'Kéo vào gian hàng' }).getByRole('searchbox').fill(name);
    const item = this.dragList().getByRole('option', { name: new RegExp(name) });
    await item.scrollIntoViewIfNeeded();
    const from = (await item.boundingBox())!;
    const to = await this.boothCenter(boothId);
    await this.page.mouse.move(from.x + 20, from.y + from.height / 2);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await this.page.mouse.move(
        from.x + 20 + ((to.x - from.x - 20) * i) / 10,
        from.y + from.height / 2 + ((to.y - from.y - from.height / 2) * i) / 10,
      );
    await this.page.mouse.up();
  }

  async clickBooth(boothId: string): Promise<void> {
    const p = await this.boothCenter(boothId);
    await this.page.mouse.click(p.x, p.y);
  }

  detail(number: string): Locator {
    return this.page.getByRole('complementary', { name: `Gian ${number}` });
  }

  async expectBooth(boothId: string, expected: Partial<BoothOnStage>): Promise<void> {
    await expect.poll(() => this.booth(boothId)).toMatchObject(expected);
  }
}
