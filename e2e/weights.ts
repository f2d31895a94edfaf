/**
 * Locators for the weight views ("Inside the network"): per-layer
 * histograms, the epoch slider and the first-layer filters.
 */
import { expect, type Page } from '@playwright/test';
import { epochValue, panel, type Playground } from './app';

/**
 * Like Playground.trainToCompletion, with room for a slow, shared machine:
 * SwiftShader compiles its shaders on the first batches.
 */
export async function trainUntilDone(app: Playground, epochs: number): Promise<void> {
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done', { timeout: 240_000 });
  await expect(epochValue(app.page, 'Epoch')).toHaveText(String(epochs));
}

export class WeightViews {
  constructor(readonly page: Page) {}

  /** The line beside the slider: "Epoch 3 of 3". */
  epochLabel() {
    return panel(this.page, 'Inside the network').getByText(/^Epoch \d+ of \d+/);
  }

  slider() {
    return this.page.getByRole('slider', { name: 'Weights at epoch' });
  }

  layer(name: string) {
    return this.page.getByRole('region', { name: `Weights of ${name}` });
  }

  /** The histogram of one weight tensor ("kernel", "bias") of a layer. */
  histogram(layer: string, role: string) {
    return this.layer(layer).getByRole('img', {
      name: new RegExp(`^Histogram of ${layer} ${role} at epoch \\d+:`),
    });
  }

  /** Accessible name and bar counts of a histogram: what changes from epoch to epoch. */
  async read(layer: string, role: string): Promise<{ name: string; counts: string }> {
    const h = this.histogram(layer, role);
    return {
      name: (await h.getAttribute('aria-label')) ?? '',
      counts: (await h.getAttribute('data-counts')) ?? '',
    };
  }

  filters() {
    return this.page
      .getByRole('region', { name: 'First-layer filters' })
      .getByRole('img', { name: /^Filter \d+ of \d+$/ });
  }
}
