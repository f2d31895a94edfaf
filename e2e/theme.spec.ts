/**
 * The workspace's look and its safety nets: the light and dark themes (and
 * following the system), toasts for finished saves and imports, a question
 * before a destructive action with Undo after it, and the shortcuts help.
 */
import { expect, test } from '@playwright/test';
import { Playground, panel, runsTable } from './app';
import { expectTheme, themeSwitch, toasts } from './theme-helpers';

test('the theme switches to dark and back, and the choice is remembered after a reload', async ({
  page,
}) => {
  const app = new Playground(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open('?backend=cpu');
  await expect(themeSwitch(page).getByRole('radio', { name: 'System' })).toBeChecked();
  await expectTheme(page, 'light');

  await themeSwitch(page).getByRole('radio', { name: 'Dark' }).check();
  await expectTheme(page, 'dark');
  await page.reload();
  await expect(themeSwitch(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expectTheme(page, 'dark');

  await themeSwitch(page).getByRole('radio', { name: 'Light' }).check();
  await expectTheme(page, 'light');
  await page.reload();
  await expect(themeSwitch(page).getByRole('radio', { name: 'Light' })).toBeChecked();
  await expectTheme(page, 'light');
});

test.describe('with a dark system colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('"System" shows the page dark, and an explicit Light overrides it', async ({ page }) => {
    const app = new Playground(page);
    await app.open('?backend=cpu');
    await expect(themeSwitch(page).getByRole('radio', { name: 'System' })).toBeChecked();
    await expectTheme(page, 'dark');
    await themeSwitch(page).getByRole('radio', { name: 'Light' }).check();
    await expectTheme(page, 'light');
    // Back to System: the system's dark scheme again.
    await themeSwitch(page).getByRole('radio', { name: 'System' }).check();
    await expectTheme(page, 'dark');
  });
});

test('saving a model shows a toast, which can be closed', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainToCompletion(1);
  await page.getByLabel('Model name').fill('toasted');
  await page.getByRole('button', { name: 'Save to browser' }).click();
  const toast = toasts(page).getByRole('listitem').filter({ hasText: 'Model “toasted” saved' });
  await expect(toast).toHaveText(/Model “toasted” saved in this browser\./);
  await toast.getByRole('button', { name: 'Close notification' }).click();
  await expect(toast).toHaveCount(0);
});

test('deleting all runs asks first, and Undo in the toast brings them back', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainToCompletion(1);
  const runs = panel(page, 'Runs');
  await expect(runsTable(page).getByRole('row')).toHaveCount(2);

  // Asked first: Cancel keeps the runs.
  await runs.getByRole('button', { name: 'Delete all runs' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete all runs?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(runsTable(page).getByRole('row')).toHaveCount(2);

  await runs.getByRole('button', { name: 'Delete all runs' }).click();
  await ask.getByRole('button', { name: 'Delete all runs' }).click();
  await expect(runs.getByText(/^No runs yet/)).toBeVisible();
  const toast = toasts(page).getByRole('listitem').filter({ hasText: 'Runs deleted: 1 run.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(runsTable(page).getByRole('row')).toHaveCount(2);
  await expect(toast).toHaveCount(0);
});

test('"?" opens the keyboard shortcuts, Escape closes them and focus goes back', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  // Typed into a text field, "?" is just a character.
  const name = page.getByLabel('Model name');
  await name.fill('what');
  await name.press('?');
  await expect(name).toHaveValue('what?');
  await expect(dialog).toBeHidden();

  const train = app.trainButton();
  await train.focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  for (const keys of ['Space', 'Ctrl+Z / ⌘Z', 'Home / End'])
    await expect(dialog.getByRole('cell', { name: keys, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(train).toBeFocused();

  // The header button opens it too.
  const button = page.getByRole('button', { name: 'Shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('an imported CSV is confirmed by a toast', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const rows = ['a,b,label', ...Array.from({ length: 40 }, (_, i) => `${i},${i % 5},${i % 2}`)];
  await page.getByLabel('Upload CSV').setInputFiles({
    name: 'small.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(toasts(page)).toContainText('Imported small.csv: 40 rows.');
});
