/**
 * The headline numbers of a run from its epoch records: the validation
 * metric at the end and at its best (accuracy for a classifier, higher is
 * better; MAE for a regressor, lower is better). Pure.
 */
import type { EpochRecord } from '../train/history';

export interface RunMetrics {
  /** "Val accuracy" or "Val MAE"; null when the run has no epochs yet. */
  name: string | null;
  higherIsBetter: boolean;
  final: number | null;
  best: number | null;
}

const finite = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** Final and best validation metric over `epochs`. */
export function runMetrics(epochs: readonly EpochRecord[]): RunMetrics {
  const first = epochs[0];
  if (!first) return { name: null, higherIsBetter: true, final: null, best: null };
  const classification = first.acc !== null;
  const value = (r: EpochRecord) => finite(classification ? r.valAcc : r.valMae);
  let best: number | null = null;
  for (const r of epochs) {
    const v = value(r);
    if (v !== null && (best === null || (classification ? v > best : v < best))) best = v;
  }
  const last = epochs.at(-1) as EpochRecord;
  return {
    name: classification ? 'Val accuracy' : 'Val MAE',
    higherIsBetter: classification,
    final: value(last),
    best,
  };
}
