/**
 * The experiment file: a set of recorded runs as one JSON document, to
 * keep, share and import again. Everything in a file is checked here,
 * run by run, before the store sees it.
 */
import { t } from '../../i18n';
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
  if (bytes === 0) return t('runs:experimentFile.empty');
  if (bytes > EXPERIMENT_MAX_BYTES)
    return t('runs:experimentFile.tooBig', { size: mb(bytes), max: mb(EXPERIMENT_MAX_BYTES) });
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
    return fail(t('runs:experimentFile.notJson'));
  }
  const file = raw as { format?: unknown; version?: unknown; runs?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== EXPERIMENT_FORMAT)
    return fail(t('runs:experimentFile.notExperiment', { format: EXPERIMENT_FORMAT }));
  if (file.version !== EXPERIMENT_VERSION) {
    const newer = typeof file.version === 'number' && file.version > EXPERIMENT_VERSION;
    return fail(
      newer
        ? t('runs:experimentFile.newer', {
            version: file.version as number,
            current: EXPERIMENT_VERSION,
          })
        : t('runs:experimentFile.unknownVersion', {
            version: JSON.stringify(file.version ?? null),
            current: EXPERIMENT_VERSION,
          }),
    );
  }
  if (!Array.isArray(file.runs)) return fail(t('runs:experimentFile.noRunsList'));
  if (file.runs.length === 0) return fail(t('runs:experimentFile.noRuns'));
  const runs: RunRecord[] = [];
  for (const [i, r] of file.runs.entries()) {
    const checked = upgradeRunRecord(r);
    if (!checked.ok)
      return fail(t('runs:experimentFile.runProblem', { n: i + 1, error: checked.error }));
    runs.push(checked.value);
  }
  return ok(runs);
}
