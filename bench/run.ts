/**
 * `npm run bench`: builds the app and the bench pages as production code
 * (what users get: React's production build, minified), serves them with
 * Vite's preview server, runs each group in headless Chromium (system
 * Chromium where present), prints the figures and writes them to
 * bench/results.json (see bench/cli.ts for the command line, bench/results.ts
 * for the file). `BENCH_DEV=1` serves the dev server instead (quicker to
 * start; React's development build is much slower). Not a test: nothing
 * here passes or fails on a number.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { build, createServer, preview } from 'vite';
import { CHROMIUM_ARGS } from '../e2e/browser';
import { PAGES, parseCommand, type BenchCommand, type PageName } from './cli';
import { diffResults, formatCompare } from './compare';
import { runChartRedraws } from './charts-case';
import { runCsvScale } from './csv-scale';
import { appVsFastestCase } from './derive';
import { formatFigure, labelOf } from './format';
import { runJourneys, runStartup } from './journeys';
import { parseSoak, runSoak, SOAK_CHROMIUM_ARGS, type SoakResult } from './soak';
import { machineInfo } from './machine';
import type { BenchResult } from './page-report';
import {
  HEADLINE_NAMES,
  mergeResults,
  parseResults,
  type BenchCase,
  type BenchResults,
  type BrowserInfo,
  type Group,
} from './results';
import { markdownTable, rawText, tableCaption } from './table';

/** The pages each group runs, with their options. */
const GROUP_PAGES: Partial<Record<Group, [PageName, string][]>> = {
  data: [['index.html', '']],
  throughput: [
    ['app.html', '?growth=0&engine=worker'],
    ['backends.html', ''],
  ],
  memory: [['app.html', '?throughput=0&ui=none']],
  grid: [['grid.html', '?epochs=12']],
};

async function readResults(path: string): Promise<BenchResults> {
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`npm run bench\` first.`);
  return parseResults(JSON.parse(await readFile(path, 'utf8')), path);
}

function printLine(r: BenchResult): void {
  console.log(
    `  ${r.name.padEnd(52)} ${r.unit ? r.value.toFixed(2).padStart(12) : ''} ${r.unit} ${r.note ?? ''}`,
  );
}

/** Each case: its headline figures, then the raw ones. */
function printSummary(cases: readonly BenchCase[]): void {
  console.log('\nsummary');
  for (const c of cases) {
    const heads = HEADLINE_NAMES.filter((h) => c[h] !== undefined)
      .map((h) => `${labelOf(h)} ${formatFigure(h, c[h])}`)
      .join(', ');
    console.log(`  ${c.name} [${c.backend}]${heads ? `: ${heads}` : ''}\n      ${rawText(c)}`);
  }
}

/** Figures to 3 decimals in the file: sub-microsecond digits are noise. */
const rounded = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v;

async function runPage(browser: Browser, url: string, name: PageName, query: string) {
  console.log(`\n${name}${query}`);
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.stack ?? e.message));
  try {
    await page.goto(`${url}bench/${name}${query}`);
    await page.waitForFunction(() => window.__benchResults || window.__benchError, null, {
      timeout: 900_000,
    });
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(`${name}: ${error}`);
    const lines = await page.evaluate(() => window.__benchResults ?? []);
    lines.forEach(printLine);
    return await page.evaluate(() => window.__benchCases ?? []);
  } finally {
    await page.close();
  }
}

