/**
 * Derived facts the UI and actions share: what is wrong with the current
 * edits, and whether Train would continue the current model.
 */
import { datasetSpecSchema } from '../core/data/dataset-spec';
import { networkProblems, outputHead } from '../core/model/network-spec';
import { lossUnavailableReason } from '../core/train/losses';
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
  if (s.dataLoading) out.push(s.dataLoading.label);
  out.push(
    ...networkProblems(s.network, { inputShape: s.dataset.inputShape, task: s.dataset.task }).map(
      (p) => p.message,
    ),
  );
  out.push(...trainingProblems(s.training));
  const reason = lossUnavailableReason(s.training.loss, outputHead(s.network, s.dataset.task));
  if (reason) out.push(`Loss: ${reason}`);
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
