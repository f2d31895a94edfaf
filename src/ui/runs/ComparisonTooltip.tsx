import type { TooltipContentProps } from 'recharts';
import { formatExact, formatXTick } from '../../core/charts/chart-format';
import type { Quantity, TaskKind, XAxisMode } from '../../core/charts/series';
import { valueAt, type RunCurves } from '../../core/experiments/comparison';

export interface ComparedRun {
  id: string;
  /** "Run 3 · Adam lr=0.01" */
  label: string;
  color: string;
  curves: RunCurves;
}

const X_NAMES: Record<XAxisMode, string> = { epoch: 'Epoch', step: 'Step', time: 'Time' };

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
  if (!active || typeof label !== 'number') return null;
  const rows = runs.flatMap((r) => {
    const train = valueAt(r.curves.train, label);
    const val = valueAt(r.curves.val, label);
    return train === null && val === null ? [] : [{ ...r, train, val }];
  });
  return (
    <div className="chart-tooltip" data-testid="comparison-tooltip">
      <p className="chart-tooltip-where">
        {X_NAMES[xAxis]} {formatXTick(xAxis, label)}
      </p>
      <dl>
        {rows.map((r) => (
          <div key={r.id}>
            <dt>
              <i style={{ background: r.color }} />
              {r.label}
            </dt>
            <dd>
              {r.train !== null && `train ${formatExact(quantity, task, r.train)}`}
              {r.train !== null && r.val !== null && ' · '}
              {r.val !== null && `val ${formatExact(quantity, task, r.val)}`}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
