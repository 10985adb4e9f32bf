import type { Page } from '@playwright/test';
import { openApp, type RunningApp } from '../fixtures';
import { LibraryPage } from './LibraryPage';
import { PlanPage } from './PlanPage';

export const DEMO = 'Hội chợ Sản phẩm truyền thống và Ẩm thực Hải Phòng 2025';

/** Opens the demo fair's plan on one of its areas (the garden, Vườn hoa Kim Đồng, unless told). */
export async function openDemoArea(page: Page, app: RunningApp, area = 'Vườn hoa Kim Đồng'): Promise<PlanPage> {
  await openApp(page, app);
  await new LibraryPage(page).fairRow(DEMO).getByRole('button', { name: 'Mở', exact: true }).click();
  const plan = new PlanPage(page);
  await plan.waitForStage();
  await plan.selectArea(area);
  return plan;
}

/** The D tool's two clicks, each a few pixels off the given points of the plan (they snap to booth corners). */
export async function placeDimension(
  page: Page,
  plan: PlanPage,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.keyboard.press('d');
  const a = await plan.pagePoint(from.x, from.y);
  const b = await plan.pagePoint(to.x, to.y);
  await page.mouse.move(a.x + 3, a.y - 2);
  await page.mouse.click(a.x + 3, a.y - 2);
  await page.mouse.move(b.x - 2, b.y + 3, { steps: 8 });
  await page.mouse.click(b.x - 2, b.y + 3);
}
