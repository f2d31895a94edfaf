/**
 * The app in English and 简体中文: the switch in the header re-words the
 * whole page at once and is remembered, together with the theme; and in
 * Chinese, after a short run with every folded group open, the evaluation
 * and a prediction on screen, no English is left beyond proper names and
 * units.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, backendReason, epochValue } from './app';
import { englishLeft } from './english-left';
import { expectTheme, themeSwitch } from './theme-helpers';

const languageSwitch = (page: Page, name: 'Language' | '语言') => page.getByRole('group', { name });

test('the language and the theme switch and back, and both are remembered after a reload', async ({
  page,
}) => {
  const app = new Playground(page);
  await page.emulateMedia({ colorScheme: 'light' });
  // Auto: the engine worker words why it chose its backend.
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.trainButton().click();
  await expect(epochValue(page, 'Epoch')).toHaveText(/^[1-9]/, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText(/^Stopped after epoch \d+\.$/)).toBeVisible();
  await expect(backendReason(page)).toHaveText(/-parameter network$/);

  await languageSwitch(page, 'Language').getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('button', { name: '继续训练', exact: true })).toBeVisible();
  await expect(app.trainButton()).toHaveCount(0);
  // What was said before the switch is said again in Chinese: the engine's
  // reason in the status bar, and the notice under the Train button.
  const status = page.getByRole('group', { name: '状态' });
  await expect(status.getByRole('note', { name: '原因' })).toHaveText(/个参数的网络/);
  await expect(page.getByText(/^已在第 \d+ 轮后停止。$/)).toBeVisible();
  await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: '深色' }).check();
  await expectTheme(page, 'dark');

  await page.reload();
  await expect(languageSwitch(page, '语言').getByRole('button', { name: '中文' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expectTheme(page, 'dark');

  await languageSwitch(page, '语言').getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.trainButton()).toBeVisible();
  await themeSwitch(page).getByRole('radio', { name: 'Light' }).check();
  await expectTheme(page, 'light');
  await page.reload();
  await expect(app.trainButton()).toBeVisible();
  await expectTheme(page, 'light');
});

test('in 中文 no English is left on the page after a run, with every group open', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('nn-playground.language', 'zh'));
  await page.goto('/?backend=cpu');
  const train = page.getByRole('button', { name: '训练', exact: true });
  await expect(train).toBeEnabled();
  await page.getByRole('spinbutton', { name: '轮次', exact: true }).fill('2');
  await train.click();
  await expect(page.getByRole('button', { name: '继续训练', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '在测试集上评估' }).click();
  await expect(page.getByRole('table', { name: '混淆矩阵' })).toBeVisible();
  await page.getByRole('button', { name: '预测', exact: true }).click();
  // Every folded group of settings, opened, so its words are on the page too.
  const folded = page.locator('.fold-toggle[aria-expanded="false"]');
  for (let n = await folded.count(); n > 0; n = await folded.count()) await folded.first().click();
  for (const region of await page.getByRole('region').all()) await region.scrollIntoViewIfNeeded();
  expect(await englishLeft(page)).toEqual([]);
});
