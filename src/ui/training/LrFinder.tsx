import { useId } from 'react';
import { describeStop, formatRate, roundRate, suggestionReason } from '../../core/train/lr-range';
import {
  applySuggestedRate,
  cancelLearningRateTest,
  findLearningRate,
} from '../../store/actions/lr-finder';
import { selectLrFinderStale } from '../../store/slices/lr-finder-slice';
import { useStore } from '../../store/store';
import { Trans, useTranslation } from '../../i18n/react';
import type { LrRangeResult } from '../../worker/protocol';
import { NoticeLine } from '../common/Panel';
import { LrRangeChart } from './LrRangeChart';
import { LrRangeFields } from './LrRangeFields';

/**
 * "Find a learning rate": the range test's button, its progress and Cancel,
 * then its curve and the suggested rate with a button that uses it.
 */
export function LrFinder() {
  const { t } = useTranslation('training');
  const f = useStore((s) => s.lrFinder);
  const running = f.status === 'running';
  const { startLr, endLr, steps } = f.range;
  return (
    <div className="lr-finder">
      <div className="row lr-finder-row">
        <button type="button" disabled={running} onClick={() => void findLearningRate()}>
          {t('finder.find')}
        </button>
        {running && (
          <button type="button" disabled={f.cancelling} onClick={cancelLearningRateTest}>
            {f.cancelling ? t('finder.cancelling') : t('finder.cancel')}
          </button>
        )}
      </div>
      <p className="help">
        {t('finder.help', { steps, start: formatRate(startLr), end: formatRate(endLr) })}
      </p>
      <LrRangeFields disabled={running} />
      {running && (
        <p className="progress lr-finder-progress">
          <progress
            aria-label={t('finder.progressLabel')}
            max={f.progress?.batches ?? steps}
            value={f.progress?.batch ?? 0}
          />
          <span role="status">
            {f.progress
              ? t('finder.progress', {
                  batch: f.progress.batch,
                  batches: f.progress.batches,
                  rate: formatRate(f.progress.rate),
                })
              : t('finder.starting')}
          </span>
        </p>
      )}
      <NoticeLine notice={f.message} testId="lr-finder-message" />
      {f.result && !running && <LrFinderResult result={f.result} />}
    </div>
  );
}

function LrFinderResult({ result }: { result: LrRangeResult }) {
  const { t } = useTranslation('training');
  const stale = useStore(selectLrFinderStale);
  const seed = useStore((s) => s.training.seed);
  const id = useId();
  const { suggestion } = result;
  return (
    <div className="lr-finder-result">
      <LrRangeChart result={result} describedBy={id} />
      <div id={id}>
        {suggestion.rate === null ? (
          <p className="lr-suggestion">{suggestionReason(suggestion)}</p>
        ) : (
          <p className="lr-suggestion row">
            <span>
              <Trans
                t={t}
                i18nKey="finder.suggested"
                values={{ rate: formatRate(suggestion.rate), reason: suggestionReason(suggestion) }}
                components={{ strong: <strong /> }}
              />
            </span>
            <button type="button" className="primary" onClick={applySuggestedRate}>
              {t('finder.use', { rate: formatRate(roundRate(suggestion.rate)) })}
            </button>
          </p>
        )}
        <p className="help">
          {describeStop(result.stop, result.rates.length, result.stopRate)}{' '}
          {result.startedFrom === 'trained'
            ? t('finder.fromTrained')
            : t('finder.fromFresh', { seed })}
        </p>
      </div>
      {stale && (
        <p className="notice info" role="status">
          {t('finder.stale')}
        </p>
      )}
    </div>
  );
}
