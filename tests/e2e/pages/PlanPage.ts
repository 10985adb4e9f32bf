import { expect, type Locator, type Page } from '@playwright/test';

/** Booth state as the stage holds it: geometry in metres, the label text, the fill. */
export interface BoothShape {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  fill: string;
  label: string;
}

/** The floor plan screen, read from the Konva stage rather than from pixels. */
export class PlanPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator {
    return this.page.getByTestId('plan-canvas');
  }

  async waitForStage(): Promise<void> {
    await this.page.waitForFunction(() => (window.Konva?.stages.length ?? 0) > 0 && !!window.Konva!.stages[0]!.findOne('#area'));
  }

  /** Every booth drawn on the stage (all of the shown area). */
  async booths(): Promise<BoothShape[]> {
    return this.page.evaluate(() => {
      const stage = window.Konva!.stages[0]!;
      return stage
        .find((n: { id: () => string }) => /^booth-(?!label-)/.test(n.id()))
        .map((n) => {
          const id = n.id().slice('booth-'.length);
          const label = stage.findOne(`#booth-label-${id}`);
          const a = n.attrs as Record<string, number | string | undefined>;
          return {
            id,
            x: Number(a.x ?? 0),
            y: Number(a.y ?? 0),
            width: Number(a.width),
            height: Number(a.height),
            rotation: Number(a.rotation ?? 0),
            fill: String(a.fill),
            label: String(label?.getAttr('text') ?? ''),
          };
        });
    });
  }

  async booth(number: string): Promise<BoothShape> {
    const found = (await this.booths()).find((b) => b.label.split('\n')[0] === number);
    if (!found) throw new Error(`Booth ${number} is not on the stage`);
    return found;
  }

  async boothNumbers(): Promise<string[]> {
    return (await this.booths()).map((b) => b.label.split('\n')[0]!).sort();
  }

  /** Where a point of the plan (metres) is on the page, in CSS pixels. */
  async pagePoint(xM: number, yM: number): Promise<{ x: number; y: number }> {
    const box = (await this.canvas.boundingBox())!;
    const p = await this.page.evaluate(([x, y]) => window.Konva!.stages[0]!.getAbsoluteTransform().point({ x: x!, y: y! }), [xM, yM]);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  /** A person's drag: press, move in steps, release. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  async selectArea(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async saved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Đã lưu mọi thay đổi' })).toBeVisible();
  }
}
