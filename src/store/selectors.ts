/**
 * Derived facts the UI and actions share: what is wrong with the current
 * edits, and whether Train would continue the current model.
 */
import { datasetSpecSchema } from '../core/data/dataset-spec';
import { networkProblems, outputHead } from '../core/model/network-spec';
import { lossUnavailableReason } from '../core/train/losses';
import { trainingProblems } from '../core/train/training-config';
import { nonFiniteSummary } from '../core/io/weight-values';
import { stableStringify } from '../core/stable-json';
import { t } from '../i18n';
import type { AppState } from './store';
import { selectLrFinderRunning } from './slices/lr-finder-slice';
import { selectIsRunning } from './slices/run-slice';
import { selectSweepGoing } from './slices/sweep-slice';

/** True while the page's own work goes: a run (paused or not), a sweep or a learning-rate search. */
export const selectWorkGoing = (s: AppState): boolean =>
  selectIsRunning(s) || selectSweepGoing(s) || selectLrFinderRunning(s);

export const sameJson = (a: unknown, b: unknown): boolean =>
  stableStringify(a) === stableStringify(b);

/**
 * `derive` of the state, computed again only when one of the values `deps`
 * picks has changed (by identity). Components select on every store update,
 * a frame apart while training streams; the checks behind these (schema
 * parses, canonical JSON) must not run that often.
 */
export function memoOn<T>(deps: (s: AppState) => unknown[], derive: (s: AppState) => T) {
  let last: unknown[] | null = null;
  let value: T;
  return (s: AppState): T => {
    const now = deps(s);
    if (last === null || now.length !== last.length || now.some((d, i) => d !== last?.[i])) {
      value = derive(s);
      last = now;
    }
    return value;
  };
}

/** Every reason Train is not possible now, as messages; the same array until one of them changes. */
export const selectTrainBlockers = memoOn(
  (s) => [
    s.engine.status,
    s.datasetError,
    s.dataLoading,
    s.network,
    s.dataset,
    s.training,
    s.lrFinder.status,
    s.model,
    // The messages are worded in the page's language.
    s.language,
  ],
  trainBlockers,
);

function trainBlockers(s: AppState): string[] {
  const out: string[] = [];
  if (s.engine.status !== 'ready') out.push(t('training:blockers.engineNotReady'));
  if (s.lrFinder.status === 'running') out.push(t('training:blockers.finderRunning'));
  if (s.datasetError) out.push(s.datasetError);
  const bad = s.model?.loaded?.nonFinite;
  if (bad?.length && wouldContinue(s)) {
    out.push(t('training:blockers.loadedNonFinite', { summary: nonFiniteSummary(bad) }));
  }
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
export const selectWouldContinue = memoOn(
  (s) => [s.model, s.network, s.datasetSpec],
  wouldContinue,
);

function wouldContinue(s: AppState): boolean {
  const m = s.model;
  return (
    m !== null &&
    m.trainable &&
    datasetSpecSchema.safeParse(s.datasetSpec).success &&
    sameJson(m.network, s.network) &&
    sameJson(m.dataset, s.datasetSpec)
  );
}
