/**
 * Chart series from training history: which records a chart draws, where
 * each one sits on the x-axis, smoothing and downsampling. Pure: the UI
 * memoises the result and hands it to recharts as is.
 */
import type { BatchRecord, EpochRecord } from '../train/history';
import { downsampleMinMax, levelChanges, minMaxIndices } from './downsample';
import { emaSmooth } from './smoothing';

/** Draw one point per optimisation step, or one per epoch. */
export type Granularity = 'batch' | 'epoch';
/** The x-axis unit: optimisation steps, epochs (fractional within an epoch), or training time. */
export type XAxisMode = 'step' | 'epoch' | 'time';
export type YScale = 'linear' | 'log';
export type TaskKind = 'classification' | 'regression';
/** What a chart draws: the loss, the task's metric (accuracy or MAE), or the learning rate. */
export type Quantity = 'loss' | 'metric' | 'learningRate';

/** The reader's choices, shared by every chart. */
export interface ChartView {
  granularity: Granularity;
  xAxis: XAxisMode;
  yScale: YScale;
  /** EMA weight for per-batch series, 0 (raw) .. 0.99. */
  smoothing: number;
}

export const DEFAULT_CHART_VIEW: ChartView = {
  granularity: 'batch',
  xAxis: 'step',
  yScale: 'linear',
  smoothing: 0.6,
};

/** The most rows a chart is given to draw: two per pixel column (min and max) of a chart in its ~300 px column; more only costs redraw time. */
const MAX_DRAWN_POINTS = 600;

/** One row of a chart's data. Values are null where there is nothing to draw. */
export interface ChartPoint {
  /** Position on the x-axis, in the view's unit (steps, epochs, or seconds). */
  x: number;
  epoch: number;
  /** Optimisation step, where known. */
  step: number | null;
  /** Training time of the model at this point, in seconds. */
  seconds: number;
  /** Per batch: the smoothed training value. Per epoch: the epoch's training value. */
  train: number | null;
  /** Per batch: the raw training value, drawn faint behind the smoothed one. */
  trainRaw: number | null;
  /** The validation value at the end of an epoch. */
  val: number | null;
}

/** What a chart draws. */
export interface ChartSeries {
  /** The chart's rows: training values, and per epoch the validation value too. */
  rows: ChartPoint[];
  /**
   * Per batch only: validation values at the ends of epochs, drawn as their
   * own line so that the thousands of batch rows carry no validation column
   * (and no dots) at all.
   */
  validation: ChartPoint[];
}

export interface HistoryInput {
  batches: readonly BatchRecord[];
  history: readonly EpochRecord[];
  task: TaskKind;
}

/**
 * The view that can be drawn from what is recorded: without per-batch
 * records (a loaded model, or before the first batch), per batch falls back
 * to per epoch and a step axis to an epoch axis.
 */
export function effectiveView(view: ChartView, hasBatches: boolean): ChartView {
  if (hasBatches) return view;
  return {
    ...view,
    granularity: 'epoch',
    xAxis: view.xAxis === 'step' ? 'epoch' : view.xAxis,
  };
}

const finiteFor = (v: number | null | undefined, yScale: YScale): number | null =>
  v === null || v === undefined || !Number.isFinite(v) || (yScale === 'log' && v <= 0) ? null : v;

function batchValue(r: BatchRecord, q: Quantity): number {
  return q === 'loss' ? r.loss : q === 'metric' ? r.metric : r.learningRate;
}

function epochTrainValue(r: EpochRecord, q: Quantity, task: TaskKind): number | null {
  if (q === 'loss') return r.loss;
  if (q === 'learningRate') return r.learningRate;
  return task === 'classification' ? r.acc : (r.mae ?? null);
}

function epochValValue(r: EpochRecord, q: Quantity, task: TaskKind): number | null {
  if (q === 'loss') return r.valLoss;
  if (q === 'learningRate') return null;
  return task === 'classification' ? r.valAcc : (r.valMae ?? null);
}

/** The last step of each epoch that has per-batch records. */
function lastStepByEpoch(batches: readonly BatchRecord[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of batches) out.set(r.epoch, Math.max(out.get(r.epoch) ?? 0, r.step));
  return out;
}

/**
 * Fractional epoch positions of per-batch records: the k-th of an epoch's n
 * steps sits at `epoch - 1 + k / n`, so the last one lands on the epoch's
 * number, where its epoch record is drawn. An epoch still running (after
 * `lastCompleteEpoch`) is assumed as long as the one before it.
 */
