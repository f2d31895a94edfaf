/**
 * The keyboard alone: each control Tab reaches shows where the focus is,
 * and a run can be started and finished without the mouse.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground } from '../app';

interface Focused {
  name: string;
  visible: boolean;
}

/** What has the focus, and whether it is drawn (an outline of 2px or more, or a ring). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    // At least 2px: the browser's own 1px ring is too faint to count.
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow !== 'none' && s.boxShadow !== '';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
    return { name: `${el.tagName.toLowerCase()} "${name}"`, visible: outline || ring };
  });
}

test('every control Tab reaches shows a visible focus outline', async ({ page }) => {
  await new Playground(page).open('?backend=cpu');
  const seen: Focused[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f) seen.push(f);
  }
  expect(seen.length).toBeGreaterThan(30);
  expect(seen.filter((f) => !f.visible).map((f) => f.name)).toEqual([]);
});

test('a run is started with the keyboard alone and trains to the end', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  const train = app.trainButton();
  // Tab until Train has the focus, then press Enter: no click.
  for (let i = 0; i < 200 && !(await train.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(train).toBeFocused();
  expect((await focused(page))?.visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
});
