/**
 * Big CSV files in the real app (the production index.html): a generated
 * 130,000-row file with a numeric label and a 50,000-column file are
 * uploaded through the page's file input, and the longest main-thread task
 * (PerformanceObserver "longtask") from the upload until the page shows the
 * outcome is printed for each. Not a test: nothing passes or fails here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { BenchCase } from './results';

type Log = (line: string) => void;

interface CsvScaleFile {
  name: string;
  csv: () => Buffer;
  /** What the page shows when it is done with the file. */
  done: (page: Page) => Promise<void>;
}

function longCsv(rows: number): Buffer {
  const lines = ['width,height,price'];
  for (let i = 0; i < rows; i++)
    lines.push(`${(i % 97) / 10},${((i * 7) % 89) / 10},${(i * 13) % 1000}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

function wideCsv(columns: number, rows: number): Buffer {
  const cells = (r: number) => Array.from({ length: columns }, (_, i) => (r + i) % 10).join(',');
  const header = Array.from({ length: columns }, (_, i) => `c${i + 1}`).join(',');
  return Buffer.from(
    `${[header, ...Array.from({ length: rows }, (_, r) => cells(r))].join('\n')}\n`,
  );
}

const FILES: CsvScaleFile[] = [
  {
    // What any first upload costs (the data worker starting, the panel redrawn), to compare with.
    name: 'csv: 200 rows (baseline)',
    csv: () => longCsv(200),
    done: (page) => page.getByText(/^big\.csv: 200 rows × 3 columns/).waitFor({ timeout: 60_000 }),
  },
  {
    name: 'csv: 130,000 rows, numeric label',
    csv: () => longCsv(130_000),
    done: (page) =>
      page
        .getByText(/^Showing a sample of [\d,]+ of 130,000 points\.$/)
        .waitFor({ timeout: 60_000 }),
  },
  {
    name: 'csv: 50,000 columns',
    csv: () => wideCsv(50_000, 6),
    done: (page) => page.getByText(/has 50,000 columns/).waitFor({ timeout: 60_000 }),
  },
];

/** Collects long tasks from page load on, in window.__longTasks. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function measureFile(browser: Browser, url: string, file: CsvScaleFile): Promise<BenchCase> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.addInitScript(observeLongTasks);
    await page.goto(`${url}index.html?backend=cpu`);
    await page.getByRole('button', { name: /^Train$/ }).waitFor({ timeout: 60_000 });
    const buffer = file.csv();
    // From a file on disk: the browser reads it natively. (A buffer would be rebuilt by script
    // in the page, and that work would be counted as the app's.)
    const dir = await mkdtemp(join(tmpdir(), 'csv-scale-'));
    const path = join(dir, 'big.csv');
    await writeFile(path, buffer);
    const before = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks.length,
    );
    const t0 = Date.now();
    await page.getByLabel('Upload CSV').setInputFiles(path);
    await file.done(page);
    const doneMs = Date.now() - t0;
    await rm(dir, { recursive: true, force: true });
    // One more frame and a second, so a task that ran as the outcome was drawn, and the views
    // that follow new data a moment later (the prediction form), are reported too.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 1000))));
    const tasks = await page.evaluate(
      (from) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(from),
      before,
    );
    let longest = 0;
    for (const t of tasks) longest = Math.max(longest, t);
    return {
      name: file.name,
      group: 'csv-scale',
      backend: 'none',
      note: `${(buffer.length / 1e6).toFixed(1)} MB uploaded; ${tasks.length} main-thread tasks over 50 ms from upload to outcome`,
      longestTaskMs: longest,
      'upload to outcome ms': doneMs,
      'tasks over 50 ms': tasks.length,
    };
  } finally {
    await context.close();
  }
}

/** Each big file in a fresh page; prints the longest task for each. */
export async function runCsvScale(browser: Browser, url: string, log: Log): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const file of FILES) {
    const c = await measureFile(browser, url, file);
    log(
      `  ${c.name.padEnd(40)} longest task ${String(Math.round(c.longestTaskMs ?? 0)).padStart(5)} ms  (${c.note})`,
    );
    cases.push(c);
  }
  return cases;
}
