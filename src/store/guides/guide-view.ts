/**
 * The small, plain view of the store that guides' checks read
 * (core/guides/types.ts GuideView), and the parts of the store it is
 * made of, for the reaction that re-checks the current step.
 */
import type { GuideView } from '../../core/guides/types';
import { selectTestEvaluation } from '../slices/evaluate-slice';
import type { AppState } from '../store';

export function guideView(s: AppState): GuideView {
  const test = selectTestEvaluation(s);
  return {
    datasetKind: s.datasetSpec.kind,
    trainSamples: s.dataset.train.n,
    network: s.network,
    training: s.training,
    trainState: s.trainState,
    runs: s.runs,
    runsSelected: s.runsSelected,
    saved: s.saved,
    modelSource: s.model?.source ?? null,
    testEvaluated: test !== null && !test.fromSaved,
    lastDownloadAt: s.lastDownloadAt,
    pageSession: s.guideSession,
  };
}

/** What the view is made of: when none of these changed, the verdict has not either. */
export const guideInputs = (s: AppState) =>
  [
    s.guide,
    s.datasetSpec,
    s.dataset,
    s.network,
    s.training,
    s.trainState,
    s.runs,
    s.runsSelected,
    s.saved,
    s.model,
    s.testEvaluation,
    s.lastDownloadAt,
  ] as const;
