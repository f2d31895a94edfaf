/**
 * "Find a learning rate": the store's side of the range test. The engine
 * runs it on a copy of the model and streams its progress as 'lr-range'
 * events (actions/engine.ts applies them); the curve comes back as the
 * command's answer. Using the suggestion sets the learning rate like the
 * field does.
 */
import { saidNotice, notice, type NoticeText } from '../slices/notice';
import { t } from '../../i18n';
import { lrRangeProblems, roundRate, type LrRangeSpec } from '../../core/train/lr-range';
import { engineApi } from '../engine-ref';
import { selectTrainBlockers } from '../selectors';
import { lrFinderKey, type LrFinderState } from '../slices/lr-finder-slice';
import { selectIsRunning } from '../slices/run-slice';
import { useStore } from '../store';
import { ensureEngineData } from './data';
import { setLearningRate } from './training-config';

const state = () => useStore.getState().lrFinder;

const setFinder = (patch: Partial<LrFinderState>): void =>
  useStore.setState((s) => ({ lrFinder: { ...s.lrFinder, ...patch } }));

const fail = (text: NoticeText): void =>
  setFinder({ status: 'error', progress: null, message: notice('error', text) });

/** Run the range test with the current network, data and settings. */
export async function findLearningRate(): Promise<void> {
  const s = useStore.getState();
  if (s.lrFinder.status === 'running') return;
  if (selectIsRunning(s)) return fail(() => t('training:notices.stopBeforeFinder'));
  const blocker = selectTrainBlockers(s)[0] ?? lrRangeProblems(s.lrFinder.range)[0];
  if (blocker) return fail(() => t('training:notices.finderBlocked', { reason: blocker }));
  const forKey = lrFinderKey(s);
  setFinder({ status: 'running', progress: null, cancelling: false, message: null });
  try {
    const datasetKey = await ensureEngineData();
    // Cancel pressed while the data was on its way: the engine has no test to cancel yet.
    const outcome = state().cancelling
      ? ({ kind: 'cancelled' } as const)
      : await engineApi().findLearningRate({
          datasetKey,
          dataset: s.datasetSpec,
          network: s.network,
          training: s.training,
          range: s.lrFinder.range,
        });
    if (outcome.kind === 'cancelled')
      setFinder({
        status: 'idle',
        progress: null,
        cancelling: false,
        message: saidNotice('info', () => t('training:notices.finderCancelled')),
      });
    else setFinder({ status: 'done', progress: null, result: outcome.result, forKey });
  } catch (e) {
    setFinder({ cancelling: false });
    fail((e as Error).message);
  }
}

/** Change the test's start rate, end rate or batch count (checked when it runs, and shown). */
export function setLrRange(patch: Partial<LrRangeSpec>): void {
  useStore.setState((s) => ({
    lrFinder: { ...s.lrFinder, range: { ...s.lrFinder.range, ...patch } },
  }));
}

/** Stop the running test; its curve is dropped. */
export function cancelLearningRateTest(): void {
  if (state().status !== 'running') return;
  setFinder({ cancelling: true });
  void engineApi().cancelLearningRateTest();
}

/** Set the learning rate to the suggestion, rounded to 2 significant digits. */
export function applySuggestedRate(): void {
  const rate = useStore.getState().lrFinder.result?.suggestion.rate;
  if (rate !== null && rate !== undefined) setLearningRate(roundRate(rate));
}
