import { memo, useLayoutEffect, useRef } from 'react';
import type { TooltipSeries } from './ChartTooltip';

/**
 * A chart's legend in plain HTML, outside recharts: it changes only with
 * the series shown, not on every redraw of the data. The faint raw series
 * is named by the tooltip, not here. Where its names wrap onto a second
 * line, `onHeight` hears the new height, so the plot below can give up
 * that room instead of being covered.
 */
export const ChartLegend = memo(function ChartLegend({
  series,
  onHeight,
}: {
  series: TooltipSeries[];
  onHeight: (px: number) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const tell = () => onHeight(Math.ceil(el.getBoundingClientRect().height));
    tell();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(tell);
    watch.observe(el);
    return () => watch.disconnect();
  }, [onHeight]);
  return (
    <ul ref={list} className="chart-legend">
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
