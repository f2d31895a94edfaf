/**
 * Train / Pause / Resume / Step / Stop / Reset: the store's side of a run.
 * The engine reports the run's life (started, paused, records, ended with
 * its outcome) through events only (actions/engine.ts); nothing here
 * reports it a second time.
 */
import { engineApi } from '../engine-ref';
import { selectTrainBlockers, selectWouldContinue } from '../selectors';
import { selectIsRunning } from '../slices/run-slice';
import { useStore, type CurrentModel } from '../store';
import { ensureEngineData } from './data';
import type { BackendName } from '../../worker/protocol';
import { ServiceClosedError } from '../../worker/connect';
import { flushEngineEvents, stopRun } from './engine';
import { currentRunConfig } from './run-config';
import { beginRunRecord, failRunRecord } from './run-recording';

export interface TrainOptions {
  /**
   * Build a new model from fresh weights even though the settings still fit
   * the current one: to compare a changed setting from the same start.
   */
  fresh?: boolean;
}

/**
 * Train: continue the current model when the settings still fit it (and no
 * fresh model is asked for), otherwise build a new one. The UI asks before
 * discarding trained weights.
 */
export async function train(options: TrainOptions = {}): Promise<void> {
  const s = useStore.getState();
  const blockers = selectTrainBlockers(s);
  if (blockers.length > 0 || selectIsRunning(s)) {
    if (blockers[0]) useStore.setState({ trainMessage: { kind: 'error', text: blockers[0] } });
    return;
  }
  const cont = !options.fresh && selectWouldContinue(s);
  const runId = beginRunRecord(currentRunConfig(s), cont ? (s.model?.runId ?? null) : null);
  const model: CurrentModel = {
    source: cont && s.model ? s.model.source : 'trained',
    name: cont && s.model ? s.model.name : null,
    network: s.network,
    dataset: s.datasetSpec,
    training: s.training,
    loaded: cont && s.model ? s.model.loaded : null,
    trainable: true,
    runId,
  };
  useStore.setState({
    trainState: 'training',
    trainMessage: null,
    recovery: null,
    progress: null,
    model,
    runDiverged: false,
    keptEpoch: null,
    ...(!cont && { history: [], batchHistory: [], weightHistory: [], deadUnits: null }),
  });
  try {
    const datasetKey = await ensureEngineData();
    // The rate and schedule can be changed while a run is going, so also
    // while the data was on its way: such a change reached an engine with
    // no run to apply it to. Read them now, as the request leaves.
    const { learningRate, schedule } = useStore.getState().training;
    await engineApi().train({
      datasetKey,
      dataset: s.datasetSpec,
      network: s.network,
      training: { ...s.training, learningRate, schedule },
      continue: cont,
      backend: s.backendPreference,
    });
    // The run's end has arrived as an event: show it now rather than a frame later.
    flushEngineEvents();
  } catch (e) {
    // The engine was closed mid-run: its restart ends the run and says what was lost.
    if (e instanceof ServiceClosedError) return;
    // The engine refused the request before the run started, so no event reports it.
    void failRunRecord(runId, (e as Error).message);
    useStore.setState({
      trainState: 'error',
      trainMessage: { kind: 'error', text: (e as Error).message },
    });
  }
}

export function pause(): void {
  void engineApi().pause();
}

export function resume(): void {
  void engineApi().resume();
}

/** Play / pause toggle (the space bar): starts training when idle or done. */
export function togglePlay(): void {
  const s = useStore.getState();
  if (s.trainState === 'training') pause();
  else if (s.trainState === 'paused') resume();
  else if (s.sweepStatus !== 'idle') return;
  else if (selectTrainBlockers(s).length === 0 && (selectWouldContinue(s) || !s.model))
    void train();
}

/** While paused: run one batch, or to the end of the current epoch, then pause again. */
export function step(kind: 'batch' | 'epoch'): void {
  if (useStore.getState().trainState === 'paused') void engineApi().step(kind);
}

/** Stop the run; it ends even when the engine no longer answers (actions/engine.ts restarts it then). */
export function stop(): void {
  void stopRun();
}

/** After the GPU failed under a run: continue from the kept epoch on `backend`. */
export function continueOn(backend: BackendName): void {
  useStore.setState({ backendPreference: backend });
  void train();
}

/** Forget the trained weights and the history; the next Train starts fresh. */
export async function reset(): Promise<void> {
  await engineApi().reset();
  useStore.setState({
    trainState: 'idle',
    history: [],
    batchHistory: [],
    weightHistory: [],
    progress: null,
    trainMessage: null,
    recovery: null,
    model: null,
    deadUnits: null,
    runDiverged: false,
    keptEpoch: null,
  });
}
