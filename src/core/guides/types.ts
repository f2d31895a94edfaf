/**
 * Guided recipes: a situation set up in one click, then steps the user
 * takes, each ticked by a check over a small, plain view of the app's
 * state. Everything here is data and pure functions; the store feeds the
 * view and keeps the progress (store/actions/guides.ts).
 */
import type { ParseKeys } from 'i18next';
import type { DatasetSourceKind, DatasetSpec } from '../data/dataset-spec';
import type { RunSummary } from '../experiments/run-summary';
import type { LayerSpec, Shape } from '../model/layer-spec';
import type { NetworkSpec } from '../model/network-spec';
import type { PresetId } from '../model/presets';
import type { TrainState } from '../train/history';
import type { TrainingConfig } from '../train/training-config';

/**
 * A key of a recipe's words in the "guides" namespace (not the drawer's
 * own words, nor its messages). Recipes name their words by key and the
 * drawer looks them up when it renders, so a change of language re-words
 * an open recipe at once.
 */
export type GuideText = Exclude<
  ParseKeys<'guides'>,
  `${'drawer' | 'stepState' | 'errors'}.${string}`
>;

/** What a guide's checks may read: plain data, copied from the store. */
export interface GuideView {
  datasetKind: DatasetSourceKind;
  /** Rows in the current training split. */
  trainSamples: number;
  network: NetworkSpec;
  training: TrainingConfig;
  trainState: TrainState;
  /** Every recorded run, newest first. */
  runs: readonly RunSummary[];
  /** Runs chosen for comparison in the Runs panel. */
  runsSelected: readonly string[];
  /** Models saved in this browser, with when (ISO date). */
  saved: readonly { name: string; savedAt: string }[];
  /** Where the model held now came from, or null when there is none. */
  modelSource: 'trained' | 'browser' | 'file' | null;
  /** The test split was evaluated in this page for the model held now. */
  testEvaluated: boolean;
  /** When a model was last downloaded (ms since the epoch), or null. */
  lastDownloadAt: number | null;
  /** Changes with every page load. */
  pageSession: string;
}

/** Where a guide is: its start, and the current step's start. */
export interface StepContext {
  /** When the guide was started (ms): runs before it do not count. */
  startedAt: number;
  /** When the current step became current (ms). */
  stepStartedAt: number;
  /** The page session the current step became current in. */
  stepSession: string;
}

export interface GuideStep {
  id: string;
  /** What to do, as an instruction. */
  title: GuideText;
  /** What to watch for while doing it, and why (a file name in it is marked `<file>…</file>`). */
  detail: GuideText;
  /** True once the user has done it. */
  done(view: GuideView, ctx: StepContext): boolean;
}

/** The situation a guide starts from: data, a preset, and what differs from it. */
export interface GuideSetup {
  dataset: DatasetSpec;
  preset: PresetId;
  /** Replaces the preset's layers when given (`ids` names them). */
  layers?: (inputShape: Shape, ids: () => string) => LayerSpec[];
  /** Hyperparameters on top of the preset's. */
  training: Partial<TrainingConfig>;
}

export interface Guide {
  id: string;
  title: GuideText;
  /** One sentence: what the user will see. */
  summary: GuideText;
  setup: GuideSetup;
  steps: readonly GuideStep[];
}
