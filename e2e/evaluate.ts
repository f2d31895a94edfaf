/**
 * The Evaluate panel, through roles and labels only: run the test-set
 * evaluation and read its numbers and confusion matrix.
 */
import { expect, type Page } from '@playwright/test';
import { termValue } from './app';

export class EvaluatePanel {
  constructor(readonly page: Page) {}

  button() {
    return this.page.getByRole('button', { name: 'Evaluate on test set' });
  }

  result() {
    return this.page.getByRole('region', { name: 'Test set result' });
  }

  matrix() {
    return this.page.getByRole('table', { name: 'Confusion matrix' });
  }

  async evaluate(): Promise<void> {
    await this.button().click();
    await expect(this.result()).toBeVisible();
    await expect(this.button()).toBeEnabled();
  }

  /** A number of the result, by its term ("Test samples", "Accuracy", "R²"). */
  async number(term: string): Promise<number> {
    const text = await termValue(this.result(), term).innerText();
    return Number(text.replace(/[%,]/g, ''));
  }

  /** The confusion matrix's counts, [true][predicted]. */
  async confusion(): Promise<number[][]> {
    const rows = this.matrix().locator('tbody tr');
    const out: number[][] = [];
    for (let t = 0; t < (await rows.count()); t++) {
      const cells = await rows.nth(t).getByRole('button').allInnerTexts();
      out.push(cells.map(Number));
    }
    return out;
  }
}
