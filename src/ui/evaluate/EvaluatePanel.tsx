import { formatDateTime, formatInt, formatMetric, formatPercent } from '../../core/format';
import { Trans, useTranslation } from '../../i18n/react';
import { evaluateBlocker, evaluateTest, selectTestEvaluation } from '../../store/actions/evaluate';
import { useStore } from '../../store/store';
import { NoticeLine, Panel } from '../common/Panel';
import { ClassReport } from './ClassReport';
import { DigitResults } from './DigitResults';
import { PredictedVsActual } from './PredictedVsActual';
import './evaluate.css';
import { Explain } from '../learn/Explain';

/**
 * Step 6: judge the model on the held-out test split. Shows the result only
 * while it is for the current model and data; a result read from a saved
 * model says so until it is evaluated again.
 */
export function EvaluatePanel() {
  const { t } = useTranslation('evaluate');
  const blocker = useStore(evaluateBlocker);
  const busy = useStore((s) => s.evaluating);
  const message = useStore((s) => s.evaluateMessage);
  const result = useStore(selectTestEvaluation);
  const dataset = useStore((s) => s.dataset);
  const summary = result?.summary;

  return (
    <Panel title={t('panel.title')} id="evaluate">
      <p className="help">{t('panel.intro')}</p>
      <div className="row align-end">
        <button
          type="button"
          className="primary"
          disabled={blocker !== null || busy}
          aria-describedby={blocker ? 'evaluate-blocker' : undefined}
          onClick={() => void evaluateTest()}
        >
          {busy ? t('panel.evaluating') : t('panel.evaluate')}
        </button>
        <Explain concept="evaluation" />
      </div>
      {blocker && (
        <p className="help" id="evaluate-blocker" data-testid="evaluate-blocker">
          {blocker}
        </p>
      )}
      <NoticeLine notice={message} testId="evaluate-message" />
      {result && summary && (
        <section className="test-result" aria-label={t('panel.result')}>
          {result.fromSaved && (
            <p className="notice info" data-testid="evaluated-when-saved">
              <Trans
                t={t}
                i18nKey="panel.evaluatedWhenSaved"
                values={{ when: formatDateTime(summary.evaluatedAt) }}
                components={{ time: <time dateTime={summary.evaluatedAt} /> }}
              />
            </p>
          )}
          <dl className="test-summary">
            <div>
              <dt>{t('panel.testSamples')}</dt>
              <dd data-testid="test-n">{formatInt(summary.n)}</dd>
            </div>
            <div>
              <dt>{t('panel.loss')}</dt>
              <dd data-testid="test-loss">{formatMetric(summary.loss)}</dd>
            </div>
            {summary.kind === 'classification' ? (
              <div>
                <dt>{t('panel.accuracy')}</dt>
                <dd data-testid="test-accuracy">{formatPercent(summary.accuracy)}</dd>
              </div>
            ) : (
              <>
                <div>
                  <dt>MSE</dt>
                  <dd data-testid="test-mse">{formatMetric(summary.mse)}</dd>
                </div>
                <div>
                  <dt>MAE</dt>
                  <dd data-testid="test-mae">{formatMetric(summary.mae)}</dd>
                </div>
                <div>
                  <dt>R²</dt>
                  <dd data-testid="test-r2">{formatMetric(summary.r2)}</dd>
                </div>
              </>
            )}
          </dl>
          {result.note && <p className="help">{result.note}</p>}
          {result.metrics.kind === 'classification' && summary.kind === 'classification' && (
            <ClassReport
              metrics={result.metrics}
              classNames={summary.classNames}
              predictions={
                result.predictions?.kind === 'classification' ? result.predictions : null
              }
              dataset={result.fromSaved ? null : dataset}
            />
          )}
          {result.predictions?.kind === 'classification' && dataset.inputShape.length === 3 && (
            <DigitResults dataset={dataset} predictions={result.predictions} />
          )}
          {summary.kind === 'regression' && (
            <PredictedVsActual
              dataset={dataset}
              predictions={result.predictions?.kind === 'regression' ? result.predictions : null}
              targets={summary.targets}
            />
          )}
        </section>
      )}
    </Panel>
  );
}
