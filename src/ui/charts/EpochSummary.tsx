import { formatMetric, formatPercent } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { useEpochHistory, useTaskKind } from './use-chart-data';

/**
 * The latest epoch's numbers as text, and the first epoch's loss to compare;
 * where early stopping put back an earlier epoch's weights, that epoch's
 * validation numbers too, as the model now holds them.
 */
export function EpochSummary() {
  const { t } = useTranslation('charts');
  const history = useEpochHistory();
  const task = useTaskKind();
  const last = history.at(-1);
  const first = history[0];
  const keptEpoch = useStore((s) => s.keptEpoch);
  if (!last) return null;
  const kept = keptEpoch !== last.epoch ? history.find((r) => r.epoch === keptEpoch) : undefined;
  return (
    <>
      <dl className="epoch-summary" data-testid="epoch-summary">
        <div>
          <dt>{t('summary.epoch')}</dt>
          <dd data-testid="last-epoch">{last.epoch}</dd>
        </div>
        <div>
          <dt>{t('summary.loss')}</dt>
          <dd data-testid="last-loss">{formatMetric(last.loss)}</dd>
        </div>
        <div>
          <dt>{t('summary.valLoss')}</dt>
          <dd data-testid="last-val-loss">{formatMetric(last.valLoss)}</dd>
        </div>
        {task === 'classification' ? (
          <>
            <div>
              <dt>{t('summary.accuracy')}</dt>
              <dd data-testid="last-acc">{formatPercent(last.acc)}</dd>
            </div>
            <div>
              <dt>{t('summary.valAccuracy')}</dt>
              <dd data-testid="last-val-acc">{formatPercent(last.valAcc)}</dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>MAE</dt>
              <dd data-testid="last-mae">{formatMetric(last.mae)}</dd>
            </div>
            <div>
              <dt>{t('summary.valMae')}</dt>
              <dd data-testid="last-val-mae">{formatMetric(last.valMae)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('summary.firstLoss')}</dt>
          <dd data-testid="first-loss">{formatMetric(first?.loss)}</dd>
        </div>
      </dl>
      {kept && (
        <p className="epoch-kept">
          {t('summary.kept', {
            epoch: kept.epoch,
            values:
              task === 'classification'
                ? t('summary.keptAcc', {
                    loss: formatMetric(kept.valLoss),
                    acc: formatPercent(kept.valAcc),
                  })
                : t('summary.keptMae', {
                    loss: formatMetric(kept.valLoss),
                    mae: formatMetric(kept.valMae),
                  }),
          })}
        </p>
      )}
    </>
  );
}
