/**
 * Training history as CSV, for a spreadsheet or pandas. Pure: the UI turns
 * the text into a download.
 */
import type { BatchRecord, EpochRecord } from '../train/history';
import type { TaskKind } from './series';

/** Missing values are empty cells; numbers keep full precision ("Infinity" and "NaN" as such). */
const cell = (v: number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

const toCsv = (header: string[], rows: (number | null | undefined)[][]): string =>
  [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';

/**
 * One row per epoch: `epoch,loss,val_loss,accuracy,val_accuracy,learning_rate,elapsed_ms`
 * (`mae,val_mae` in place of the accuracies for regression).
 */
export function epochHistoryCsv(history: readonly EpochRecord[], task: TaskKind): string {
  const cls = task === 'classification';
  return toCsv(
    [
      'epoch',
      'loss',
      'val_loss',
      cls ? 'accuracy' : 'mae',
      cls ? 'val_accuracy' : 'val_mae',
      'learning_rate',
      'elapsed_ms',
    ],
    history.map((r) => [
      r.epoch,
      r.loss,
      r.valLoss,
      cls ? r.acc : r.mae,
      cls ? r.valAcc : r.valMae,
      r.learningRate,
      r.elapsedMs,
    ]),
  );
}

/**
 * One row per optimisation step: `step,epoch,loss,accuracy,learning_rate,elapsed_ms`
 * (`mae` in place of `accuracy` for regression).
 */
export function batchHistoryCsv(batches: readonly BatchRecord[], task: TaskKind): string {
  return toCsv(
    [
      'step',
      'epoch',
      'loss',
      task === 'classification' ? 'accuracy' : 'mae',
      'learning_rate',
      'elapsed_ms',
    ],
    batches.map((r) => [r.step, r.epoch, r.loss, r.metric, r.learningRate, r.elapsedMs]),
  );
}
