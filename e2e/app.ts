/**
 * A page object for the playground: the few steps every journey shares,
 * through roles and labels only.
 */
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class Playground {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByTestId('status-backend')).not.toContainText('starting');
  }

  /** Assert the engine trains on WebGL, so a silent CPU fallback fails the test. */
  async expectWebGL(mode: 'Web Worker' | 'page (main thread)' = 'Web Worker'): Promise<void> {
    await expect(this.page.getByTestId('status-backend')).toHaveText('Backend: webgl');
    await expect(this.page.getByTestId('status-renderer')).not.toHaveText(/GPU: (—|not used)$/);
    await expect(this.page.getByTestId('status-mode')).toHaveText(`Engine: ${mode}`);
  }

  state() {
    return this.page.getByTestId('status-state');
  }

  async setNumber(label: string | RegExp, value: number): Promise<void> {
    await this.page
      .getByRole('spinbutton', { name: label, exact: typeof label === 'string' })
      .fill(String(value));
  }

  async configureSmallRun(opts: {
    epochs: number;
    samples?: number;
    lr?: number;
    batch?: number;
  }): Promise<void> {
    await this.setNumber('Samples', opts.samples ?? 200);
    await this.setNumber('Learning rate', opts.lr ?? 0.05);
    await this.setNumber('Batch size', opts.batch ?? 16);
    await this.setNumber('Epochs', opts.epochs);
  }

  trainButton() {
    return this.page.getByRole('button', { name: /^(Train|Continue training)$/ });
  }

  async trainToCompletion(epochs: number): Promise<void> {
    await this.trainButton().click();
    await expect(this.state()).toHaveText('State: done', { timeout: 90_000 });
    await expect(this.page.getByTestId('last-epoch')).toHaveText(String(epochs));
  }

  async number(testId: string): Promise<number> {
    return Number(await this.page.getByTestId(testId).innerText());
  }

  /** Predict at (x, y) and return the class probabilities shown. */
  async predict(x: number, y: number): Promise<number[]> {
    await this.setNumber('x₁', x);
    await this.setNumber('x₂', y);
    await this.page.getByRole('button', { name: 'Predict', exact: true }).click();
    const output = this.page.getByRole('list', { name: `Prediction at (${x}, ${y})` });
    await expect(output).toBeVisible();
    const texts = await output.locator('output').allInnerTexts();
    return texts.map(Number);
  }

  /** Click Download and collect model.json and weights.bin. */
  async downloadModel(): Promise<{ json: Buffer; bin: Buffer }> {
    const downloads: Download[] = [];
    const both = new Promise<void>((resolve) => {
      const on = (d: Download) => {
        downloads.push(d);
        if (downloads.length === 2) {
          this.page.off('download', on);
          resolve();
        }
      };
      this.page.on('download', on);
    });
    await this.page.getByRole('button', { name: 'Download', exact: true }).click();
    await both;
    const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
    const json = byName.get('model.json');
    const bin = byName.get('weights.bin');
    if (!json || !bin) throw new Error(`Unexpected downloads: ${[...byName.keys()].join(', ')}`);
    return { json: await readFile(await json.path()), bin: await readFile(await bin.path()) };
  }

  async upload(files: { name: string; buffer: Buffer }[]): Promise<void> {
    await this.page.getByLabel('Upload model.json + weights.bin').setInputFiles(
      files.map((f) => ({
        ...f,
        mimeType: f.name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      })),
    );
  }
}
