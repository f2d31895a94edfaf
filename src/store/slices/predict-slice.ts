/**
 * The predict slice: the probe point of the 2-D plane and what the model
 * says there, the drawn digit's, the typed row's and the batch file's
 * predictions, each with the model it came from.
 */
import { predictFitProblem } from '../../core/data/predict-fit';
import { t } from '../../i18n';
import type { CurrentModel } from './run-slice';
import type { AllSlices, SliceCreator } from './types';

/** A prediction for `model`: its outputs, or why there are none. */
interface ModelPrediction {
  model: CurrentModel;
  values: number[] | null;
  error: string | null;
}

export interface PredictSlice {
  probe: { x: number; y: number };
  /** Class probabilities at the point they were computed for. */
  probeOutput: { x: number; y: number; values: number[] } | null;
  probeError: string | null;
  /** The drawn digit's class probabilities (values) or why there are none (error), for `model`. */
  digitPrediction: ModelPrediction | null;
  /** The tabular form's prediction (class probabilities or target values) or its error, for `model`. */
  recordPrediction: ModelPrediction | null;
  /**
   * The last batch prediction of an uploaded CSV: the file to download (null when
   * no row could be predicted), a summary, and the file's or rows' problems.
   */
  batchPrediction: {
    model: CurrentModel | null;
    fileName: string;
    csv: string | null;
    summary: string | null;
    error: string | null;
  } | null;
  /** True while a batch file is read and predicted. */
  batchBusy: boolean;
  /**
   * Digit predictions in flight: at most one is; pixels drawn meanwhile wait
   * here (the latest only), null pixels meaning "cleared".
   */
  digitQueue: { busy: boolean; next: { pixels: Float32Array | null } | null };
  /** Move the probe point without predicting there (Predict does, through predictAt). */
  setProbe: (patch: Partial<{ x: number; y: number }>) => void;
}

export const initialPredictState = (): Omit<PredictSlice, 'setProbe'> => ({
  probe: { x: 0.5, y: 0.5 },
  probeOutput: null,
  probeError: null,
  digitPrediction: null,
  recordPrediction: null,
  batchPrediction: null,
  batchBusy: false,
  digitQueue: { busy: false, next: null },
});

export const createPredictSlice: SliceCreator<PredictSlice> = (set) => ({
  ...initialPredictState(),
  setProbe: (patch) => set((s) => ({ probe: { ...s.probe, ...patch } })),
});

/** Why the current model cannot predict on the current data now, or null when it can. */
export function selectPredictProblem(s: AllSlices): string | null {
  if (!s.model) return t('predict:problem.noModel');
  if (s.dataLoading) return t('predict:problem.loading', { loading: s.dataLoading.label });
  if (s.datasetError) return t('predict:problem.dataError', { error: s.datasetError });
  return predictFitProblem(
    {
      dataset: s.model.dataset,
      inputDims: s.model.loaded?.inputDims ?? null,
      hasSettings: s.model.trainable,
    },
    s.datasetSpec,
    s.dataset,
  );
}
