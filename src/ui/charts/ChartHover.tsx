/**
 * Reading a training chart's values: a cursor, a dot on each line and a
 * tooltip at the point nearest to the pointer, drawn in HTML over the plot
 * so that moving the pointer never re-renders the chart itself. The x value
 * is shared with the other training charts (hover-sync.ts). The plot can
 * also be read from the keyboard: focus it, then the arrow keys, Home and
 * End move between points and Escape hides the reading.
 */
import { useCallback, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { nearestIndex } from '../../core/charts/nearest';
import type { ChartPoint, Quantity, TaskKind } from '../../core/charts/series';
import { useTranslation } from '../../i18n/react';
import { ChartTooltip, tooltipLines, type TooltipSeries } from './ChartTooltip';
import { useHoveredX, type HoverSync } from './hover-sync';
import { useGeometry, type GeometryCell } from './plot-geometry';

interface Reading {
  rows: ChartPoint[];
  /** Per batch: validation points at epoch ends. */
  validation: ChartPoint[];
  perBatch: boolean;
  series: TooltipSeries[];
  quantity: Quantity;
  task: TaskKind;
}

const EDGE_PX = 6;

/** Keys that move the reading, and where to: the index after `i` of `n` points. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  PageDown: (i, n) => i - Math.max(1, Math.round(n / 10)),
  PageUp: (i, n) => i + Math.max(1, Math.round(n / 10)),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The plot with its hover layer: pointer and keyboard in, the reading drawn over it. */
export function ChartHoverFrame({
  label,
  sync,
  cell,
  children,
  ...reading
}: Reading & {
  /** Names the plot for assistive technology. */
  label: string;
  sync: HoverSync;
  cell: GeometryCell;
  children: ReactNode;
}) {
  const { t } = useTranslation('charts');
  const { rows } = reading;
  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const { area, invertX } = cell.get();
      const r = e.currentTarget.getBoundingClientRect();
      const px = e.clientX - r.left;
      const py = e.clientY - r.top;
      // A few pixels of slack around the plot area, so its very edges can be read.
      const inside =
        area &&
        px >= area.x - EDGE_PX &&
        px <= area.x + area.width + EDGE_PX &&
        py >= area.y - EDGE_PX &&
        py <= area.y + area.height + EDGE_PX;
      const clamped = area ? Math.min(area.x + area.width, Math.max(area.x, px)) : px;
      const x = inside && invertX ? Number(invertX(clamped)) : NaN;
      sync.set(Number.isFinite(x) ? x : null);
    },
    [cell, sync],
  );
  const onPointerLeave = useCallback(() => sync.set(null), [sync]);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === 'Escape') return sync.set(null);
      const move = MOVES[e.key];
      if (!move || rows.length === 0) return;
      e.preventDefault();
      const at = sync.get();
      const i = at === null ? rows.length - 1 : move(nearestIndex(rows, at), rows.length);
      sync.set((rows[Math.min(rows.length - 1, Math.max(0, i))] as ChartPoint).x);
    },
    [rows, sync],
  );
  return (
    <div
      className="chart-plot"
      role="group"
      aria-label={t('chart.readValues', { label })}
      tabIndex={rows.length > 0 ? 0 : -1}
      // A tap reads the point under the finger: touch sends no move without a press.
      onPointerDown={onPointerMove}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
      onKeyDown={onKeyDown}
      onBlur={onPointerLeave}
    >
      {children}
      <HoverReading {...reading} sync={sync} cell={cell} />
    </div>
  );
}

function HoverReading({
  rows,
  validation,
  perBatch,
  series,
  quantity,
  task,
  sync,
  cell,
}: Reading & { sync: HoverSync; cell: GeometryCell }) {
  const hovered = useHoveredX(sync);
  const { area, x: toX, y: toY } = useGeometry(cell);
  if (hovered === null || !area || !toX || !toY) return null;
  const point = rows[nearestIndex(rows, hovered)];
  const px = point && toX(point.x);
  if (!point || px === undefined || !Number.isFinite(px)) return null;
  const atEpoch = perBatch ? validation.find((p) => p.epoch === point.epoch) : undefined;
  const lines = tooltipLines(point, series, atEpoch, perBatch);
  const dots = lines.flatMap((l) => {
    const at = l.key === 'val' && perBatch ? atEpoch : point;
    const dx = at && toX(at.x);
    const dy = toY(l.value);
    if (dx === undefined || dy === undefined || !Number.isFinite(dx) || !Number.isFinite(dy))
      return [];
    if (dy < area.y - 1 || dy > area.y + area.height + 1) return [];
    return [{ key: l.key, left: dx, top: dy, color: l.color, faint: l.key === 'trainRaw' }];
  });
  const flip = px > area.x + area.width * 0.55;
  return (
    <div className="chart-reading">
      <div className="chart-cursor" style={{ left: px, top: area.y, height: area.height }} />
      {dots.map((d) => (
        <span
          key={d.key}
          className="chart-dot"
          style={{ left: d.left, top: d.top, background: d.color, opacity: d.faint ? 0.5 : 1 }}
        />
      ))}
      <div
        className="chart-tooltip-at"
        style={{
          left: flip ? px - 12 : px + 12,
          top: area.y + 4,
          transform: flip ? 'translateX(-100%)' : undefined,
        }}
        role="status"
      >
        <ChartTooltip
          point={point}
          lines={lines}
          quantity={quantity}
          task={task}
          perEpoch={!perBatch}
        />
      </div>
    </div>
  );
}
