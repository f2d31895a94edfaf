/**
 * The evaluate slice: the last evaluation of each kind and the model and
 * data it was for, so a result is shown only while both are current.
 */
import type { DatasetSpec } from '../../core/data/dataset-spec';
import type { TestEvaluationSummary } from '../../core/io/model-meta';
import type { Metrics } from '../../core/metrics';
import type { Evaluation } from '../../worker/protocol';
import type { SplitPredictions } from '../../worker/protocol';
import { t } from '../../i18n';
import type { Notice } from './notice';
import { selectIsRunning, type CurrentModel } from './run-slice';
import type { AllSlices, SliceCreator } from './types';

/** The last "Evaluate on test set", and the model and data it was for. */
export interface TestEvaluation {
  /** The numbers, as saved with the model. */
  summary: TestEvaluationSummary;
  /** Everything shown, counted in core/metrics.ts. */
  metrics: Metrics;
  /** Per-sample predictions for browsing examples; null when read from a saved model. */
  predictions: SplitPredictions | null;
  /** How the loss was computed, when the user should know (logits), or null. */
  note: string | null;
  model: CurrentModel;
  dataset: DatasetSpec;
  /** Read from the saved model ("evaluated when saved") rather than computed now. */
  fromSaved: boolean;
}

export interface EvaluateSlice {
  /** An evaluation, and the model and data it was for (shown only while both are current). */
  evaluation: { result: Evaluation; model: CurrentModel; dataset: DatasetSpec } | null;
  /** The last test-split evaluation (store/actions/evaluate.ts): shown only while current. */
  testEvaluation: TestEvaluation | null;
  /** True while the test split is being evaluated. */
  evaluating: boolean;
  /** The Evaluate panel's last message (why it could not evaluate), or null. */
  evaluateMessage: Notice;
}

export const initialEvaluateState = (): EvaluateSlice => ({
  evaluation: null,
  testEvaluation: null,
  evaluating: false,
  evaluateMessage: null,
});

export const createEvaluateSlice: SliceCreator<EvaluateSlice> = () => initialEvaluateState();

/** Why the test split cannot be evaluated now, or null. */
export function evaluateBlocker(s: AllSlices): string | null {
  if (!s.model) return t('evaluate:blocker.noModel');
  if (selectIsRunning(s)) return t('evaluate:blocker.running');
  if (s.dataLoading) return t('evaluate:blocker.loading');
  if (s.datasetError) return t('evaluate:blocker.dataError', { error: s.datasetError });
  if (s.dataset.test.n === 0) return t('evaluate:blocker.emptyTest');
  return null;
}

/** The current test evaluation, if it is for the current model and data; else null. */
export function selectTestEvaluation(s: AllSlices): TestEvaluation | null {
  const e = s.testEvaluation;
  return e && e.model === s.model && e.dataset === s.datasetSpec ? e : null;
}
