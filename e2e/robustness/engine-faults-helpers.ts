/**
 * Steps the engine-fault specs share: cause a real fault through the
 * page's `window.nnFaults` (present with `?faults=1`), start a long run and
 * wait for its epochs, and read the fault message as the user sees it.
 */
import { expect, type Page } from '@playwright/test';
import { Playground, epochValue, panel } from '../app';
import type { FaultHooks } from '../../src/worker/fault-hooks';

/** Ask the engine's worker for `fault`. */
export async function cause(page: Page, fault: keyof FaultHooks): Promise<void> {
  await page.evaluate((name) => {
    const hooks = window.nnFaults;
    if (!hooks) throw new Error('window.nnFaults is missing: open the page with ?faults=1');
    hooks[name]();
  }, fault);
}

/** Open the app with fault hooks on `backend`, and start a long run on the Circle default. */
export async function startLongRun(page: Page, backend: 'webgl' | 'cpu'): Promise<Playground> {
  const app = new Playground(page);
  await app.open(`?backend=${backend}&faults=1`);
  if (backend === 'webgl') await app.expectWebGL();
  await app.configureSmallRun({ epochs: 400, samples: 200 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  return app;
}

/** Wait until the Results panel shows at least `epoch` completed epochs. */
export async function reachEpoch(app: Playground, epoch: number): Promise<void> {
  await expect.poll(() => app.number('Epoch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(epoch);
}

/** The training message, as an alert under the controls. */
export function trainAlert(page: Page) {
  return panel(page, 'Train')
    .getByRole('alert')
    .filter({ hasText: /training|GPU|memory/ });
}

/** The epoch whose weights and history the fault message says were kept. */
export async function keptEpoch(page: Page): Promise<number> {
  const text = await trainAlert(page).innerText();
  const kept = /weights and history of epoch (\d+) are kept/.exec(text);
  if (!kept) throw new Error(`No kept epoch in: ${text}`);
  return Number(kept[1]);
}

/** The epoch whose weights a restarted engine took back, from its message. */
export async function restartKept(page: Page): Promise<number> {
  await expect(trainAlert(page)).toContainText(/The weights of epoch \d+ are kept/);
  const text = await trainAlert(page).innerText();
  return Number(/The weights of epoch (\d+) are kept/.exec(text)?.[1]);
}

/** Set a short run and check the results go on from `from` to `from + epochs`. */
export async function expectContinues(app: Playground, from: number, epochs = 2): Promise<void> {
  await expect(app.state()).toHaveText('State: done', { timeout: 60_000 });
  await expect(epochValue(app.page, 'Epoch')).toHaveText(String(from + epochs));
}
