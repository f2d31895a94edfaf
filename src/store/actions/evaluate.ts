/**
 * "Evaluate on test set": the engine predicts the held-out test split, this
 * module counts the metrics (core/metrics.ts) and keeps the result with the
 * model and data it was for, so the panel shows it only while both are
 * current. Every refusal is a message in the panel, never a thrown error.
 */
import { saidNotice } from '../slices/notice';
import {
  metricsFromSummary,
  summariseTest,
  type TestEvaluationSummary,
} from '../../core/io/model-meta';
import { classificationMetrics, regressionMetrics } from '../../core/metrics';
import { t } from '../../i18n';
import { engineApi } from '../engine-ref';
import { evaluateBlocker, selectTestEvaluation } from '../slices/evaluate-slice';
import { useStore, type AppState, type CurrentModel } from '../store';
import { ensureEngineData } from './data';

export { evaluateBlocker, selectTestEvaluation } from '../slices/evaluate-slice';

/** Evaluate the current model on the test split of the current data. */
export async function evaluateTest(): Promise<void> {
  const s = useStore.getState();
  const blocker = evaluateBlocker(s);
  if (blocker) {
    useStore.setState({ evaluateMessage: { kind: 'error', text: blocker } });
    return;
  }
  const { model, datasetSpec, dataset } = s;
  if (!model) return;
  useStore.setState({ evaluating: true, evaluateMessage: null });
  try {
    const key = await ensureEngineData();
    const p = await engineApi().evaluateSplit(key, 'test');
    const task = dataset.task;
    const metrics =
      p.kind === 'classification' && task.kind === 'classification'
        ? classificationMetrics(dataset.test.y, p.predicted, task.classNames.length)
        : p.kind === 'regression' && task.kind === 'regression'
          ? regressionMetrics(dataset.test.y, p.values, task.targetNames.length)
          : null;
    if (!metrics) throw new Error(t('evaluate:errors.taskMismatch'));
    const names = task.kind === 'classification' ? task.classNames : task.targetNames;
    const summary = summariseTest(metrics, p.loss, names, new Date().toISOString());
    useStore.setState({
      testEvaluation: {
        summary,
        metrics,
        predictions: p,
        note: p.note,
        model,
        dataset: datasetSpec,
        fromSaved: false,
      },
    });
  } catch (e) {
    useStore.setState({
      evaluateMessage: saidNotice('error', () =>
        t('evaluate:errors.failed', { error: (e as Error).message }),
      ),
    });
  } finally {
    useStore.setState({ evaluating: false });
  }
}

/** The summary to save with the current model: its test evaluation if it is current, else null. */
export function currentTestSummary(): TestEvaluationSummary | null {
  return selectTestEvaluation(useStore.getState())?.summary ?? null;
}

/**
 * What a loaded model's saved evaluation shows ("evaluated when saved"), or
 * null when it has none; `dataset` is the current spec when it is the one
 * the model was saved with.
 */
export function savedTestEvaluation(
  summary: TestEvaluationSummary | null | undefined,
  model: CurrentModel,
  dataset: AppState['datasetSpec'],
): AppState['testEvaluation'] {
  if (!summary) return null;
  const metrics = metricsFromSummary(summary) ?? {
    // Too many classes to keep the matrix: only accuracy and loss were saved.
    kind: 'classification' as const,
    n: summary.n,
    accuracy: summary.kind === 'classification' ? summary.accuracy : null,
    confusion: [],
    perClass: [],
    macro: { precision: null, recall: null, f1: null },
    weighted: { precision: null, recall: null, f1: null },
  };
  return { summary, metrics, predictions: null, note: null, model, dataset, fromSaved: true };
}
