import { useId } from 'react';
import { formatRate, roundRate } from '../../core/train/lr-range';
import {
  applySuggestedRate,
  cancelLearningRateTest,
  findLearningRate,
} from '../../store/actions/lr-finder';
import { selectLrFinderStale } from '../../store/slices/lr-finder-slice';
import { useStore } from '../../store/store';
import type { LrRangeResult } from '../../worker/protocol';
import { NoticeLine } from '../common/Panel';
import { LrRangeChart } from './LrRangeChart';
import { LrRangeFields } from './LrRangeFields';

/**
 * "Find a learning rate": the range test's button, its progress and Cancel,
 * then its curve and the suggested rate with a button that uses it.
 */
export function LrFinder() {
  const f = useStore((s) => s.lrFinder);
  const running = f.status === 'running';
  const { startLr, endLr, steps } = f.range;
  return (
    <div className="lr-finder">
      <div className="row lr-finder-row">
        <button type="button" disabled={running} onClick={() => void findLearningRate()}>
          Find a learning rate
        </button>
        {running && (
          <button type="button" disabled={f.cancelling} onClick={cancelLearningRateTest}>
            {f.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </div>
      <p className="help">
        Trains a copy of the model for up to {steps} batches while the rate grows from{' '}
        {formatRate(startLr)} to {formatRate(endLr)}, and suggests the rate where the loss falls
        fastest; your model is not changed.
      </p>
      <LrRangeFields disabled={running} />
      {running && (
        <p className="progress lr-finder-progress">
          <progress
            aria-label="Learning-rate test progress"
            max={f.progress?.batches ?? steps}
            value={f.progress?.batch ?? 0}
          />
          <span role="status">
            {f.progress
              ? `Batch ${f.progress.batch} of up to ${f.progress.batches} · rate ${formatRate(f.progress.rate)}`
              : 'Starting the learning-rate test…'}
          </span>
        </p>
      )}
      <NoticeLine notice={f.message} testId="lr-finder-message" />
      {f.result && !running && <LrFinderResult result={f.result} />}
    </div>
  );
}

function LrFinderResult({ result }: { result: LrRangeResult }) {
  const stale = useStore(selectLrFinderStale);
  const seed = useStore((s) => s.training.seed);
  const id = useId();
  const { suggestion } = result;
  return (
    <div className="lr-finder-result">
      <LrRangeChart result={result} describedBy={id} />
      <div id={id}>
        {suggestion.rate === null ? (
          <p className="lr-suggestion">{suggestion.reason}</p>
        ) : (
          <p className="lr-suggestion row">
            <span>
              Suggested: <strong>{formatRate(suggestion.rate)}</strong> — {suggestion.reason}.
            </span>
            <button type="button" className="primary" onClick={applySuggestedRate}>
              Use {formatRate(roundRate(suggestion.rate))}
            </button>
          </p>
        )}
        <p className="help">
          {result.stopMessage}{' '}
          {result.startedFrom === 'trained'
            ? 'Started from the trained model’s weights.'
            : `Started from fresh weights (training seed ${seed}).`}
        </p>
      </div>
      {stale && (
        <p className="notice info" role="status">
          The settings have changed since this test: run it again for a curve that fits them.
        </p>
      )}
    </div>
  );
}
