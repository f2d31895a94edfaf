/**
 * Journeys through the real app (the production index.html), driven the way
 * a person drives it: pick a dataset in panel 1, for the CNN journey pick the
 * LeNet preset if the network is not convolutional, press Train (the moment
 * it is enabled, or `BENCH_THINK_MS` later, as a person who reads the page
 * first), and wait for the run to end or a time cap. Measured while training: the longest main-thread
 * task and the count over 50 ms, the 95th-percentile frame interval, and the
 * time from the Train click to the first epoch whose validation accuracy
 * reaches a target; from a trace of the page's thread, its CPU time per task,
 * in all, and in Paint. Also start-up: JS loaded before first paint and the time
 * to an enabled Train button. The app's defaults are used as they are.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import type { LayerSpec } from '../src/core/model/layer-spec';
import { followStore, installProbe, TRAIN_LABEL_SOURCE, type ProbeData } from './probe';
import { journeyCase, spiralVersusPlayground, type Journey } from './journey-case';
import type { BenchCase } from './results';
import { median } from './stats';
import { mainThreadTasks, markTimes, paintCpuMs, type TraceEvent } from './trace-tasks';

/** tfjs's own esbuild helper, absent in the page, named by functions tsx compiled. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export const JOURNEYS: Journey[] = [
  { name: 'journey: circle, the defaults', dataset: null, kind: 'circle', target: 0.95, capS: 60 },
  {
    name: 'journey: spiral, noise 0',
    dataset: 'spiral',
    kind: 'spiral',
    noise: 0,
    target: 0.95,
    capS: 60,
  },
  { name: 'journey: digits, the defaults', dataset: 'mnist', kind: 'mnist', target: 0.9, capS: 60 },
  // The CNN is for smoothness while a heavy model trains: on a software GPU it is far from 90% in a minute.
  { name: 'journey: digits, CNN', dataset: 'mnist', kind: 'mnist', cnn: true, capS: 45 },
  { name: 'journey: Iris table', dataset: 'iris', kind: 'iris', capS: 45 },
];

type Log = (line: string) => void;

/** The pause between Train becoming clickable and the click (ms): none unless asked for. */
const THINK_MS = Math.max(0, Number(process.env['BENCH_THINK_MS'] ?? 0) || 0);

/**
 * Only the journeys whose name holds one of these words (comma-separated,
 * any case): all of them unless asked.
 */
const ONLY = (process.env['BENCH_JOURNEYS'] ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);

/** Set on the page just before the Train click: the trace's tasks count from there. */
const TRAIN_MARK = 'journey-train';
/** Set just before the bench clicks Stop on a run at its cap: they count up to there. */
const STOP_MARK = 'journey-stop';

/**
 * From the Train click to the run's end (or to the Stop click of a run cut
 * at its cap): the longest main-thread task by CPU time, how
 * many took over 50 ms of CPU, and the thread's CPU time in all, and in
 * Paint (recording what changed on screen).
 */
function cpuTasks(events: TraceEvent[]): {
  longestTaskCpuMs: number;
  cpuTasksOver50: number;
  mainThreadCpuMs: number;
  paintCpuMs: number;
} {
  const { thread, times } = markTimes(events, TRAIN_MARK);
  const start = times[0] ?? Infinity;
  const end = markTimes(events, STOP_MARK).times[0] ?? Infinity;
  const tasks = (thread ? mainThreadTasks(events).get(thread) : undefined) ?? [];
  const cpu = tasks.filter((t) => t.ts >= start && t.ts < end).map((t) => t.cpuMs);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    longestTaskCpuMs: Math.max(0, ...cpu),
    cpuTasksOver50: cpu.filter((c) => c > 50).length,
    mainThreadCpuMs: round(cpu.reduce((sum, c) => sum + c, 0)),
    paintCpuMs: round(thread ? paintCpuMs(events, thread, start, end) : 0),
  };
}

async function openApp(browser: Browser, url: string, query: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript({
    content: `${NAME_SHIM}(${installProbe.toString()})(${JSON.stringify(TRAIN_LABEL_SOURCE)});`,
  });
  await page.goto(`${url}${query}`);
  return page;
}

const trainButton = (page: Page) =>
  page.getByRole('button', { name: new RegExp(TRAIN_LABEL_SOURCE) });

/** Short description of what the run trained, from the store. */
async function describeRun(page: Page): Promise<string> {
  return page.evaluate(() => {
    const s = window.__playground!.getState();
    const layers = s.network.layers
      .map((l: LayerSpec) =>
        'units' in l
          ? `${l.kind}(${l.units})`
          : 'filters' in l
            ? `${l.kind}(${l.filters})`
            : l.kind,
      )
      .join('-');
    const t = s.training;
    return `${s.dataset.train.n} training samples; ${layers}; ${t.optimizer} lr ${t.learningRate}, batch ${t.batchSize}, ${t.epochs} epochs`;
  });
}

