import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDuration, formatInt } from '../../core/format';
import { stopSweep } from '../../store/actions/sweep';
import { pause, reset, resume, step, stop, train } from '../../store/actions/train';
import { selectTrainBlockers, selectWouldContinue } from '../../store/selectors';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { NoticeLine } from '../common/Panel';
import { FaultChoices } from './FaultChoices';
import { TrainBlocked } from './TrainBlocked';
import { usePlayShortcut } from './use-play-shortcut';
import './training.css';

/** Train / Pause / Resume / Step / Stop / Reset, and the run's progress. */
export function TrainControls() {
  const state = useStore((s) => s.trainState);
  const running = useStore(selectIsRunning);
  const blockers = useStore(useShallow(selectTrainBlockers));
  const wouldContinue = useStore(selectWouldContinue);
  const hasModel = useStore((s) => s.model !== null);
  const trainedEpochs = useStore((s) => s.history.at(-1)?.epoch ?? 0);
  const message = useStore((s) => s.trainMessage);
  // A sweep trains its runs itself: Train waits for it, and Stop ends all of it.
  const sweeping = useStore((s) => s.sweepStatus !== 'idle');
  const [confirming, setConfirming] = useState(false);
  const blocked = blockers.length > 0;
  usePlayShortcut();

  const onTrain = () => {
    if (hasModel && !wouldContinue && trainedEpochs > 0) setConfirming(true);
    else void train();
  };

  return (
    <div className="train-controls">
      <div className="buttons" role="group" aria-label="Training controls">
        <button
          type="button"
          className="primary"
          disabled={running || blocked || sweeping}
          title={sweeping ? 'A sweep is training its runs' : blocked ? blockers[0] : 'Space'}
          onClick={onTrain}
        >
          {wouldContinue ? 'Continue training' : 'Train'}
        </button>
        {state === 'paused' ? (
          <button type="button" onClick={resume} aria-keyshortcuts="Space">
            Resume
          </button>
        ) : (
          <button
            type="button"
            disabled={state !== 'training'}
            onClick={pause}
            aria-keyshortcuts="Space"
          >
            Pause
          </button>
        )}
        <button
          type="button"
          disabled={state !== 'paused'}
          onClick={() => step('batch')}
          title="Run one batch, then pause"
        >
          Step batch
        </button>
        <button
          type="button"
          disabled={state !== 'paused'}
          onClick={() => step('epoch')}
          title="Run to the end of the epoch, then pause"
        >
          Step epoch
        </button>
        <button
          type="button"
          disabled={!running}
          onClick={sweeping ? stopSweep : stop}
          title={sweeping ? 'Stop this run and the rest of the sweep' : undefined}
        >
          Stop
        </button>
        <button
          type="button"
          disabled={running || (!hasModel && state === 'idle')}
          onClick={() => void reset()}
        >
          Reset
        </button>
      </div>
      <p className="help">Space: play / pause. While paused, step one batch or one epoch.</p>
      {blocked && !running && <TrainBlocked reason={blockers[0] ?? ''} />}
      {hasModel && !wouldContinue && !running && !blocked && (
        <p className="help">
          The settings differ from the trained model’s: Train builds a new model from fresh weights.
        </p>
      )}
      <TrainProgress running={running} />
      <NoticeLine notice={message} testId="train-message" />
      <FaultChoices />
      <ConfirmDialog
        open={confirming}
        title="Start a new model?"
        confirmLabel="Train new model"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void train();
        }}
      >
        <p>
          The network or data changed since this model was trained, so training builds a new model
          from fresh weights. The current model’s {trainedEpochs} trained epochs will be discarded.
          Save it first if you want to keep it.
        </p>
      </ConfirmDialog>
    </div>
  );
}

/**
 * The run's progress line. Its own component: the progress changes every
 * frame while training, and nothing else of the controls does.
 */
function TrainProgress({ running }: { running: boolean }) {
  const progress = useStore((s) => s.progress);
  if (!progress) return null;
  return (
    <div className="progress" data-testid="progress">
      <progress
        aria-label="Training progress"
        max={progress.epochsTotal * progress.batchesPerEpoch}
        value={(progress.epoch - 1) * progress.batchesPerEpoch + progress.batch}
      />
      <span data-testid="progress-text">
        Epoch {progress.epoch}/{progress.epochsTotal} · batch {progress.batch}/
        {progress.batchesPerEpoch} · {formatInt(progress.samplesPerSecond)} samples/s ·{' '}
        {formatDuration(progress.elapsedMs)} elapsed · learning rate{' '}
        <span data-testid="current-lr">{progress.learningRate}</span>
        {progress.etaMs !== null && running && ` · about ${formatDuration(progress.etaMs)} left`}
      </span>
    </div>
  );
}
