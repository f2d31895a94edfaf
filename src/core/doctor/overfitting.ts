/**
 * Overfitting: the validation loss rising while the training loss keeps
 * falling. Both are smoothed over three epochs, and the rise must be clear
 * and last a few epochs, so a noisy validation set does not trip it. Says
 * where it began and what early stopping, with the run's patience, would
 * have kept.
 */
import { t } from '../../i18n';
import { EarlyStopper } from '../train/early-stopping';
import type { Diagnosis, DoctorInput, Rule } from './diagnosis';
import { argMin, movingAverage, tailMean } from './series';

const MIN_EPOCHS = 8;
/** Epochs of rise after the best one before it counts. */
const RISE_EPOCHS = 3;
/**
 * The recent validation loss is at least this much above its (smoothed)
 * best: doubled. Healthy default runs on small validation sets (iris, Auto
 * MPG) drift up by half once they have converged; that is noise, not a fault.
 */
const RISE = 1;
/**
 * ...and has given back at least this share of what it gained from the
 * first epoch to its best: near a tiny loss, doubling can still be noise.
 */
const GIVE_BACK = 0.25;
/** The training loss fell at least this much since then. */
const TRAIN_FALL = 0.03;

/** Where early stopping would have stopped (null: not within the history) and the epoch it kept. */
export function earlyStopReplay(
  history: DoctorInput['history'],
  spec: DoctorInput['earlyStopping'],
): { stoppedAt: number | null; kept: number | null } {
  const stopper = new EarlyStopper({ ...spec, enabled: true, restoreBest: true });
  for (const r of history)
    if (stopper.observe(r.epoch, r.valLoss) === 'stop')
      return { stoppedAt: r.epoch, kept: stopper.bestEpoch };
  return { stoppedAt: null, kept: stopper.bestEpoch };
}

export const overfitting: Rule = (input): Diagnosis | null => {
  const { history } = input;
  if (history.length < MIN_EPOCHS || history.some((r) => r.valLoss === null)) return null;
  const val = history.map((r) => r.valLoss as number);
  const train = movingAverage(
    history.map((r) => r.loss),
    1,
  );
  const smoothVal = movingAverage(val, 1);
  const best = argMin(smoothVal);
  const bestVal = smoothVal[best] as number;
  const recentVal = tailMean(val, 3);
  const recentTrain = tailMean(train, 2);
  if (
    history.length - 1 - best < RISE_EPOCHS ||
    !(recentVal > bestVal * (1 + RISE)) ||
    !(recentVal - bestVal >= GIVE_BACK * ((smoothVal[0] as number) - bestVal)) ||
    !(recentTrain < (train[best] as number) * (1 - TRAIN_FALL))
  )
    return null;
  const began = (history[best] as { epoch: number }).epoch + 1;
  const { stoppedAt, kept } = earlyStopReplay(history, input.earlyStopping);
  const patience = input.earlyStopping.patience;
  const replay =
    stoppedAt !== null && kept !== null
      ? t('doctor:overfitting.stopped', { patience, stoppedAt, kept })
      : t('doctor:overfitting.wouldKeep', { patience, kept: kept ?? began - 1 });
  return {
    id: 'overfitting',
    severity: 'warning',
    title: t('doctor:overfitting.title'),
    message: t('doctor:overfitting.message', {
      began,
      rise: Math.round((recentVal / bestVal - 1) * 100),
      replay,
    }),
    evidence: [
      { label: t('doctor:overfitting.began'), value: began, format: 'epoch' },
      { label: t('doctor:overfitting.bestVal'), value: bestVal, format: 'number' },
      { label: t('doctor:overfitting.recentVal'), value: recentVal, format: 'number' },
      ...(kept !== null
        ? [{ label: t('doctor:overfitting.kept'), value: kept, format: 'epoch' as const }]
        : []),
    ],
    fixes: input.earlyStopping.enabled ? [] : ['early-stopping'],
  };
};
