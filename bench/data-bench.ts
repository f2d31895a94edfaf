/**
 * Data benchmarks, run in the bench page:
 * - generating a 10,000-point 2-D dataset and building its tensors;
 * - loading the digits asset (fetch, decode, build) through the data worker;
 * - parsing a 50 MB CSV in the data worker while watching the main thread's
 *   longest task (PerformanceObserver "longtask": tasks over 50 ms).
 * Figures only; nothing passes or fails.
 */
import { buildDataset, totalSamples } from '../src/core/data/dataset';
import type { SyntheticSpec } from '../src/core/data/dataset-spec';
import { toTensors } from '../src/engine/data-tensors';
import { assetUrl, dataApi, localDataApi } from '../src/worker/data-client';
import type { PageReport } from './page-report';
import { median } from './stats';

function generate(report: PageReport, backend: string): void {
  const record = report.line;
  const medians: { [kind: string]: number } = {};
  for (const kind of ['spiral', 'blobs', 'hills'] as const) {
    const spec: SyntheticSpec = {
      kind,
      samples: 10_000,
      noise: 0.1,
      seed: 1,
      split: { train: 60, validation: 20 },
      ...(kind === 'blobs' && { classes: 6 }),
    };
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const ds = buildDataset({ ...spec, seed: i + 1 });
      const tensors = toTensors(ds);
      times.push(performance.now() - t0);
      tensors.dispose();
      if (totalSamples(ds) !== 10_000) throw new Error('wrong sample count');
    }
    medians[`${kind}Ms`] = median(times);
    record({
      name: `10k-point ${kind}: generate + tensors`,
      value: median(times),
      unit: 'ms',
      note: `median of 7 (target < 100 ms); max ${Math.max(...times).toFixed(1)} ms`,
    });
  }
  report.addCase({
    name: 'data: 10,000-point 2-D set, generate + tensors',
    group: 'data',
    backend,
    ...medians,
    note: 'median of 7 seeds each',
  });
}

async function digits(report: PageReport): Promise<void> {
  const record = report.line;
  const api = dataApi();
  const t0 = performance.now();
  // Start the data worker first, so its start-up is reported on its own.
  await api.hasTable('0000000000000000');
  const t1 = performance.now();
  const loaded = await api.loadDigits(assetUrl('data/mnist-digits.bin'));
  if (!loaded.ok) throw new Error(loaded.error);
  const t2 = performance.now();
  const ds = await api.buildDigits({
    kind: 'mnist',
    samples: 10_000,
    seed: 1,
    split: { train: 60, validation: 20 },
  });
  if (!ds.ok) throw new Error(ds.error);
  const t3 = performance.now();
  record({
    name: 'data worker: start',
    value: t1 - t0,
    unit: 'ms',
    note: import.meta.env.DEV
      ? 'module worker; from the dev server its modules load one by one'
      : 'module worker, production build',
  });
  record({ name: 'digits: fetch + decode 1.66 MB (worker)', value: t2 - t1, unit: 'ms' });
  record({ name: 'digits: build 10,000-image Dataset + transfer', value: t3 - t2, unit: 'ms' });
  record({
    name: 'digits: total, worker start included',
    value: t3 - t0,
    unit: 'ms',
    note: 'target < 1000 ms; [28, 28, 1] float32 arrived on the page',
  });
  report.addCase({
    name: 'data: digits, worker start + fetch + decode + 10,000-image dataset',
    group: 'data',
    backend: 'none',
    totalMs: t3 - t0,
    workerStartMs: t1 - t0,
    fetchDecodeMs: t2 - t1,
    buildMs: t3 - t2,
    note: import.meta.env.DEV ? 'dev server' : 'module worker, production build',
  });
}

/**
 * A CSV of about `mb` megabytes: 8 numeric columns, a category and a label.
 * Built as bytes, a slice at a time, so the page's heap stays small and its
 * garbage collector does not show up as a long task while the parse is timed.
 */
