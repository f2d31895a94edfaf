/**
 * Explanations where the concepts are used: a "?" beside a control opens
 * what it is, its formula and what to watch for; the glossary walks the
 * lifecycle and takes the reader to each step's place; both speak English
 * or Chinese, and the choice is remembered.
 */
import { expect, test } from '@playwright/test';
import { Playground } from './app';

test('the learning rate’s “?” explains it beside the control, and Escape closes it', async ({
  page,
}) => {
  await new Playground(page).open('?backend=cpu');
  const open = page.getByRole('button', { name: 'What is “Learning rate”?' });
  await open.click();
  const pop = page.getByRole('dialog', { name: 'Learning rate' });
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('The size of each step the optimizer takes');
  await expect(pop.getByRole('math')).toHaveText(/w ← w − η·∇L\(w\)/);
  await expect(pop.getByRole('heading', { name: 'What to watch for' })).toBeVisible();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(open).toBeFocused();
});

test('the glossary opens from its address, and a lifecycle step takes you to its panel', async ({
  page,
}) => {
  await new Playground(page).open('?backend=cpu#glossary');
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  const steps = glossary.getByRole('list').first().getByRole('heading');
  await expect(steps).toHaveText([
    'Train',
    'Optimise',
    'Serialise',
    'Store',
    'Load',
    'Validate',
    'Use',
  ]);
  await expect(glossary.getByRole('article', { name: 'Batch normalisation' })).toContainText(
    'γ·x̂ + β',
  );

  await glossary.getByRole('button', { name: 'Go to Evaluate' }).click();
  await expect(glossary).toBeHidden();
  await expect(page.getByRole('heading', { name: '6 · Evaluate' })).toBeFocused();
  await expect(page).not.toHaveURL(/glossary/);
});

test('switching to 中文 shows the Chinese explanation in the popover and the glossary, and is remembered', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByRole('button', { name: 'What is “Learning rate”?' }).click();
  await page
    .getByRole('dialog', { name: 'Learning rate' })
    .getByRole('button', { name: '中文' })
    .click();
  const pop = page.getByRole('dialog', { name: '学习率' });
  await expect(pop).toContainText('优化器每一步的步长');
  await expect(pop.getByRole('heading', { name: '需要注意' })).toBeVisible();

  await pop.getByRole('button', { name: '在术语表中查看更多' }).click();
  const glossary = page.getByRole('dialog', { name: '术语表' });
  await expect(glossary.getByRole('heading', { name: '从训练到使用' })).toBeVisible();
  const entry = glossary.getByRole('article', { name: '学习率', exact: true });
  await expect(entry).toBeFocused();
  await expect(entry).toContainText('学习率查找器会扫描一段范围并给出建议值');

  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: '术语表' }).click();
  await expect(page.getByRole('dialog', { name: '术语表' })).toContainText('反向传播');
});
