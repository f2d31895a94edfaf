/** Page helpers for the theme, toasts, confirmations and shortcuts specs. */
import { expect, type Page } from '@playwright/test';

/** The header's theme switch. */
export const themeSwitch = (page: Page) => page.getByRole('group', { name: 'Theme' });

/** The page's toasts (a polite status region). */
export const toasts = (page: Page) => page.getByRole('status', { name: 'Notifications' });

/** The page background as the user sees it: the root element's computed colour. */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** The light and dark themes' page backgrounds (app/theme.css). */
export const LIGHT_BG = 'rgb(245, 246, 248)';
export const DARK_BG = 'rgb(16, 19, 23)';

/** Expect the page to be shown in `theme`, by its colours and its colour scheme. */
export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect.poll(() => pageBackground(page)).toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(scheme).toBe(theme);
}
