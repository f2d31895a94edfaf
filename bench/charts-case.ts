/**
 * The `charts` group: the cost of one training-chart redraw (bench/charts.html),
 * per batch and per epoch, from a trace of the page's main thread: CPU time
 * per redraw (all its tasks) and its longest task. Alone on the page, so
 * the figures are the chart's own; during training the worker and the GPU
 * process share the cores, and the journeys measure the whole page.
 */
import type { Browser } from '@playwright/test';
import type { BenchCase } from './results';
import { median } from './stats';
import { mainThreadTasks, markTimes, workPerMark, type TraceEvent } from './trace-tasks';

const REDRAWS = 40;
/** The first redraws mount the chart's parts and warm the JIT: left out. */
const WARM_UP = 5;

const VIEWS = [
  { view: 'batch', what: 'per batch: smoothed, raw and validation lines, 600 points' },
  { view: 'epoch', what: 'per epoch: training and validation lines with dots' },
] as const;

export async function runChartRedraws(
  browser: Browser,
  url: string,
  log: (line: string) => void,
): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const { view, what } of VIEWS) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
      await page.goto(`${url}bench/charts.html?view=${view}&redraws=${REDRAWS}`);
      await page.waitForFunction(() => window.__benchResults || window.__benchError, null, {
        timeout: 120_000,
      });
      const error = await page.evaluate(() => window.__benchError);
      if (error) throw new Error(`charts.html: ${error}`);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      const { thread, times } = markTimes(trace.traceEvents, 'redraw');
      const tasks = thread ? mainThreadTasks(trace.traceEvents).get(thread) : undefined;
      if (!tasks) throw new Error('charts.html: the trace has no redraw marks on a main thread.');
      const work = workPerMark(tasks, times).slice(WARM_UP);
      const cpuPerRedrawMs = median(work.map((w) => w.cpuMs));
      const longestTaskMedianMs = median(work.map((w) => w.longestCpuMs));
      const longestTaskMs = Math.max(...work.map((w) => w.longestCpuMs));
      const c: BenchCase = {
        name: `charts: loss chart redraw, ${view === 'batch' ? 'per batch' : 'per epoch'}`,
        group: 'charts',
        backend: 'none',
        longestTaskMs,
        cpuPerRedrawMs,
        longestTaskMedianMs,
        redraws: work.length,
        note: `${what}; CPU time of the page's thread per redraw (median) and its longest task (max; median), one more epoch of 40 batches each time`,
      };
      log(
        `  ${c.name}: ${cpuPerRedrawMs.toFixed(1)} ms CPU per redraw, longest task ${longestTaskMedianMs.toFixed(1)} ms (max ${longestTaskMs.toFixed(1)})`,
      );
      cases.push(c);
    } finally {
      await page.close();
    }
  }
  return cases;
}
