import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDuration, formatInt } from '../../core/format';
import { stopSweep } from '../../store/actions/sweep';
import { pause, reset, resume, step, stop, train } from '../../store/actions/train';
import { asksBeforeNewModel, stopAskingBeforeNewModel } from '../../store/train/new-model-prompt';
import { selectTrainBlockers, selectWouldContinue } from '../../store/selectors';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { NoticeLine } from '../common/Panel';
import { FaultChoices } from './FaultChoices';
import { TrainBlocked } from './TrainBlocked';
import { usePlayShortcut } from './use-play-shortcut';
import './training.css';

/** Train / Pause / Resume / Step / Stop / Reset, and the run's progress. */
export function TrainControls() {
  const { t } = useTranslation('training');
  const state = useStore((s) => s.trainState);
  const running = useStore(selectIsRunning);
  const blockers = useStore(useShallow(selectTrainBlockers));
  const wouldContinue = useStore(selectWouldContinue);
  const hasModel = useStore((s) => s.model !== null);
  // Whether the model has trained, not how far: the count changes every epoch of a run,
  // and the controls need it only when a dialog opens (no run goes then).
  const trained = useStore((s) => (s.history.at(-1)?.epoch ?? 0) > 0);
  const trainedEpochs = () => useStore.getState().history.at(-1)?.epoch ?? 0;
  const message = useStore((s) => s.trainMessage);
  // A sweep trains its runs itself: Train waits for it, and Stop ends all of it.
  const sweeping = useStore((s) => s.sweepStatus !== 'idle');
  /**
   * While the "new model" question is open: the trained epochs it is about,
   * and whether the settings still fit the model (a fresh start was asked
   * for) or changed.
   */
  const [confirming, setConfirming] = useState<{ epochs: number; fresh: boolean } | null>(null);
  const [stopAsking, setStopAsking] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState<number | null>(null);
  const blocked = blockers.length > 0;
  usePlayShortcut();

  const trainNew = (fresh: boolean) => {
    if (trained && asksBeforeNewModel()) {
      setStopAsking(false);
      setConfirming({ epochs: trainedEpochs(), fresh });
    } else void train({ fresh });
  };
  const onTrain = () => {
    if (hasModel && !wouldContinue && trained) trainNew(false);
    else void train();
  };

  return (
    <div className="train-controls">
      <div className="buttons" role="group" aria-label={t('controls.group')}>
        <button
          type="button"
          className="primary"
          disabled={running || blocked || sweeping}
          title={
            sweeping ? t('controls.sweepBusy') : blocked ? blockers[0] : t('controls.shortcut')
          }
          onClick={onTrain}
        >
          {state === 'training'
            ? t('controls.training')
            : state === 'paused'
              ? t('controls.paused')
              : wouldContinue
                ? t('controls.continue')
                : t('controls.train')}
        </button>
        {state === 'paused' ? (
          <button type="button" onClick={resume} aria-keyshortcuts="Space">
            {t('controls.resume')}
          </button>
        ) : (
          <button
            type="button"
            disabled={state !== 'training'}
            onClick={pause}
            aria-keyshortcuts="Space"
          >
            {t('controls.pause')}
          </button>
        )}
        <button
          type="button"
          disabled={state !== 'paused'}
          onClick={() => step('batch')}
          title={t('controls.stepBatchTitle')}
        >
          {t('controls.stepBatch')}
        </button>
        <button
          type="button"
          disabled={state !== 'paused'}
          onClick={() => step('epoch')}
          title={t('controls.stepEpochTitle')}
        >
          {t('controls.stepEpoch')}
        </button>
        <button
          type="button"
          disabled={!running}
          onClick={sweeping ? stopSweep : stop}
          title={sweeping ? t('controls.stopSweepTitle') : undefined}
        >
          {t('controls.stop')}
        </button>
        <button
          type="button"
          disabled={running || (!hasModel && state === 'idle')}
          onClick={() => (trained ? setConfirmingReset(trainedEpochs()) : void reset())}
        >
          {t('controls.reset')}
        </button>
        {trained && (
          <button
            type="button"
            disabled={running || blocked || sweeping}
            title={t('controls.trainNewTitle')}
            onClick={() => trainNew(true)}
          >
            {t('controls.trainNew')}
          </button>
        )}
      </div>
      <p className="help">{t('controls.help')}</p>
      {blocked && !running && <TrainBlocked reason={blockers[0] ?? ''} />}
      {hasModel && !wouldContinue && !running && !blocked && (
        <p className="help">{t('controls.differs')}</p>
      )}
      <TrainProgress running={running} />
      <NoticeLine notice={message} testId="train-message" />
      <FaultChoices />
      <ConfirmDialog
        open={confirming !== null}
        title={t('controls.confirmTitle')}
        confirmLabel={t('controls.confirmLabel')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (stopAsking) stopAskingBeforeNewModel();
          setConfirming(null);
          void train({ fresh: confirming?.fresh ?? false });
        }}
      >
        <p>
          {t(confirming?.fresh ? 'controls.confirmFreshText' : 'controls.confirmText', {
            epochs: confirming?.epochs ?? 0,
          })}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={stopAsking}
            onChange={(e) => setStopAsking(e.target.checked)}
          />{' '}
          {t('controls.stopAsking')}
        </label>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmingReset !== null}
        title={t('controls.resetTitle')}
        confirmLabel={t('controls.resetLabel')}
        onCancel={() => setConfirmingReset(null)}
        onConfirm={() => {
          setConfirmingReset(null);
          void reset();
        }}
      >
        <p>{t('controls.resetText', { epochs: confirmingReset ?? 0 })}</p>
      </ConfirmDialog>
    </div>
  );
}

/**
 * The run's progress line. Its own component: the progress changes every
 * frame while training, and nothing else of the controls does.
 */
function TrainProgress({ running }: { running: boolean }) {
  const { t } = useTranslation('training');
  const progress = useStore((s) => s.progress);
  if (!progress) return null;
  return (
    <div className="progress" data-testid="progress">
      <progress
        aria-label={t('progress.label')}
        max={progress.epochsTotal * progress.batchesPerEpoch}
        value={(progress.epoch - 1) * progress.batchesPerEpoch + progress.batch}
      />
      <span data-testid="progress-text">
        {t('progress.line', {
          epoch: progress.epoch,
          epochs: progress.epochsTotal,
          batch: progress.batch,
          batches: progress.batchesPerEpoch,
          speed: formatInt(progress.samplesPerSecond),
          elapsed: formatDuration(progress.elapsedMs),
        })}
        <span data-testid="current-lr">{progress.learningRate}</span>
        {progress.etaMs !== null &&
          running &&
          t('progress.eta', { eta: formatDuration(progress.etaMs) })}
      </span>
    </div>
  );
}
