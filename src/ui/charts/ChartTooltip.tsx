import type { TooltipContentProps } from 'recharts';
import { describePoint, formatExact } from '../../core/charts/chart-format';
import type { ChartPoint, Quantity, TaskKind } from '../../core/charts/series';

export interface TooltipSeries {
  key: 'train' | 'trainRaw' | 'val';
  name: string;
  color: string;
}

/** The chart's own row under the cursor (the validation line, per batch, has rows of its own). */
function hoveredRow(payload: TooltipContentProps['payload'] | undefined): ChartPoint | undefined {
  const entry = payload?.find((e) => e.dataKey === 'train' || e.dataKey === 'trainRaw');
  return entry?.payload as ChartPoint | undefined;
}

/**
 * What the hovered point is worth, to six significant digits, with where it
 * is in steps, epochs and time. Per batch, the validation value shown is
 * the one at the end of the hovered step's epoch, once that epoch is done.
 */
export function ChartTooltip({
  active,
  payload,
  quantity,
  task,
  perEpoch,
  series,
  validationByEpoch,
}: Pick<TooltipContentProps, 'active' | 'payload'> & {
  quantity: Quantity;
  task: TaskKind;
  perEpoch: boolean;
  series: TooltipSeries[];
  /** Per batch: validation value by epoch. */
  validationByEpoch: ReadonlyMap<number, number> | null;
}) {
  const point = hoveredRow(payload);
  if (!active || !point) return null;
  const rows = series.flatMap((s) => {
    if (s.key === 'val' && validationByEpoch) {
      const v = validationByEpoch.get(point.epoch);
      return v === undefined ? [] : [{ ...s, name: `${s.name} (end of epoch)`, value: v }];
    }
    const v = point[s.key];
    return v === null ? [] : [{ ...s, value: v }];
  });
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <p className="chart-tooltip-where">{describePoint(point, perEpoch)}</p>
      <dl>
        {rows.map((s) => (
          <div key={s.key}>
            <dt>
              <i style={{ background: s.color, opacity: s.key === 'trainRaw' ? 0.4 : 1 }} />
              {s.name}
            </dt>
            <dd>{formatExact(quantity, task, s.value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
