import { useShallow } from 'zustand/react/shallow';
import { formatDuration, formatInt } from '../../core/format';
import { pause, reset, resume, stop, train } from '../../store/actions/train';
import { selectTrainBlockers, selectWouldContinue } from '../../store/selectors';
import { useStore } from '../../store/store';
import { NoticeLine } from '../common/Panel';

/** Train / Pause / Resume / Stop / Reset and the progress of the run. */
export function TrainControls() {
  const state = useStore((s) => s.trainState);
  const blockers = useStore(useShallow(selectTrainBlockers));
  const wouldContinue = useStore(selectWouldContinue);
  const hasModel = useStore((s) => s.model !== null);
  const progress = useStore((s) => s.progress);
  const message = useStore((s) => s.trainMessage);
  const running = state === 'training' || state === 'paused';
  const blocked = blockers.length > 0;

  return (
    <div className="train-controls">
      <div className="buttons" role="group" aria-label="Training controls">
        <button
          type="button"
          className="primary"
          disabled={running || blocked}
          title={blocked ? blockers[0] : undefined}
          onClick={() => void train()}
        >
          {wouldContinue ? 'Continue training' : 'Train'}
        </button>
        {state === 'paused' ? (
          <button type="button" onClick={resume}>
            Resume
          </button>
        ) : (
          <button type="button" disabled={state !== 'training'} onClick={pause}>
            Pause
          </button>
        )}
        <button type="button" disabled={!running} onClick={stop}>
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
      {blocked && !running && (
        <p className="notice error" data-testid="train-blocked">
          Can’t train yet: {blockers[0]}
        </p>
      )}
      {hasModel && !wouldContinue && !running && !blocked && (
        <p className="help">
          The settings differ from the trained model’s: Train builds a new model from fresh weights.
        </p>
      )}
      {progress && (
        <div className="progress" data-testid="progress">
          <progress
            aria-label="Training progress"
            max={progress.epochsTotal * progress.batchesPerEpoch}
            value={(progress.epoch - 1) * progress.batchesPerEpoch + progress.batch}
          />
          <span>
            Epoch {progress.epoch}/{progress.epochsTotal} · batch {progress.batch}/
            {progress.batchesPerEpoch} · {formatInt(progress.samplesPerSecond)} samples/s ·{' '}
            {formatDuration(progress.elapsedMs)}
          </span>
        </div>
      )}
      <NoticeLine notice={message} testId="train-message" />
    </div>
  );
}