export function batchEpochPositions(
  batches: readonly BatchRecord[],
  lastCompleteEpoch: number,
): number[] {
  const counts = new Map<number, number>();
  for (const r of batches) counts.set(r.epoch, (counts.get(r.epoch) ?? 0) + 1);
  const out = new Array<number>(batches.length);
  let epoch = Number.NaN;
  let k = 0;
  let n = 1;
  let prevCount: number | undefined;
  for (let i = 0; i < batches.length; i++) {
    const r = batches[i] as BatchRecord;
    if (r.epoch !== epoch) {
      if (!Number.isNaN(epoch)) prevCount = counts.get(epoch);
      epoch = r.epoch;
      k = 0;
      n = counts.get(epoch) ?? 1;
      if (epoch > lastCompleteEpoch && prevCount !== undefined) n = Math.max(n, prevCount);
    }
    k++;
    out[i] = epoch - 1 + k / n;
  }
  return out;
}

/** Where an epoch record sits on the x-axis; null when it cannot be placed (no step known). */
function epochX(r: EpochRecord, mode: XAxisMode, lastStep: Map<number, number>): number | null {
  if (mode === 'epoch') return r.epoch;
  if (mode === 'time') return r.elapsedMs / 1000;
  return lastStep.get(r.epoch) ?? null;
}

/**
 * What a chart of `quantity` draws in `view`: at most `maxPoints` rows of
 * training values (min/max per bucket), and one validation value per epoch.
 * Values that cannot be drawn (non-finite, or not positive on a log scale)
 * are null, which the chart draws as a gap.
 */
export function buildChartSeries(
  input: HistoryInput,
  quantity: Quantity,
  view: ChartView,
  maxPoints: number = MAX_DRAWN_POINTS,
): ChartSeries {
  const { batches, history, task } = input;
  const { yScale } = view;
  const lastStep = lastStepByEpoch(batches);
  const drawn = (p: ChartPoint) => p.trainRaw ?? p.train;

  if (view.granularity === 'epoch' || batches.length === 0) {
    const rows: ChartPoint[] = [];
    for (const r of history) {
      const x = epochX(r, view.xAxis, lastStep);
      if (x === null) continue;
      rows.push({
        x,
        epoch: r.epoch,
        step: lastStep.get(r.epoch) ?? null,
        seconds: r.elapsedMs / 1000,
        train: finiteFor(epochTrainValue(r, quantity, task), yScale),
        trainRaw: null,
        val: finiteFor(epochValValue(r, quantity, task), yScale),
      });
    }
    return { rows: downsampleMinMax(rows, maxPoints, drawn).slice(), validation: [] };
  }

  const isLr = quantity === 'learningRate';
  const raw = batches.map((r) => batchValue(r, quantity));
  const smooth = isLr ? raw : emaSmooth(raw, view.smoothing);
  const epochXs =
    view.xAxis === 'epoch' ? batchEpochPositions(batches, history.at(-1)?.epoch ?? 0) : null;
  // Choose the rows first and build objects only for those: a long run has
  // hundreds of thousands of steps and this runs on every update.
  let keep: number[];
  if (isLr) {
    // A step function: only where it changes, then min/max if it changes often (cosine).
    const changes = levelChanges(raw);
    keep = minMaxIndices(changes.length, maxPoints, (j) => raw[changes[j] as number] as number).map(
      (j) => changes[j] as number,
    );
  } else keep = minMaxIndices(batches.length, maxPoints, (i) => finiteFor(raw[i], yScale));
  const kept = keep.map((i): ChartPoint => {
    const r = batches[i] as BatchRecord;
    return {
      x: epochXs ? (epochXs[i] as number) : view.xAxis === 'time' ? r.elapsedMs / 1000 : r.step,
      epoch: r.epoch,
      step: r.step,
      seconds: r.elapsedMs / 1000,
      train: finiteFor(smooth[i], yScale),
      trainRaw: isLr ? null : finiteFor(raw[i], yScale),
      val: null,
    };
  });
  if (isLr) return { rows: kept, validation: [] };

  const valRows: ChartPoint[] = [];
  for (const r of history) {
    const val = finiteFor(epochValValue(r, quantity, task), yScale);
    const x = epochX(r, view.xAxis, lastStep);
    if (val === null || x === null) continue;
    valRows.push({
      x,
      epoch: r.epoch,
      step: lastStep.get(r.epoch) ?? null,
      seconds: r.elapsedMs / 1000,
      train: null,
      trainRaw: null,
      val,
    });
  }
  return { rows: kept, validation: valRows };
}
