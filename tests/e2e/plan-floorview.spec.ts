import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { buildBenchPage, serve } from '../bench/plan-page';

// FloorView as other screens embed it, hosted by the plan bench page (its own build entry).
let dir: string;
let server: Server;
let url: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'fairfloor-floorview-'));
  await buildBenchPage(dir);
  ({ server, url } = await serve(dir));
});
test.afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function boothPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('floor-view').boundingBox())!;
  const p = await page.evaluate((boothId) => {
    const stage = window.Konva!.stages[0]!;
    const a = stage.findOne(`#booth-${boothId}`)!.getAttrs() as { x: number; y: number; width: number; height: number };
    return stage.getAbsoluteTransform().point({ x: a.x + a.width / 2, y: a.y + a.height / 2 });
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}
const events = (page: Page) => page.evaluate(() => window.floorEvents ?? []);

test('FloorView draws labels, fills and highlights, and reports clicks, booth-to-booth drags and drops from a list', async ({ page }) => {
  await page.goto(`${url}?mode=floorview&n=40`);
  await page.waitForFunction(() => window.bench?.ready);
  const attrs = (id: string) =>
    page.evaluate((i) => window.Konva!.stages[0]!.findOne(`#${i}`)?.getAttrs() as Record<string, unknown> | undefined, id);
  await expect.poll(async () => (await attrs('booth-label-b0'))?.text).toBe('H00001\nChâu Long');
  expect((await attrs('booth-b2'))?.fill).toBe('#ffc9c9');
  expect(await attrs('highlight-b1')).toMatchObject({ strokeWidth: 3 });
  await expect(page.getByText('Chú giải')).toBeVisible();

  const b3 = await boothPoint(page, 'b3');
  await page.mouse.click(b3.x, b3.y);
  await expect.poll(() => events(page)).toEqual([{ click: 'b3' }]);

  const before = await attrs('booth-b4');
  const from = await boothPoint(page, 'b4');
  const to = await boothPoint(page, 'b5');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => events(page)).toEqual([{ click: 'b3' }, { from: 'b4', to: 'b5' }]);
  expect(await attrs('booth-b4')).toEqual(before);

  const target = await boothPoint(page, 'b6');
  const canvas = (await page.getByTestId('floor-view').boundingBox())!;
  await page
    .getByText('Châu Long', { exact: true })
    .dragTo(page.getByTestId('floor-view'), { targetPosition: { x: target.x - canvas.x, y: target.y - canvas.y } });
  await expect.poll(async () => (await events(page)).at(-1)).toEqual({ drop: 'b6', data: 'exhibitor-7' });
});
