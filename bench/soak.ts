/**
 * The soak benchmark (`npm run bench -- --soak [--soak-minutes N]`): in the
 * built app, driven through its UI, repeat cycles of reset / train a few
 * epochs / save to the library / reset / load / evaluate / delete the run
 * it recorded for a bounded time, so each cycle ends where it began, and
 * after each cycle (and a forced garbage collection) sample the
 * engine's tf.memory() and the page's JS heap. What it reports is growth
 * from the end of the warm-up (the first fifth of the time: shaders,
 * caches and the first compiles of the code that cycles run) to the last
 * cycle, and the JS heap's growth from the first cycles too. It prints
 * figures and never fails on one.
 */
import type { Browser, Page } from '@playwright/test';
import { Playground, statusItem } from '../e2e/app';
import { heapBreakdown, type HeapBreakdown } from './heap-breakdown';

export const SOAK_DEFAULT_MINUTES = 10;
const EPOCHS = 3;
const MODEL = 'soak';

export interface SoakSample {
  cycle: number;
  tensors: number;
  gpuBytes: number | null;
  heapBytes: number | null;
  /** Runs the app keeps: each cycle deletes the run it made, so this stays at 0. */
  runs: number;
}

export interface SoakResult {
  minutes: number;
  backend: string;
  cycles: number;
  tensorGrowth: number;
  gpuByteGrowth: number | null;
  /** JS heap after the warm-up to the end (%), medians of three samples. */
  heapGrowthPct: number | null;
  /** JS heap from the first cycles to the end (%): the warm-up included. */
  heapGrowthFromStartPct: number | null;
  /** The cycle the warm-up ended with. */
  warmupCycles: number;
  /**
   * From heap snapshots after the warm-up and after the last cycle: growth
   * of what the page keeps apart from compiled code (%), and of the code (bytes).
   */
  objectGrowthPct: number | null;
  codeGrowthBytes: number | null;
  samples: SoakSample[];
}

/** Fewest cycles of warm-up: shaders, caches and first compiles settle. */
const WARMUP_CYCLES = 3;
/** Share of the soak's time that is warm-up. */
const WARMUP_SHARE = 0.2;

/**
 * Splits `--soak` and `--soak-minutes N` off the command line: the minutes
 * to soak for (null: no soak asked for) and the words left for the rest.
 */
export function parseSoak(argv: readonly string[]): { minutes: number | null; rest: string[] } {
  const rest: string[] = [];
  let minutes: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--soak') minutes ??= SOAK_DEFAULT_MINUTES;
    else if (a === '--soak-minutes') {
      const n = Number(argv[++i]);
      if (!(n > 0)) throw new Error('--soak-minutes needs a number of minutes above 0.');
      minutes = n;
    } else rest.push(a);
  }
  return { minutes, rest };
}

/** Chromium flags for exact heap figures. */
export const SOAK_CHROMIUM_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

async function sample(page: Page, cycle: number): Promise<SoakSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return page.evaluate(async (c) => {
    const m = await window.__playground!.engineMemory();
    const perf = performance as Performance & { memory?: { usedJSHeapSize: number } };
    return {
      cycle: c,
      tensors: m.numTensors,
      gpuBytes: m.numBytesInGPU,
      heapBytes: perf.memory?.usedJSHeapSize ?? null,
      runs: window.__playground!.getState().runs.length,
    };
  }, cycle);
}