async function bigCsv(mb: number): Promise<Blob> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode('a,b,c,d,e,f,g,h,colour,label\n')];
  let bytes = parts[0]!.length;
  let row = 0;
  const colours = ['red', 'green', 'blue', 'amber'];
  while (bytes < mb * 1024 * 1024) {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++, row++) {
      const v = (k: number) => ((Math.sin(row * (k + 1) * 0.37) + 1) * 50).toFixed(3);
      lines.push(
        `${v(0)},${v(1)},${v(2)},${v(3)},${v(4)},${v(5)},${v(6)},${v(7)},${colours[row % 4]},${row % 3}\n`,
      );
    }
    const chunk = encoder.encode(lines.join(''));
    parts.push(chunk);
    bytes += chunk.length;
    // Yield so building the file is not one long task before the measurement.
    await new Promise((r) => setTimeout(r, 0));
  }
  return new Blob(parts as BlobPart[], { type: 'text/csv' });
}

/** Run `work` and return its time and the longest main-thread task seen meanwhile. */
async function watchingLongTasks<T>(work: () => Promise<T>) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  // Long-task entries are delivered after the task; give them a moment.
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  return { value, ms, longest: tasks.length ? Math.max(...tasks) : 0, count: tasks.length };
}

async function csv(report: PageReport): Promise<void> {
  const record = report.line;
  const blob = await bigCsv(50);
  const file = new File([blob], 'bench-50mb.csv', { type: 'text/csv' });
  const mb = (file.size / 1024 / 1024).toFixed(1);
  // The main thread with nothing to do, as a baseline for the longest task below.
  const idle = await watchingLongTasks(() => new Promise((r) => setTimeout(r, 2000)));
  record({
    name: 'main thread idle 2 s: longest task',
    value: idle.longest,
    unit: 'ms',
    note: `${idle.count} tasks over 50 ms (baseline: garbage collection, other work)`,
  });
  const parsed = await watchingLongTasks(() => dataApi().parseFile(file, file.name));
  if (!parsed.value.ok) throw new Error(parsed.value.error);
  const rows = parsed.value.value.file.rows;
  record({
    name: `${mb} MB CSV: parse in the data worker`,
    value: parsed.ms,
    unit: 'ms',
    note: `${rows.toLocaleString('en-US')} rows, ${Math.round(rows / (parsed.ms / 1000)).toLocaleString('en-US')} rows/s`,
  });
  record({
    name: `${mb} MB CSV: longest main-thread task`,
    value: parsed.longest,
    unit: 'ms',
    note: `${parsed.count} tasks over 50 ms while parsing (target: none over 100 ms)`,
  });
  report.addCase({
    name: 'data: 50 MB CSV parsed in the data worker',
    group: 'data',
    backend: 'none',
    longestTaskMs: parsed.longest,
    parseMs: parsed.ms,
    rows,
    longTasks: parsed.count,
    idleLongestTaskMs: idle.longest,
    note: `${mb} MB; longest main-thread task while parsing (idle baseline beside it)`,
  });
  const summary = parsed.value.value;
  const built = await watchingLongTasks(() =>
    dataApi().buildTable({
      kind: 'csv',
      file: summary.file,
      label: 'label',
      features: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'colour'],
      task: 'classification',
      missing: 'drop',
      scaling: 'standardize',
      seed: 1,
      split: { train: 60, validation: 20 },
    }),
  );
  if (!built.value.ok) throw new Error(built.value.error);
  record({
    name: `${mb} MB CSV: build dataset (worker) + transfer`,
    value: built.ms,
    unit: 'ms',
    note: `${built.value.value.report.inputs} inputs; longest main-thread task ${built.longest.toFixed(0)} ms`,
  });

  // For comparison: the page fallback (no worker) parses 1 MB chunks on the main thread.
  const page = await watchingLongTasks(() => localDataApi().parseFile(file, file.name));
  record({
    name: `${mb} MB CSV: parse on the page (fallback)`,
    value: page.ms,
    unit: 'ms',
    note: `longest main-thread task ${page.longest.toFixed(0)} ms (${page.count} over 50 ms)`,
  });
  report.addCase({
    name: 'data: 50 MB CSV parsed on the page (fallback)',
    group: 'data',
    backend: 'none',
    longestTaskMs: page.longest,
    parseMs: page.ms,
    longTasks: page.count,
    note: `${mb} MB, 1 MB chunks on the main thread, for comparison`,
  });
}

/** Every data benchmark, in order. */
export async function runDataBench(report: PageReport, backend: string): Promise<void> {
  generate(report, backend);
  await digits(report);
  await csv(report);
}
