import { memo } from 'react';
import type { TooltipSeries } from './ChartTooltip';

/**
 * A chart's legend in plain HTML, outside recharts: it changes only with
 * the series shown, not on every redraw of the data. The faint raw series
 * is named by the tooltip, not here.
 */
export const ChartLegend = memo(function ChartLegend({ series }: { series: TooltipSeries[] }) {
  return (
    <ul className="chart-legend">
      {series
        .filter((s) => s.key !== 'trainRaw')
        .map((s) => (
          <li key={s.key}>
            <i style={{ background: s.color }} aria-hidden="true" />
            {s.name}
          </li>
        ))}
    </ul>
  );
});