async function browserInfo(browser: Browser, url: string): Promise<BrowserInfo> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}bench/index.html?info`, { waitUntil: 'commit' });
    const webglRenderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    return { chromium: browser.version(), webglRenderer };
  } finally {
    await page.close();
  }
}

async function runGroup(browser: Browser, url: string, group: Group): Promise<BenchCase[]> {
  if (group === 'journeys') {
    console.log('\njourneys (index.html, driven through its UI)');
    const cases = await runJourneys(browser, url, (line) => console.log(line));
    return cases;
  }
  if (group === 'charts') {
    console.log('\ncharts (charts.html, traced)');
    return runChartRedraws(browser, url, (line) => console.log(line));
  }
  if (group === 'csv-scale') {
    console.log('\ncsv-scale (index.html, big CSV uploads)');
    return runCsvScale(browser, url, (line) => console.log(line));
  }
  if (group === 'startup') {
    console.log('\nstartup (index.html)');
    return [await runStartup(browser, url)];
  }
  const cases: BenchCase[] = [];
  for (const [page, query] of GROUP_PAGES[group] ?? [])
    cases.push(...(await runPage(browser, url, page, query)));
  if (group === 'throughput') {
    const derived = appVsFastestCase(cases);
    if (derived) {
      console.log(
        `  ${derived.name}: ${formatFigure('throughputRatio', derived.throughputRatio)} (fastest bare: ${derived.fastestBackend})`,
      );
      cases.push(derived);
    }
  }
  return cases;
}

/** Build and serve, run what the command asks in one browser, and hand back the cases. */
async function measure(command: BenchCommand, dev: boolean, soakMinutes: number | null = null) {
  const run = command.run;
  if (!run) throw new Error('Nothing to run.');
  const outDir = 'test-results/bench-dist';
  const host = { port: 5199, strictPort: false, host: '127.0.0.1' };
  let server: { close(): Promise<void>; resolvedUrls: { local: string[] } | null };
  if (dev) {
    const devServer = await createServer({ server: host, logLevel: 'error' });
    server = await devServer.listen();
  } else {
    await build({
      logLevel: 'error',
      // The bench pages live in bench/, so a page-relative base would look for
      // the shipped data files under bench/ too: serve everything from the root.
      base: '/',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: ['index.html', ...PAGES.map((p) => `bench/${p}`)] },
      },
    });
    server = await preview({ build: { outDir }, preview: host, logLevel: 'error' });
  }
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/';
  console.log(dev ? 'dev server (React development build)' : 'production build');
  const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
    (p) => p && existsSync(p),
  );
  const browser = await chromium.launch({
    ...(executablePath && { executablePath }),
    args: soakMinutes === null ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, ...SOAK_CHROMIUM_ARGS],
  });
  try {
    const info = await browserInfo(browser, url);
    console.log(`Chromium ${info.chromium}, WebGL: ${info.webglRenderer ?? 'none'}`);
    if (soakMinutes !== null) {
      console.log(
        `\nsoak (index.html, ${soakMinutes} min of train / save / load / evaluate cycles)`,
      );
      return { soak: await runSoak(browser, url, soakMinutes, (line) => console.log(line)) };
    }
    if (run.kind === 'page') {
      await runPage(browser, url, run.page, run.query);
      return null;
    }
    const cases: BenchCase[] = [];
    for (const group of run.groups) {
      const t0 = performance.now();
      cases.push(...(await runGroup(browser, url, group)));
      console.log(`  (${group}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    return { info, cases, groups: run.groups };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Print the soak's figures and keep them under `soak` in the results file. */
async function writeSoak(out: string, soak: SoakResult): Promise<void> {
  const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} %`);
  console.log(
    `\nsoak [${soak.backend}]: ${soak.cycles} cycles in ${soak.minutes} min, tensor growth ${soak.tensorGrowth}, ` +
      `GPU-byte growth ${soak.gpuByteGrowth ?? '—'}, heap growth after the warm-up (${soak.warmupCycles} cycles) ` +
      `${pct(soak.heapGrowthPct)} (objects ${pct(soak.objectGrowthPct)}, compiled code ${soak.codeGrowthBytes ?? '—'} B), ` +
      `from the first cycle ${pct(soak.heapGrowthFromStartPct)}`,
  );
  const previous: unknown = existsSync(out) ? JSON.parse(await readFile(out, 'utf8')) : {};
  const next = { ...(previous as object), soak: { date: new Date().toISOString(), ...soak } };
  await writeFile(
    out,
    await format(JSON.stringify(next, rounded, 2), {
      ...(await resolveConfig(out)),
      parser: 'json',
    }),
  );
  console.log(`wrote ${out} (soak)`);
}

async function main(): Promise<void> {
  let command: BenchCommand;
  let soakMinutes: number | null;
  try {
    const soak = parseSoak(process.argv.slice(2));
    soakMinutes = soak.minutes;
    command = parseCommand(soak.rest);
  } catch (e) {
    console.error(`${(e as Error).message}\nSee bench/cli.ts for the command line.`);
    process.exit(2);
  }
  const dev = process.env['BENCH_DEV'] === '1';
  // Read before running: the file to compare with may be the one this run rewrites.
  const old = command.compare ? await readResults(command.compare) : null;
  if (soakMinutes !== null) {
    const measured = await measure(
      { ...command, run: { kind: 'groups', groups: [] } },
      dev,
      soakMinutes,
    );
    if (measured?.soak) await writeSoak(command.out, measured.soak);
    return;
  }
  if (command.run) {
    const t0 = performance.now();
    const measured = await measure(command, dev);
    if (measured?.cases) {
      const next: BenchResults = {
        date: new Date().toISOString(),
        machine: machineInfo(),
        browser: measured.info,
        build: dev ? 'dev' : 'production',
        groups: measured.groups,
        cases: measured.cases,
      };
      const previous = existsSync(command.out) ? await readResults(command.out) : null;
      // The soak's figures (written by --soak) stay until the next soak replaces them.
      const soak = (previous as { soak?: unknown } | null)?.soak;
      const merged = { ...mergeResults(previous, next), ...(soak !== undefined && { soak }) };
      // Written as Prettier writes JSON (with the project's settings), so that `npm run lint` passes with the file in the tree.
      await writeFile(
        command.out,
        await format(JSON.stringify(merged, rounded, 2), {
          ...(await resolveConfig(command.out)),
          parser: 'json',
        }),
      );
      printSummary(measured.cases);
      console.log(
        `\nwrote ${command.out} (${merged.cases.length} cases) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    }
  }
  if (command.compare && old) {
    const next = await readResults(command.out);
    console.log(`\n${formatCompare(diffResults(old, next), command.compare, command.out)}`);
  }
  if (command.table) {
    const r = await readResults(command.out);
    console.log(`\n${tableCaption(r)}\n\n${markdownTable(r)}`);
  }
}

try {
  await main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
