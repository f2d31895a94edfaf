/**
 * Train / Pause / Resume / Step / Stop / Reset: the store's side of a run.
 */
import { engineApi } from '../engine-ref';
import { selectTrainBlockers, selectWouldContinue } from '../selectors';
import { useStore, type CurrentModel } from '../store';
import { ensureEngineData } from './data';
import { flushEngineEvents, setRunActive } from './engine';
import { predictProbe } from './predict';

const isRunning = () => {
  const t = useStore.getState().trainState;
  return t === 'training' || t === 'paused';
};

/**
 * Train: continue the current model when the settings still fit it,
 * otherwise build a new one. The UI asks before discarding trained weights.
 */
export async function train(): Promise<void> {
  const s = useStore.getState();
  const blockers = selectTrainBlockers(s);
  if (blockers.length > 0 || isRunning()) {
    if (blockers[0]) useStore.setState({ trainMessage: { kind: 'error', text: blockers[0] } });
    return;
  }
  const cont = selectWouldContinue(s);
  const model: CurrentModel = {
    source: cont && s.model ? s.model.source : 'trained',
    name: cont && s.model ? s.model.name : null,
    network: s.network,
    dataset: s.datasetSpec,
    training: s.training,
    loaded: cont && s.model ? s.model.loaded : null,
    trainable: true,
  };
  useStore.setState({
    trainState: 'training',
    trainMessage: null,
    progress: null,
    model,
    ...(!cont && { history: [], batchHistory: [], weightHistory: [] }),
  });
  setRunActive(true);
  try {
    const datasetKey = await ensureEngineData();
    const result = await engineApi().train({
      datasetKey,
      dataset: s.datasetSpec,
      network: s.network,
      training: s.training,
      continue: cont,
      backend: s.backendPreference,
    });
    flushEngineEvents();
    const epoch = useStore.getState().history.at(-1)?.epoch ?? 0;
    useStore.setState({
      trainState: result.outcome === 'diverged' || result.outcome === 'failed' ? 'error' : 'done',
      trainMessage:
        result.outcome === 'stopped'
          ? { kind: 'info', text: `Stopped after epoch ${epoch}.` }
          : result.message
            ? { kind: result.outcome === 'early-stopped' ? 'info' : 'error', text: result.message }
            : null,
    });
  } catch (e) {
    useStore.setState({
      trainState: 'error',
      trainMessage: { kind: 'error', text: (e as Error).message },
    });
  } finally {
    setRunActive(false);
  }
  await predictProbe();
}

export function pause(): void {
  void engineApi().pause();
}

export function resume(): void {
  void engineApi().resume();
}

/** Play / pause toggle (the space bar): starts training when idle or done. */
export function togglePlay(): void {
  const t = useStore.getState().trainState;
  if (t === 'training') pause();
  else if (t === 'paused') resume();
  else if (
    selectTrainBlockers(useStore.getState()).length === 0 &&
    (selectWouldContinue(useStore.getState()) || !useStore.getState().model)
  )
    void train();
}

/** While paused: run one batch, or to the end of the current epoch, then pause again. */
export function step(kind: 'batch' | 'epoch'): void {
  if (useStore.getState().trainState === 'paused') void engineApi().step(kind);
}

export function stop(): void {
  void engineApi().stop();
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
    model: null,
    probeOutput: null,
    probeError: null,
  });
}
