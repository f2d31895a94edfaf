/**
 * Every run record read back (from this browser's storage or an experiment
 * file) is checked and upgraded here, once, before anything else sees it.
 */
import type { z } from 'zod';
import { t } from '../../i18n';
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

/** One issue as a sentence that names the field: "epochs[2].loss must be a number". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issuePath(issue.path) || t('runs:record.theRecord');
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return t('runs:record.missing', { where });
    const type = String(issue.expected);
    // English picks its article by the type's first letter; Chinese has none.
    return /^[aeiou]/.test(type)
      ? t('runs:record.mustBeAn', { where, type })
      : t('runs:record.mustBeA', { where, type });
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return t('runs:record.oneOf', { where, values });
  }
  return t('runs:record.other', { where, message: issue.message });
}

/** The first issue of a failed parse, as describeIssue words it. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? describeIssue(issue) : t('runs:record.invalid');
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
  if (!isObject(raw)) return fail(t('runs:record.notObject'));
  const version = raw.version ?? RUN_RECORD_VERSION;
  if (typeof version === 'number' && version > RUN_RECORD_VERSION)
    return fail(t('runs:record.newer', { version, max: RUN_RECORD_VERSION }));
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
