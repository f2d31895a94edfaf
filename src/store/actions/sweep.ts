/**
 * Running a sweep: each planned config in turn is put into the editor and
 * trained as a new model (reset first, never continued), tagged with the
 * sweep's id; the next starts when the run has ended. Stopping stops the
 * current run and the rest. At the end the user's own config comes back,
 * the sweep's runs are selected for comparison and the summary is shown.
 */
import { notice, type NoticeText } from '../slices/notice';
import { t } from '../../i18n';
import type { RunConfig } from '../../core/experiments/run-config';
import {
  bestIndex,
  planSweep,
  summarizeSweep,
  sweepProgressText,
  type SweepAxis,
} from '../../core/experiments/sweep';
import { selectIsRunning } from '../slices/run-slice';
import { useStore } from '../store';
import { engineRestarted } from './engine';
import { applyRunConfig, currentRunConfig } from './run-config';
import { runsWritesSettled } from './run-recording';
import { setRunsSelected } from './runs';
import { reset, stop, train } from './train';

const state = () => useStore.getState();

/** Resolves once no run is going. */
function runEnded(): Promise<void> {
  if (!selectIsRunning(state())) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useStore.subscribe(selectIsRunning, (going) => {
      if (going) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The newest run recorded for the sweep that is not yet in `known`, once its record is written. */
async function recordedRun(
  sweepId: string,
  known: readonly (string | null)[],
): Promise<string | null> {
  await runsWritesSettled();
  return state().runs.find((r) => r.sweepId === sweepId && !known.includes(r.id))?.id ?? null;
}

const fail = (text: NoticeText) => useStore.setState({ sweepMessage: notice('error', text) });

/** Train every run of the sweep over `axes`, `seeds` times each. */
export async function runSweep(axes: SweepAxis[], seeds: number): Promise<void> {
  const s = state();
  if (s.sweepStatus !== 'idle') return fail(() => t('runs:sweepMsg.going'));
  if (selectIsRunning(s)) return fail(() => t('runs:sweepMsg.stopTraining'));
  const own = currentRunConfig(s);
  const plan = planSweep(own, axes, seeds);
  if (!plan.ok) return fail(plan.error);
  const sweepId = `sweep-${Date.now().toString(36)}`;
  const runs = plan.value.runs;
  useStore.setState({ sweepStatus: 'running', sweepMessage: null, sweepResult: null });
  const ids: (string | null)[] = [];
  const durations: number[] = [];
  let problem: string | null = null;
  for (const [i, run] of runs.entries()) {
    if (state().sweepStatus !== 'running') break;
    useStore.setState({ sweepProgress: sweepProgressText(i + 1, runs.length, durations) });
    const started = performance.now();
    problem = await trainOne(
      run.config,
      sweepId,
      t('runs:sweepMsg.runOf', { n: i + 1, label: run.label }),
    );
    ids.push(await recordedRun(sweepId, ids));
    if (problem) break;
    durations.push(performance.now() - started);
  }
  const stopped = state().sweepStatus === 'stopping';
  useStore.setState({ nextRunSweepId: null });
  const restored = await applyRunConfig(own);
  finish(plan.value, ids, sweepId, problem, stopped, restored.ok ? null : restored.error);
}

/** Train `config` as a new model; a message when it could not run. */
async function trainOne(config: RunConfig, sweepId: string, what: string): Promise<string | null> {
  // A run before this one may have ended with the engine's crash: wait for the new engine.
  await engineRestarted();
  const applied = await applyRunConfig(config);
  if (!applied.ok) return t('runs:sweepMsg.problem', { what, error: applied.error });
  await reset();
  useStore.setState({ nextRunSweepId: sweepId });
  await train();
  await runEnded();
  const after = state();
  if (after.trainState === 'error' && after.history.length === 0)
    return t('runs:sweepMsg.runFailed', {
      what,
      error: after.trainMessage?.text ?? t('runs:sweepMsg.didNotStart'),
    });
  return null;
}

function finish(
  plan: Parameters<typeof summarizeSweep>[0],
  ids: (string | null)[],
  sweepId: string,
  problem: string | null,
  stopped: boolean,
  restoreError: string | null,
): void {
  const runs = state().runs;
  const summaries = ids.map((id) => runs.find((r) => r.id === id) ?? null);
  const higher = summaries.find((r) => r?.metric)?.metric !== 'mae';
  const metrics = summaries.map((r) => r?.bestValMetric ?? null);
  const best = bestIndex(metrics, higher);
  const done = ids.filter((id): id is string => id !== null);
  setRunsSelected(done);
  const ran = t('runs:sweepMsg.ran', { done: done.length, total: plan.runs.length });
  const text =
    problem ??
    (restoreError
      ? t('runs:sweepMsg.doneNoRestore', { ran, error: restoreError })
      : stopped
        ? t('runs:sweepMsg.stopped', { ran })
        : t('runs:sweepMsg.done', { ran }));
  useStore.setState({
    sweepStatus: 'idle',
    sweepProgress: null,
    sweepMessage: { kind: problem || restoreError ? 'error' : 'info', text },
    sweepResult: {
      sweepId,
      metricName: higher ? 'Val accuracy' : 'Val MAE',
      summary: summarizeSweep(plan, metrics, higher),
      bestRunId: best === null ? null : (ids[best] ?? null),
    },
  });
}

/** Stop the current run and the rest of the sweep. */
export function stopSweep(): void {
  if (state().sweepStatus !== 'running') return;
  useStore.setState({ sweepStatus: 'stopping' });
  if (selectIsRunning(state())) stop();
}
