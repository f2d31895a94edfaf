/** Views and run summaries for the guides' unit tests. */
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import type { RunSummary } from '../experiments/run-summary';
import { presetById } from '../model/presets';
import type { NetworkSpec } from '../model/network-spec';
import { DEFAULT_TRAINING, type TrainingConfig } from '../train/training-config';
import type { Guide, GuideView, StepContext } from './types';

export const T0 = 1_000_000;
export const CTX: StepContext = { startedAt: T0, stepStartedAt: T0, stepSession: 'page-1' };

let ids = 0;
const nextId = () => `t${(ids += 1)}`;

/** The network and hyperparameters a guide sets up, as the store would hold them. */
export function setupOf(guide: Guide): { network: NetworkSpec; training: TrainingConfig } {
  const shape = guide.setup.dataset.kind === 'mnist' ? [28, 28, 1] : [2];
  const layers = guide.setup.layers
    ? guide.setup.layers(shape, nextId)
    : presetById(guide.setup.preset).build(shape, nextId);
  return {
    network: { layers, binaryHead: 'softmax' },
    training: { ...DEFAULT_TRAINING, ...guide.setup.training },
  };
}

export function view(patch: Partial<GuideView> = {}): GuideView {
  return {
    datasetKind: 'circle',
    trainSamples: 240,
    network: { layers: presetById('relu-mlp').build([2], nextId), binaryHead: 'softmax' },
    training: DEFAULT_TRAINING,
    trainState: 'idle',
    runs: [],
    runsSelected: [],
    saved: [],
    modelSource: null,
    testEvaluated: false,
    lastDownloadAt: null,
    pageSession: 'page-1',
    ...patch,
  };
}

/** A finished run started just after T0, trained with `training` on `network`. */
export function run(
  patch: Partial<RunSummary> & { training?: Partial<TrainingConfig>; network?: NetworkSpec } = {},
): RunSummary {
  const { training, network, ...rest } = patch;
  const id = nextId();
  return {
    id,
    name: id,
    colour: 0,
    startedAt: T0 + 10,
    status: 'done',
    message: null,
    config: {
      dataset: DEFAULT_DATASET_SPEC,
      network: network ?? view().network,
      training: { ...DEFAULT_TRAINING, ...training },
      backend: 'auto',
    },
    backend: 'cpu',
    durationMs: 1000,
    epochs: 10,
    metric: 'accuracy',
    finalValMetric: 0.95,
    bestValMetric: 0.95,
    finalValLoss: 0.1,
    bestValLoss: 0.1,
    finalTrainLoss: 0.1,
    continuedFrom: null,
    modelName: null,
    sweepId: null,
    starred: false,
    bytes: 100,
    ...rest,
  };
}

/** The step of `guide` with this id. */
export function stepOf(guide: Guide, id: string) {
  const step = guide.steps.find((s) => s.id === id);
  if (!step) throw new Error(`${guide.id} has no step ${id}`);
  return step;
}