export async function cycle(app: Playground, first: boolean): Promise<void> {
  const page = app.page;
  const reset = page.getByRole('button', { name: 'Reset' });
  // Off before the first run: there is nothing to reset yet.
  if (await reset.isEnabled()) await app.reset();
  await app.trainToCompletion(EPOCHS);
  await page.getByLabel('Model name').fill(MODEL);
  const save = first
    ? page.getByRole('button', { name: 'Save to browser' })
    : page.getByRole('button', { name: 'Replace it' });
  await save.click();
  await page.getByText(`Saved "${MODEL}" in this browser.`).waitFor();
  await reset.click();
  await page.getByRole('button', { name: `Load ${MODEL}`, exact: true }).click();
  await page.getByText(`Loaded "${MODEL}".`).waitFor();
  await page.getByRole('button', { name: 'Evaluate on test set' }).click();
  await page.getByRole('region', { name: 'Test set result' }).waitFor();
  // Back to the state the cycle began in: a run kept per cycle would be growth by design.
  await page.getByRole('button', { name: 'Delete all runs' }).click();
  await page
    .getByRole('dialog', { name: 'Delete all runs?' })
    .getByRole('button', { name: 'Delete all runs' })
    .click();
  await page
    .getByRole('region', { name: /Runs$/ })
    .getByText(/^Deleted \d+ runs?\.$/)
    .waitFor();
}

/** The median of up to three samples' heaps: one sample swings by a few MB with what GC left. */
function heapOf(samples: SoakSample[]): number | null {
  const hs = samples.map((s) => s.heapBytes).filter((h): h is number => h !== null);
  hs.sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)]! : null;
}

const growthPct = (a: number | null, b: number | null) =>
  a === null || b === null || a === 0 ? null : ((b - a) / a) * 100;

/** Run cycles until `minutes` have passed (at least two, so there is a growth to measure). */
export async function runSoak(
  browser: Browser,
  url: string,
  minutes: number,
  log: (line: string) => void,
): Promise<SoakResult> {
  const page = await browser.newPage({ baseURL: url, viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  try {
    const app = new Playground(page);
    // Pinned to WebGL, so the GPU's bytes are measured too (Auto picks the CPU for so small a net).
    await app.open('?bench&backend=webgl');
    await app.configureSmallRun({ epochs: EPOCHS, samples: 200 });
    const backend = (await statusItem(page, 'Backend').innerText()).replace(/^Backend:\s*/, '');
    const samples: SoakSample[] = [];
    const start = performance.now();
    const end = start + minutes * 60_000;
    const warmEnd = start + minutes * 60_000 * WARMUP_SHARE;
    let warm: HeapBreakdown | null = null;
    let warmupCycles = 0;
    for (let i = 1; i <= WARMUP_CYCLES + 1 || performance.now() < end; i++) {
      await cycle(app, i === 1);
      if (!warm && i >= WARMUP_CYCLES && performance.now() >= warmEnd) {
        warm = await heapBreakdown(page);
        warmupCycles = i;
      }
      const s = await sample(page, i);
      samples.push(s);
      log(
        `  cycle ${i}: ${s.tensors} tensors, GPU ${s.gpuBytes ?? '—'} B, heap ${s.heapBytes ?? '—'} B, ${s.runs} runs kept`,
      );
    }
    const first = samples[0]!;
    const last = samples[samples.length - 1]!;
    const final = await heapBreakdown(page);
    log(
      `  heap snapshots, cycle ${warmupCycles} → ${samples.length}: objects ${warm?.objectBytes} → ${final.objectBytes} B, code ${warm?.codeBytes} → ${final.codeBytes} B`,
    );
    return {
      minutes,
      backend: backend,
      cycles: samples.length,
      tensorGrowth: last.tensors - first.tensors,
      gpuByteGrowth:
        first.gpuBytes === null || last.gpuBytes === null ? null : last.gpuBytes - first.gpuBytes,
      // Medians of three samples: just after the warm-up (or the first cycles) and the last.
      heapGrowthPct: growthPct(
        heapOf(samples.slice(Math.max(0, warmupCycles - 1), warmupCycles + 2)),
        heapOf(samples.slice(-3)),
      ),
      heapGrowthFromStartPct: growthPct(heapOf(samples.slice(0, 3)), heapOf(samples.slice(-3))),
      warmupCycles,
      objectGrowthPct: growthPct(warm?.objectBytes ?? null, final.objectBytes),
      codeGrowthBytes: warm ? final.codeBytes - warm.codeBytes : null,
      samples,
    };
  } finally {
    await page.close();
  }
}
