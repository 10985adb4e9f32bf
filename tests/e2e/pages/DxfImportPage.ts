import { expect, type Locator, type Page } from '@playwright/test';

/** The DXF import dialog: preview points are clicked where the drawing's units put them. */
export class DxfImportPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Nhập bản vẽ địa điểm (DXF)' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Ảnh nền' }).click();
    await this.page.getByRole('button', { name: /^(Nhập DXF…|Thay bằng tệp DXF khác…)$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  async choose(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Chọn tệp DXF…' }).click();
    await (await chooser).setFiles(path);
  }

  /** Clicks the preview at a point of the drawing (its units, y down from its top-left). */
  async clickAt(x: number, y: number): Promise<void> {
    const at = await this.page.getByTestId('dxf-preview').evaluate(
      (svg, [px, py]) => {
        const m = (svg as SVGSVGElement).getScreenCTM()!;
        const p = new DOMPoint(px, py).matrixTransform(m);
        return { x: p.x, y: p.y };
      },
      [x, y] as const,
    );
    // A little off the corner: the click snaps to it.
    await this.page.mouse.click(at.x + 3, at.y - 2);
  }

  /** How many layers the preview draws. */
  async drawnLayers(): Promise<number> {
    return this.page.getByTestId('dxf-preview').locator('path').count();
  }
}
