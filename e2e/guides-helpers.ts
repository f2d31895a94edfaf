/**
 * The guided recipes drawer, through roles and labels only: open it, start
 * a recipe, and read its steps' states.
 */
import { expect, type Page } from '@playwright/test';

export class GuidesDrawer {
  constructor(readonly page: Page) {}

  drawer() {
    return this.page.getByRole('complementary', { name: 'Guided recipes' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Guided recipes' }).click();
    await expect(this.drawer()).toBeVisible();
  }

  async start(title: string): Promise<void> {
    const item = this.drawer()
      .getByRole('list', { name: 'Recipes' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
    await item.getByRole('button', { name: 'Start' }).click();
    await expect(this.drawer().getByRole('heading', { name: title, exact: true })).toBeVisible();
  }

  steps() {
    return this.drawer().getByRole('list', { name: 'Steps' }).getByRole('listitem');
  }

  /** Step `n` (0-based) is ticked, and the next one (if any) is current. */
  async expectDone(n: number): Promise<void> {
    await expect(this.steps().nth(n)).toContainText(/^✓?\s*Done/);
    const next = this.steps().nth(n + 1);
    if ((await this.steps().count()) > n + 1)
      await expect(next).toHaveAttribute('aria-current', 'step');
  }

  async expectCurrent(n: number): Promise<void> {
    await expect(this.steps().nth(n)).toHaveAttribute('aria-current', 'step');
  }

  complete() {
    return this.drawer().getByText('Recipe complete: every step is done.');
  }
}
