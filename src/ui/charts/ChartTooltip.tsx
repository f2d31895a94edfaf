import { describePoint, formatExact } from '../../core/charts/chart-format';
import type { ChartPoint, Quantity, TaskKind } from '../../core/charts/series';
import { t } from '../../i18n';

export interface TooltipSeries {
  key: 'train' | 'trainRaw' | 'val';
  name: string;
  color: string;
}

/** One line of the tooltip: a series and its value at the hovered point. */
export interface TooltipLine extends TooltipSeries {
  value: number;
}

/**
 * The values at `point` for each series: per batch, the validation value is
 * the one at the end of the point's epoch, once that epoch is done.
 */
export function tooltipLines(
  point: ChartPoint,
  series: readonly TooltipSeries[],
  validationAtEpoch: ChartPoint | undefined,
  perBatch: boolean,
): TooltipLine[] {
  return series.flatMap((s) => {
    if (s.key === 'val' && perBatch) {
      const v = validationAtEpoch?.val;
      return v == null
        ? []
        : [{ ...s, name: t('charts:series.endOfEpoch', { name: s.name }), value: v }];
    }
    const v = point[s.key];
    return v === null ? [] : [{ ...s, value: v }];
  });
}

/**
 * What the hovered point is worth, to six significant digits, with where it
 * is in steps, epochs and time.
 */
export function ChartTooltip({
  point,
  lines,
  quantity,
  task,
  perEpoch,
}: {
  point: ChartPoint;
  lines: readonly TooltipLine[];
  quantity: Quantity;
  task: TaskKind;
  perEpoch: boolean;
}) {
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <p className="chart-tooltip-where">{describePoint(point, perEpoch)}</p>
      <dl>
        {lines.map((s) => (
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
