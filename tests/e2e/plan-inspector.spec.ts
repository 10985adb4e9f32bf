import { test, expect } from './fixtures';
import { openDemoArea } from './pages/demoPlan';

test('the booth form, kept ready while nothing is selected, shows the booth pressed and hides again when nothing is', async ({
  page,
  app,
}) => {
  const plan = await openDemoArea(page, app);
  const hint = page.getByText('Chọn một gian hàng để sửa.', { exact: false });
  const form = page.locator('form.plan-inspector');
  await expect(hint).toBeVisible();
  // Made ready in idle time, hidden: in the page, but nobody can see or reach it.
  await expect(form).toHaveCount(1);
  await expect(form).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Số gian' })).toHaveCount(0);

  const press = async (number: string, modifiers: ('Shift' | 'Control')[] = []) => {
    const b = await plan.booth(number);
    const p = await plan.pagePoint(b.x + b.width / 2, b.y + b.height / 2);
    for (const m of modifiers) await page.keyboard.down(m);
    await page.mouse.click(p.x, p.y);
    for (const m of modifiers) await page.keyboard.up(m);
  };
  // Neither is the booth the form was made ready for.
  const readyFor = await form.locator('input').first().inputValue();
  const numbers = (await plan.boothNumbers()).filter((n) => n !== readyFor);
  const [first, second] = [numbers[3]!, numbers[5]!];
  await press(first);
  await expect(form).toBeVisible();
  await expect(hint).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Số gian' })).toHaveValue(first);
  await press(second);
  await expect(page.getByRole('textbox', { name: 'Số gian' })).toHaveValue(second);

  // Two booths: their shared fields, no booth form, hidden or not.
  await press(first, ['Shift']);
  await expect(page.getByText('Đã chọn 2 mục')).toBeVisible();
  await expect(form).toHaveCount(0);

  // Nothing selected: the hint again, the form hidden and out of reach.
  await page.keyboard.press('Escape');
  await expect(hint).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Số gian' })).toHaveCount(0);

  // An edit through the form that was ready reaches the booth pressed, not the one it was made for.
  await press(first);
  await page.getByRole('textbox', { name: 'Số gian' }).fill(`${first}X`);
  await page.getByRole('textbox', { name: 'Số gian' }).press('Enter');
  await expect.poll(async () => (await plan.boothNumbers()).includes(`${first}X`)).toBe(true);
  expect(await plan.boothNumbers()).not.toContain(first);
});
