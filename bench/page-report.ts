/**
 * What a bench page hands back to bench/run.ts: printed lines
 * (`window.__benchResults`), machine-readable cases (`window.__benchCases`,
 * written to bench/results.json) or an error. Shared by every page.
 */
import type { BenchCase } from './results';

/** One printed line: a figure, its unit and a note. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

declare global {
  interface Window {
    __benchResults?: BenchResult[];
    __benchCases?: BenchCase[];
    __benchError?: string;
  }
}

/** A page's report: `line` prints a figure, `addCase` adds a case, `done` hands both over. */
export function pageReport() {
  const lines: BenchResult[] = [];
  const cases: BenchCase[] = [];
  const out = document.getElementById('out') as HTMLPreElement;
  // An uncaught error anywhere (the app, its worker) makes the figures suspect: stop there.
  const uncaught = (e: ErrorEvent | PromiseRejectionEvent) =>
    report.fail('reason' in e ? e.reason : (e.error ?? e.message));
  window.addEventListener('error', uncaught);
  window.addEventListener('unhandledrejection', uncaught);
  const report = {
    line(r: BenchResult): void {
      lines.push(r);
      out.textContent = lines
        .map((x) => `${x.name}: ${x.value.toFixed(2)} ${x.unit} ${x.note ?? ''}`)
        .join('\n');
    },
    addCase(c: BenchCase): void {
      cases.push(c);
    },
    done(): void {
      window.__benchCases = cases;
      window.__benchResults = lines;
    },
    fail(e: unknown): void {
      window.__benchError ??= String(e instanceof Error ? (e.stack ?? e.message) : e);
      out.textContent = window.__benchError;
    },
  };
  return report;
}

export type PageReport = ReturnType<typeof pageReport>;

/** The page tfjs's memory: tensors, and bytes on the GPU where the backend has them (else null). */
export function memoryFigures(memory: { numTensors: number }): {
  tensors: number;
  gpuBytes: number | null;
} {
  const gpu = (memory as { numBytesInGPU?: unknown }).numBytesInGPU;
  return { tensors: memory.numTensors, gpuBytes: typeof gpu === 'number' ? gpu : null };
}
