/**
 * The experiment file: a set of recorded runs as one JSON document, to
 * keep, share and import again. Everything in a file is checked here,
 * run by run, before the store sees it.
 */
import { fail, ok, type Result } from '../data/result';
import type { RunRecord } from './run-record';
import { upgradeRunRecord } from './run-upgrade';

export const EXPERIMENT_FORMAT = 'nn-playground-experiment';
export const EXPERIMENT_VERSION = 1;
/** Files larger than this are refused before they are read (bytes). */
export const EXPERIMENT_MAX_BYTES = 50 * 1024 * 1024;

export interface ExperimentFile {
  format: typeof EXPERIMENT_FORMAT;
  version: typeof EXPERIMENT_VERSION;
  runs: RunRecord[];
}

/** The file's text for `runs`. */
export function experimentJson(runs: readonly RunRecord[]): string {
  const file: ExperimentFile = {
    format: EXPERIMENT_FORMAT,
    version: EXPERIMENT_VERSION,
    runs: [...runs],
  };
  return JSON.stringify(file);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Null when a file of `bytes` may be read, else why not. */
export function experimentSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > EXPERIMENT_MAX_BYTES)
    return `The file is ${mb(bytes)}; experiment files may be at most ${mb(EXPERIMENT_MAX_BYTES)}.`;
  return null;
}

/**
 * The runs in an experiment file's text, each checked and upgraded, or a
 * message naming the first thing wrong ("run 3: epochs[2].loss must be a
 * number"; runs are counted from 1).
 */
export function parseExperiment(text: string): Result<RunRecord[]> {
  const tooBig = experimentSizeProblem(text.length);
  if (tooBig) return fail(tooBig);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(
      'The file is not JSON: export an experiment from the runs list and import that file.',
    );
  }
  const file = raw as { format?: unknown; version?: unknown; runs?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== EXPERIMENT_FORMAT)
    return fail(`This is not an experiment file (its "format" should be "${EXPERIMENT_FORMAT}").`);
  if (file.version !== EXPERIMENT_VERSION) {
    const newer = typeof file.version === 'number' && file.version > EXPERIMENT_VERSION;
    return fail(
      newer
        ? `The file is experiment version ${file.version}, from a newer app; this one reads version ${EXPERIMENT_VERSION}.`
        : `The file's experiment version (${JSON.stringify(file.version ?? null)}) is not one this app knows (${EXPERIMENT_VERSION}).`,
    );
  }
  if (!Array.isArray(file.runs)) return fail('The file has no "runs" list.');
  if (file.runs.length === 0) return fail('The file holds no runs.');
  const runs: RunRecord[] = [];
  for (const [i, r] of file.runs.entries()) {
    const checked = upgradeRunRecord(r);
    if (!checked.ok) return fail(`run ${i + 1}: ${checked.error}`);
    runs.push(checked.value);
  }
  return ok(runs);
}
