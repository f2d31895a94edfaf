/**
 * What crosses the engine worker's boundary about judging and keeping a
 * model: predictions and evaluations of a split, loaded and saved models,
 * and their files. Part of the protocol (protocol.ts re-exports it); no
 * tfjs, nothing that holds a tensor.
 */
import type { DamagedModelInfo, ModelMeta, SavedModelInfo } from '../core/io/model-meta';
import type { NonFiniteWeight } from '../core/io/weight-values';

// ---- Judging the model -----------------------------------------------------

export type SplitName = 'train' | 'validation' | 'test';

interface PredictionsBase {
  split: SplitName;
  n: number;
  /** Mean loss (cross-entropy or mean squared error); null for an empty split. */
  loss: number | null;
  /** How the numbers were computed, when the user should know (logits), or null. */
  note: string | null;
}

export interface ClassPredictions extends PredictionsBase {
  kind: 'classification';
  /** [n] index of the most probable class. */
  predicted: Int32Array;
  /** [n] probability of that class, 0..1. */
  confidence: Float32Array;
}

export interface ValuePredictions extends PredictionsBase {
  kind: 'regression';
  /** [n, targets] float32, row-major. */
  values: Float32Array;
}

export type SplitPredictions = ClassPredictions | ValuePredictions;

export interface SplitEvaluation {
  split: SplitName;
  n: number;
  /** Cross-entropy (classification) or mean squared error (regression); null for an empty split. */
  loss: number | null;
  /** Accuracy 0..1 (classification) or mean absolute error (regression). */
  metric: number | null;
}

export interface Evaluation {
  metricName: 'accuracy' | 'mae';
  splits: SplitEvaluation[];
  /** Something the user should know about how the numbers were computed, or null. */
  note: string | null;
}

// ---- Saved models and files ------------------------------------------------

interface LoadedLayer {
  name: string;
  className: string;
  outputShape: string;
  params: number;
  /** Names of the layers it takes its inputs from (the model's own layers only). */
  inbound: string[];
}

export interface ModelDescription {
  meta: ModelMeta | null;
  layers: LoadedLayer[];
  /**
   * Null for a Sequential model. For a functional one, why the editor
   * cannot take it ("This model's graph has a skip connection …"), or ''
   * when its graph is a plain chain.
   */
  graphNote: string | null;
  totalParams: number;
  inputShape: string;
  outputShape: string;
}

/** What the engine reports about a model it has just loaded. */
export interface LoadedModel extends ModelDescription {
  /** Shape of one input without the batch dimension (null: any size). */
  inputDims: (number | null)[];
  /** model.json's generatedBy / convertedBy, when the model came from files. */
  generatedBy: string | null;
  convertedBy: string | null;
  /** 'restored': training continues exactly; 'none': none was saved; 'ignored': see optimizerNote. */
  optimizerState: 'restored' | 'none' | 'ignored';
  optimizerNote: string | null;
  /** Weights that hold NaN or infinite values; absent when all are finite. */
  nonFinite?: NonFiniteWeight[];
}

export interface SaveOptions {
  /** Overwrite a saved model of the same name. */
  replace: boolean;
  /** Store the optimizer state too, so resumed training continues exactly. */
  includeOptimizer: boolean;
}

/** A model as files: model.json text, weights.bin, and optionally optimizer.json + .bin. */
export interface ExportedModel {
  modelJson: string;
  weights: ArrayBuffer;
  optimizer: { json: string; bin: ArrayBuffer } | null;
}

/** The models saved in this browser, and the records that could not be read. */
export interface Library {
  models: SavedModelInfo[];
  damaged: DamagedModelInfo[];
}
