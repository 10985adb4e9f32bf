import { expect, type Page } from '@playwright/test';

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

  async waitForStage(): Promise<void> {
    await this.page.waitForFunction(() => (window.Konva?.stages.length ?? 0) > 0 && !!window.Konva!.stages[0]!.findOne('#area'));
  }

  /** Every booth drawn on the stage (all of the shown area), keyed by booth id. */
  async booths(): Promise<BoothShape[]> {
    return this.page.evaluate(() => {
      const stage = window.Konva!.stages[0]!;
      return stage.find((n: { id: () => string }) => /^booth-(?!label-)/.test(n.id())).map((n) => {
        const id = n.id().slice('booth-'.length);
        const label = stage.findOne(`#booth-label-${id}`);
        const a = n.attrs as Record<string, number | string | undefined>;
        return { id, x: Number(a.x ?? 0), y: Number(a.y ?? 0), width: Number(a.width), height: Number(a.height), rotation: Number(a.rotation ?? 0), fill: String(a.fill), label: String(label?.getAttr('text') ?? '') };
      });
    });
  }

  async boothNumbers(): Promise<string[]> {
    return (await this.booths()).map((b) => b.label.split('\n')[0]!).sort();
  }

  async selectArea(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
}
