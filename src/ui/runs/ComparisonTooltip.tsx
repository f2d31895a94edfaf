import type { TooltipContentProps } from 'recharts';
import { formatExact, formatXTick } from '../../core/charts/chart-format';
import type { Quantity, TaskKind, XAxisMode } from '../../core/charts/series';
import { valueAt, type RunCurves } from '../../core/experiments/comparison';
import { useTranslation } from '../../i18n/react';

export interface ComparedRun {
  id: string;
  /** "Run 3 · Adam lr=0.01" */
  label: string;
  color: string;
  curves: RunCurves;
}

/** Every compared run's value at the hovered x: training and validation, in its colour. */
export function ComparisonTooltip({
  active,
  label,
  runs,
  quantity,
  task,
  xAxis,
}: Pick<TooltipContentProps, 'active' | 'label'> & {
  runs: readonly ComparedRun[];
  quantity: Quantity;
  task: TaskKind;
  xAxis: XAxisMode;
}) {
  const { t } = useTranslation('runs');
  if (!active || typeof label !== 'number') return null;
  const rows = runs.flatMap((r) => {
    const train = valueAt(r.curves.train, label);
    const val = valueAt(r.curves.val, label);
    return train === null && val === null ? [] : [{ ...r, train, val }];
  });
  return (
    <div className="chart-tooltip" data-testid="comparison-tooltip">
      <p className="chart-tooltip-where">
        {t(`comparison.where.${xAxis}`, { x: formatXTick(xAxis, label) })}
      </p>
      <dl>
        {rows.map((r) => (
          <div key={r.id}>
            <dt>
              <i style={{ background: r.color }} />
              <span translate="no">{r.label}</span>
            </dt>
            <dd>
              {r.train !== null &&
                t('comparison.train', { value: formatExact(quantity, task, r.train) })}
              {r.train !== null && r.val !== null && ' · '}
              {r.val !== null && t('comparison.val', { value: formatExact(quantity, task, r.val) })}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
