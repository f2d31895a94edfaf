/**
 * The training doctor's vocabulary: what it reads about a run (plain
 * numbers the app already has) and what it says back. Pure data; the rules
 * beside this file turn one into the other.
 */
import type { LossId } from '../train/losses';
import type { EpochRecord } from '../train/history';

/** One ReLU-family hidden layer, measured on one fixed batch at an epoch's end. */
export interface DeadUnitLayer {
  /** The layer's name in the model ("dense_1", "conv2d_1"). */
  name: string;
  /** Units (Dense) or channels (Conv2D) in the layer. */
  units: number;
  /** Of those, how many output 0 for every sample of the batch. */
  dead: number;
}

/** Dead units of every ReLU-family hidden layer after an epoch. */
export interface DeadUnitReport {
  epoch: number;
  /** Samples in the batch they were measured on (at most 256). */
  samples: number;
  layers: DeadUnitLayer[];
}

/** What the doctor can change, each applied through the store's own actions. */
export type FixId =
  | 'lower-rate'
  | 'raise-rate'
  | 'clip-gradients'
  | 'leaky-relu'
  | 'he-init'
  | 'early-stopping'
  | 'scale-inputs';

export type DiagnosisId =
  'chance-loss' | 'dead-units' | 'exploding' | 'overfitting' | 'flat-loss' | 'majority-class';

/** 'problem': the run is not learning; 'warning': it learns, but something is off. */
export type Severity = 'problem' | 'warning';

/** A number that backs a diagnosis, for the reader to check. */
export interface Evidence {
  label: string;
  value: number;
  /** How to show it: a plain number, a share (0..1 as a percentage) or an epoch number. */
  format: 'number' | 'percent' | 'epoch';
}

export interface Diagnosis {
  id: DiagnosisId;
  severity: Severity;
  /** A short heading ("The loss is stuck at chance level"). */
  title: string;
  /** What it means, in plain words, with the likely cause. */
  message: string;
  evidence: Evidence[];
  /** Suggested fixes, the most likely first. */
  fixes: FixId[];
}

/** Everything the rules read about one run. */
export interface DoctorInput {
  /** The model's epochs, oldest first. */
  history: readonly EpochRecord[];
  /** Classification: training samples per class. Null for regression. */
  classCounts: number[] | null;
  loss: LossId;
  /** Early stopping as the run had it configured. */
  earlyStopping: { enabled: boolean; patience: number; minDelta: number };
  /** Gradient clipping was on for the run. */
  clipping: boolean;
  /** The latest dead-unit measurement, or null where none was taken. */
  deadUnits: DeadUnitReport | null;
  /** The run ended because the loss became NaN or infinite, at this epoch; null otherwise. */
  divergedAt: number | null;
  /** Inputs are scaled (true), could be and are not (false), or the data has no such choice (null). */
  inputsScaled: boolean | null;
  /** Hidden layers use plain ReLU (the ones that can die). */
  reluHidden: boolean;
}

/** A rule: a diagnosis when the run shows the problem, null when it does not. */
export type Rule = (input: DoctorInput) => Diagnosis | null;
