/**
 * Faults of the browser's storage for the storage specs, injected before
 * the app starts: into the page (the runs are stored there) and into the
 * engine's worker (the model library is stored there), whose script is
 * served with the same lines in front of it.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { panel, Playground, runRow } from '../app';

/** Script text that makes IndexedDB fail as a browser that refuses storage does. */
export const REFUSE_STORAGE = `
  IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };`;

/** Script text that makes every write of a saved model fail as a full disk does. */
export const FULL_QUOTA = `{
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'artifacts') throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}`;

/** Run `script` before the app's own code, in the page and in its workers. */
export async function injectEverywhere(target: Page | BrowserContext, script: string) {
  await target.addInitScript({ content: script });
  await target.route(/\/assets\/.*\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${script}\n${await response.text()}` });
  });
}

/** Open the app on the CPU (fast to start) and train a small model for `epochs`. */
export async function trainSmall(page: Page, epochs = 1): Promise<Playground> {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs, samples: 100 });
  await app.trainToCompletion(epochs);
  return app;
}

/** Start a run long enough to still be going while the test looks at it. */
export async function startLongRun(app: Playground): Promise<void> {
  await app.configureSmallRun({ epochs: 5000, samples: 100 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  await expect(runRow(app.page, 'Run 1')).toContainText('running');
}

/** The dialogs a page shows from now on (each accepted), by type. */
export function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.type());
    void d.accept().catch(() => undefined);
  });
  return seen;
}

/** The Models panel's save button, name field and messages. */
export const models = (page: Page) => ({
  name: page.getByLabel('Model name'),
  save: page.getByRole('button', { name: 'Save to browser' }),
  message: (text: string | RegExp) => panel(page, 'Models').getByText(text),
  zip: page.getByRole('button', { name: 'Download .zip bundle' }),
  list: page.getByRole('list', { name: 'Saved models' }),
});
