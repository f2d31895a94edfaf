/**
 * Derived facts the UI and actions share: what is wrong with the current
 * edits, and whether Train would continue the current model.
 */
import { datasetSpecSchema } from '../core/data/dataset-spec';
import { networkProblems } from '../core/model/network-spec';
import { trainingProblems } from '../core/train/training-config';
import { stableStringify } from '../core/stable-json';
import type { AppState } from './store';

export const sameJson = (a: unknown, b: unknown): boolean =>
  stableStringify(a) === stableStringify(b);

/** Every reason Train is not possible now, as messages. A new array: select it with useShallow. */
export function selectTrainBlockers(s: AppState): string[] {
  const out: string[] = [];
  if (s.engine.status !== 'ready') out.push('The engine is not ready.');
  if (s.datasetError) out.push(s.datasetError);
  out.push(...networkProblems(s.network).map((p) => p.message));
  out.push(...trainingProblems(s.training));
  return out;
}

/** True when Train would continue the current model rather than build a new one. */
export function selectWouldContinue(s: AppState): boolean {
  const m = s.model;
  return (
    m !== null &&
    m.trainable &&
    datasetSpecSchema.safeParse(s.datasetSpec).success &&
    sameJson(m.network, s.network) &&
    sameJson(m.dataset, s.datasetSpec)
  );
}
