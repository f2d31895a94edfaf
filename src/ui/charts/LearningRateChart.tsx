import { formatExact } from '../../core/charts/chart-format';
import type { ChartView } from '../../core/charts/series';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { LR_COLOR } from './chart-theme';
import { SeriesChart } from './SeriesChart';

/** The learning rate in force at each step (or epoch), on its own small chart. */
export function LearningRateChart({ view }: { view: ChartView }) {
  const { t } = useTranslation('charts');
  const current = useStore(
    (s) => s.batchHistory.at(-1)?.learningRate ?? s.history.at(-1)?.learningRate,
  );
  return (
    <SeriesChart
      quantity="learningRate"
      view={view}
      testId="lr-chart"
      height={120}
      color={LR_COLOR}
      aside={
        current !== undefined && (
          <span className="chart-aside">
            {t('chart.lrNow')}{' '}
            <output data-testid="lr-chart-current">
              {formatExact('learningRate', 'regression', current)}
            </output>
          </span>
        )
      }
    />
  );
}
