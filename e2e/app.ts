/**
 * A page object for the playground: the few steps every journey shares,
 * through roles and labels only.
 *
 * Test ids stay in the specs only where a person has no name to go by:
 * - a chart's plot box ('loss-chart', 'metric-chart', 'lr-chart',
 *   'lr-range-chart'), read only for its data-points and data-drawn
 *   attributes: counts kept for tests, not shown. Anything a reader sees of a chart is found through
 *   its figure, named by its title (`chart(page, 'Loss')`);
 * - a chart's hover tooltip ('chart-tooltip'), which follows the mouse and
 *   has no name of its own.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value a description list shows for `term` (<dt>Loss</dt><dd>0.41</dd>). */
export function termValue(scope: Page | Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** The status bar: backend and why, GPU, where the engine runs, the training state, a note. */
export function statusBar(page: Page): Locator {
  return page.getByRole('group', { name: 'Status' });
}

/** One item of the status bar, by the label it starts with ("Backend: webgl"). */
export function statusItem(page: Page, label: 'Backend' | 'GPU' | 'Engine'): Locator {
  return statusBar(page).getByText(new RegExp(`^${label}:`));
}

/** Why the status bar's backend was chosen ("pinned", "WebGL: 3× faster than …"). */
export function backendReason(page: Page): Locator {
  return statusBar(page).getByRole('note', { name: 'Reason' });
}

/** A note the status bar shows about the engine's placement or a fallback. */
export function statusNote(page: Page): Locator {
  return statusBar(page).getByRole('alert');
}

/** A panel of the page, by its title without the step number ("Train", "Results"). */
export function panel(page: Page, title: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^(\\d · )?${escapeRegExp(title)}$`) });
}

/** A value of the latest epoch's summary under the charts ("Epoch", "Loss", "Val MAE"). */
export function epochValue(page: Page, term: string): Locator {
  return termValue(panel(page, 'Results'), term);
}

/** The total parameter count under the network editor. */
export function totalParams(page: Page): Locator {
  return termValue(panel(page, 'Network'), 'Total parameters');
}

/** The network's input line ("Input [batch, 28, 28, 1]"). */
export function inputShape(page: Page): Locator {
  return panel(page, 'Network').getByText(/^Input \[/);
}

/** The hidden layers' cards in the network editor, in order. */
export function layerCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Layers' }).getByRole('group');
}

/** The output shape a layer's card shows ("[batch, 4]"). */
export function layerShape(card: Locator): Locator {
  return card.getByText(/^\[batch[,\]]/);
}

/** A split's sample count under the data ("Train: 240"). */
export function splitCount(page: Page, split: 'Train' | 'Validation'): Locator {
  return panel(page, 'Data').getByText(new RegExp(`^${split}: [\\d,]+$`));
}

/** The line under a table's column settings that says what is used ("Using 180 rows of 180, …"). */
export function tableReport(page: Page): Locator {
  return panel(page, 'Data').getByText(/^Using [\d,]+ rows? of /);
}

/** The prediction at the probe point, once there is one: a list named "Prediction at (x, y)". */
export function prediction(page: Page): Locator {
  return page.getByRole('list', { name: /^Prediction at \(/ });
}

/** The notice that says the network and settings were set up for the chosen data. */
export function setupNotice(page: Page): Locator {
  return panel(page, 'Network').getByRole('status');
}

/** The notice under the header about the setup the page opened with (a link's problems, a restored setup). */
export function startupNotice(page: Page): Locator {
  return page.getByLabel('Opening setup');
}

/** The card of the model in the engine: where it came from, and whether its training state came too. */
export function loadedModel(page: Page): Locator {
  return page.getByRole('region', { name: 'Loaded model' });
}

/** The run's progress line ("Epoch 3/50 · batch 2/8 · … · learning rate 0.01"). */
export function progressLine(page: Page): Locator {
  return panel(page, 'Train').getByText(/^Epoch \d+\/\d+ · batch /);
}

/** Why Train is off, with a one-click fix where there is one: an alert that starts "Can’t train yet". */
export function trainBlocked(page: Page): Locator {
  return panel(page, 'Train')
    .getByRole('alert')
    .filter({ hasText: /^Can’t train yet/ });
}

/** The read-only line under the Results charts: "Runs: 3 kept · 12.0 KB". */
export function runsKept(page: Page): Locator {
  return panel(page, 'Results').getByText(/^Runs: \d+ kept · /);
}

/** A training chart, by its title ("Loss", "Accuracy", "Learning rate"). */
export function chart(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

const answered = new WeakSet<Page>();

interface Counted {
  listenerCount(event: string): number;
}

/**
 * Let reloads go ahead when the app asks before leaving (mid-run, or with a
 * model not saved): the browser's question, accepted, unless the test
 * listens for dialogs itself. Other dialogs are dismissed, as by default.
 */
function acceptLeaving(page: Page): void {
  if (answered.has(page)) return;
  answered.add(page);
  page.on('dialog', (d) => {
    // Page is an event emitter at run time; its typings leave listenerCount out.
    if ((page as unknown as Counted).listenerCount('dialog') > 1) return;
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined);
  });
}

/**
 * Open a folded group of settings by the start of what its button says
 * ("Optimizer:", "Backend:", "Learning-rate finder"); a group already open
 * (the page remembers them) stays open.
 */
export async function openFold(scope: Page | Locator, start: string): Promise<void> {
  const toggle = scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(start)}`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

export class Playground {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    acceptLeaving(this.page);
    await this.page.goto(`/${query}`);
    await expect(statusItem(this.page, 'Backend')).not.toContainText('starting');
  }

  /** Assert the engine trains on WebGL, so a silent CPU fallback fails the test. */
  async expectWebGL(mode: 'Web Worker' | 'page (main thread)' = 'Web Worker'): Promise<void> {
    await expect(statusItem(this.page, 'Backend')).toHaveText('Backend: webgl');
    await expect(statusItem(this.page, 'GPU')).not.toHaveText(/GPU: (—|not used)$/);
    await expect(statusItem(this.page, 'Engine')).toHaveText(`Engine: ${mode}`);
  }

  state() {
    return statusBar(this.page).getByRole('status');
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
    return this.page.getByRole('button', { name: /^(Train|Continue training|Training…|Paused)$/ });
  }

  /** Reset training, answering the question a trained model asks first. */
  async reset(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset', exact: true }).click();
    const ask = this.page.getByRole('dialog', { name: 'Reset training?' });
    await ask.getByRole('button', { name: 'Discard the model' }).click();
    await expect(ask).toBeHidden();
  }

  /** Train new model, saying yes when asked to discard the trained one, to the run's end. */
  async trainNewToCompletion(epochs: number): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Training controls' })
      .getByRole('button', { name: 'Train new model', exact: true })
      .click();
    const ask = this.page.getByRole('dialog', { name: 'Start a new model?' });
    await ask.getByRole('button', { name: 'Train new model' }).click();
    await expect(ask).toBeHidden();
    await expect(this.state()).toHaveText('State: done', { timeout: 90_000 });
    await expect(epochValue(this.page, 'Epoch')).toHaveText(String(epochs));
  }

  async trainToCompletion(epochs: number): Promise<void> {
    await this.trainButton().click();
    await expect(this.state()).toHaveText('State: done', { timeout: 90_000 });
    await expect(epochValue(this.page, 'Epoch')).toHaveText(String(epochs));
  }

  /** A number of the latest epoch's summary, by its term ("Loss", "First-epoch loss"). */
  async number(term: string): Promise<number> {
    return Number(await epochValue(this.page, term).innerText());
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

/** The runs table in the Runs panel (a table captioned "Recorded runs: …"). */
export function runsTable(page: Page): Locator {
  return panel(page, 'Runs').getByRole('table', { name: /^Recorded runs/ });
}

/** The runs table's row of a run, by the run's name ("Run 2"). */
export function runRow(page: Page, name: string): Locator {
  return runsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Rename ${name}`, exact: true }) });
}

/** The comparison chart under the runs table, and its legend naming each compared run. */
export function comparison(page: Page): Locator {
  return page.getByRole('figure', { name: 'Run comparison' });
}

export function comparisonLegend(page: Page): Locator {
  return comparison(page).getByRole('list', { name: 'Compared runs' }).getByRole('listitem');
}

/** The sweep form in the Runs panel. */
export function sweepForm(page: Page): Locator {
  return panel(page, 'Runs').getByRole('form', { name: 'Sweep' });
}

/** The learning-rate finder's curve ("Loss against learning rate"), a figure in the Train panel. */
export function lrRangeChart(page: Page): Locator {
  return chart(page, 'Loss against learning rate');
}

/** The finder's suggestion ("Suggested: 0.0032 — the loss falls fastest here."). */
export function lrSuggestion(page: Page): Locator {
  return panel(page, 'Train').getByText(/^Suggested: /);
}