async function runJourney(browser: Browser, url: string, j: Journey, log: Log): Promise<BenchCase> {
  const page = await openApp(browser, url, '?bench');
  try {
    await page.waitForFunction(() => window.__playground !== undefined);
    await page.evaluate(followStore);
    if (j.dataset) await page.getByLabel('Dataset', { exact: true }).selectOption(j.dataset);
    await page.waitForFunction(
      (kind) => {
        const s = window.__playground!.getState();
        return s.datasetSpec.kind === kind && s.dataLoading === null;
      },
      j.kind,
      { timeout: 60_000 },
    );
    if (j.noise !== undefined) {
      await page.getByLabel(/^Noise/).fill(String(j.noise));
      await page.waitForFunction(
        (n) => (window.__playground!.getState().datasetSpec as { noise?: number }).noise === n,
        j.noise,
      );
    }
    if (j.cnn) {
      const hasConv = await page.evaluate(() =>
        window.__playground!.getState().network.layers.some((l) => l.kind === 'conv2d'),
      );
      if (!hasConv) await page.getByRole('button', { name: 'LeNet-style CNN' }).click();
    }
    await expect(trainButton(page)).toBeEnabled({ timeout: 60_000 });
    if (THINK_MS > 0) await page.waitForTimeout(THINK_MS);
    const setup = await describeRun(page);
    // A trace beside the long-task entries: each task's own CPU time, which
    // the worker and the GPU process taking the cores do not inflate, and paints.
    await browser.startTracing(page, {
      categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'],
    });
    await page.evaluate((name) => performance.mark(name), TRAIN_MARK);
    await trainButton(page).click();
    const ended = await page
      .waitForFunction(() => (window.__benchProbe?.endedAt ?? null) !== null, null, {
        timeout: j.capS * 1000,
      })
      .then(() => true)
      .catch(() => false);
    if (!ended) {
      const stop = page.getByRole('button', { name: 'Stop', exact: true });
      await stop.waitFor();
      await page.evaluate((mark) => {
        const probe = window.__benchProbe!;
        probe.stopAt = performance.now();
        probe.recording = false;
        performance.mark(mark);
      }, STOP_MARK);
      await stop.click();
      await page.waitForFunction(() => (window.__benchProbe?.endedAt ?? null) !== null, null, {
        timeout: 60_000,
      });
    }
    // Long-task entries arrive after their task; give the last ones a moment.
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => window.__benchProbe as ProbeData);
    const { backend, reason } = await page.evaluate(() => {
      const e = window.__playground!.getState().engine;
      return { backend: e.backend, reason: e.backendReason };
    });
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    return {
      ...journeyCase(j, probe, {
        ended,
        backend: backend ?? 'none',
        setup: [
          setup,
          reason && `backend: ${reason}`,
          THINK_MS && `Train clicked ${THINK_MS} ms after it was enabled`,
        ]
          .filter(Boolean)
          .join('; '),
      }),
      ...cpuTasks(trace.traceEvents),
    };
  } finally {
    await page.context().close();
    log(`  ${j.name} done`);
  }
}

export async function runJourneys(browser: Browser, url: string, log: Log): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  const chosen = JOURNEYS.filter(
    (j) => ONLY.length === 0 || ONLY.some((w) => j.name.toLowerCase().includes(w)),
  );
  for (const j of chosen) {
    const c = await runJourney(browser, url, j, log);
    if (j.kind === 'spiral') log(spiralVersusPlayground(c));
    cases.push(c);
  }
  return cases;
}

/** Start-up of the production app in a fresh context (empty cache), `loads` times. */
export async function runStartup(browser: Browser, url: string, loads = 3): Promise<BenchCase> {
  const runs: { fcp: number; enabled: number; transfer: number; encoded: number; files: number }[] =
    [];
  let backend = 'none';
  for (let i = 0; i < loads; i++) {
    const page = await openApp(browser, url, '?bench');
    try {
      await expect(trainButton(page)).toBeEnabled({ timeout: 60_000 });
      await page.waitForFunction(() => (window.__benchProbe?.trainEnabledAt ?? null) !== null);
      backend = (await page.evaluate(() => window.__playground?.getState().engine.backend)) ?? '';
      runs.push(
        await page.evaluate(() => {
          const fcp =
            performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
          const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((r) => /\.m?js(\?|$)/.test(r.name) && r.responseEnd <= fcp)
            .map((r) => ({ transfer: r.transferSize, encoded: r.encodedBodySize }));
          return {
            fcp,
            enabled: window.__benchProbe?.trainEnabledAt ?? NaN,
            transfer: js.reduce((a, r) => a + r.transfer, 0),
            encoded: js.reduce((a, r) => a + r.encoded, 0),
            files: js.length,
          };
        }),
      );
    } finally {
      await page.context().close();
    }
  }
  return {
    name: 'startup: production build, empty cache',
    group: 'startup',
    backend,
    jsBeforeFcpTransferBytes: median(runs.map((r) => r.transfer)),
    jsBeforeFcpEncodedBytes: median(runs.map((r) => r.encoded)),
    jsFilesBeforeFcp: median(runs.map((r) => r.files)),
    firstContentfulPaintMs: median(runs.map((r) => r.fcp)),
    trainEnabledMs: median(runs.map((r) => r.enabled)),
    note:
      `median of ${loads} loads, each in a fresh browser context; JS = script resources ` +
      'whose response ended before first-contentful-paint (Resource Timing; the engine ' +
      "worker's script races the first paint); times from navigation start",
  };
}
