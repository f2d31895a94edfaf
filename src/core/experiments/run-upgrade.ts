/**
 * Every run record read back (from this browser's storage or an experiment
 * file) is checked and upgraded here, once, before anything else sees it.
 */
import type { z } from 'zod';
import { fail, ok, type Result } from '../data/result';
import { RUN_RECORD_VERSION, runRecordSchema, type RunRecord } from './run-record';

/** "epochs[2].loss" for the path ['epochs', 2, 'loss']. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** One issue as a sentence that names the field: "epochs[2].loss must be a number". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issuePath(issue.path) || 'the record';
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return `${where} is missing`;
    return `${where} must be ${article(String(issue.expected))}`;
  }
  if (issue.code === 'invalid_value')
    return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** The first issue of a failed parse, as describeIssue words it. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? describeIssue(issue) : 'the record is invalid';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `raw` as a current run record, or what is wrong with it. Records from
 * before sweeps and saved-model links (no `version`, no `sweepId` or
 * `modelName`) are read as version 1 with those empty; a record from a
 * newer app is refused rather than half read.
 */
export function upgradeRunRecord(raw: unknown): Result<RunRecord> {
  if (!isObject(raw)) return fail('the run is not an object');
  const version = raw.version ?? RUN_RECORD_VERSION;
  if (typeof version === 'number' && version > RUN_RECORD_VERSION)
    return fail(
      `it was written by a newer version of the app (run format ${version}; this one reads up to ${RUN_RECORD_VERSION})`,
    );
  const current = {
    ...raw,
    version,
    sweepId: raw.sweepId ?? null,
    modelName: raw.modelName ?? null,
    continuedFrom: raw.continuedFrom ?? null,
    message: raw.message ?? null,
  };
  const parsed = runRecordSchema.safeParse(current);
  return parsed.success ? ok(parsed.data as RunRecord) : fail(firstIssue(parsed.error));
}
