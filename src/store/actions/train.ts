/**
 * Train / Pause / Resume / Stop / Reset: the store's side of the run.
 */
import { engineApi } from '../engine-ref';
import { selectTrainBlockers, selectWouldContinue } from '../selectors';
import { useStore, type CurrentModel } from '../store';
import { flushEngineEvents, setRunActive } from './engine';
import { predictProbe } from './predict';

export async function train(): Promise<void> {
  const s = useStore.getState();
  const blockers = selectTrainBlockers(s);
  if (blockers.length > 0 || s.trainState === 'training' || s.trainState === 'paused') {
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
    loaded: null,
    trainable: true,
  };
  useStore.setState({
    trainState: 'training',
    trainMessage: null,
    progress: null,
    model,
    ...(!cont && { history: [] }),
  });
  setRunActive(true);
  try {
    const result = await engineApi().train({
      dataset: s.datasetSpec,
      network: s.network,
      training: s.training,
      continue: cont,
    });
    flushEngineEvents();
    const stopped = result.outcome === 'stopped';
    useStore.setState({
      trainState: result.outcome === 'diverged' || result.outcome === 'failed' ? 'error' : 'done',
      trainMessage: result.message
        ? { kind: 'error', text: result.message }
        : stopped
          ? {
              kind: 'info',
              text: `Stopped after epoch ${useStore.getState().history.at(-1)?.epoch ?? 0}.`,
            }
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

export function stop(): void {
  void engineApi().stop();
}

/** Forget the trained weights and the history; the next Train starts fresh. */
export async function reset(): Promise<void> {
  await engineApi().reset();
  useStore.setState({
    trainState: 'idle',
    history: [],
    progress: null,
    trainMessage: null,
    model: null,
    probeOutput: null,
    probeError: null,
  });
}
