/**
 * The network slice: the layer stack being edited with its undo history,
 * the hyperparameters, and the starting point (recipe or preset) they came
 * from.
 */
import { DEFAULT_DATASET_SPEC, type DatasetSourceKind } from '../../core/data/dataset-spec';
import { datasetIO, type NetworkSpec } from '../../core/model/network-spec';
import type { PresetId } from '../../core/model/presets';
import { RECIPES, recipeSetup } from '../../core/model/recipes';
import type { TrainingConfig } from '../../core/train/training-config';
import { INITIAL_DATASET } from './data-slice';
import type { SliceCreator } from './types';

/**
 * The starting point last applied (a dataset's recipe or a preset): while the
 * network and settings still equal it, picking another dataset replaces them
 * with that dataset's recipe; once edited, they are the user's and stay.
 */
interface Setup {
  /** The dataset it was made for. */
  kind: DatasetSourceKind;
  preset: PresetId;
  network: NetworkSpec;
  training: TrainingConfig;
}

export interface NetworkSlice {
  network: NetworkSpec;
  /** Undo / redo stacks of network edits, oldest first / next first. */
  networkPast: NetworkSpec[];
  networkFuture: NetworkSpec[];
  /** The last edit that later edits of the same setting may join as one undo step, and when. */
  lastEdit: { key: string; at: number } | null;
  training: TrainingConfig;
  /** The starting point last applied. */
  setup: Setup;
  /** What the last recipe or preset set, for the network panel; null once dismissed. */
  setupNotice: string | null;
}

/** The app's start: the circle data and its recipe, with fixed layer ids. */
function initialSetup(): Setup {
  let n = 0;
  const { network, training } = recipeSetup(
    DEFAULT_DATASET_SPEC.kind,
    datasetIO(INITIAL_DATASET),
    () => {
      n += 1;
      return `h${n}`;
    },
  );
  return {
    kind: DEFAULT_DATASET_SPEC.kind,
    preset: RECIPES[DEFAULT_DATASET_SPEC.kind].preset,
    network,
    training,
  };
}

const INITIAL_SETUP = initialSetup();

export const initialNetworkState = (): NetworkSlice => ({
  network: INITIAL_SETUP.network,
  networkPast: [],
  networkFuture: [],
  lastEdit: null,
  training: INITIAL_SETUP.training,
  setup: INITIAL_SETUP,
  setupNotice: null,
});

export const createNetworkSlice: SliceCreator<NetworkSlice> = () => initialNetworkState();
