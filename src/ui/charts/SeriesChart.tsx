import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { quantityName, quantityTitle } from '../../core/charts/chart-format';
import type { ChartView, Quantity } from '../../core/charts/series';
import { downloadBlob } from '../common/download';
import { chartToPng } from './chart-png';
import { ChartLegend } from './ChartLegend';
import type { TooltipSeries } from './ChartTooltip';
import { TRAIN_COLOR, VAL_COLOR } from './chart-theme';
import { SeriesPlot } from './SeriesPlot';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { useChartSeries } from './use-chart-data';
import { LabelRow } from '../learn/LabelRow';
import { useTranslation } from '../../i18n/react';

/** The height one legend line takes from the chart's, in CSS px, until the legend is measured. */
const LEGEND_PX = 24;

/**
 * The epochs the store holds, as `data-points` on the chart's box, written
 * there directly: re-rendering the chart for it would redraw it every
 * epoch, outside the rounds in which the charts take their records.
 */
function useEpochCountOn(box: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    let shown: number | null = null;
    const write = (n: number) => {
      if (n === shown || !box.current) return;
      shown = n;
      box.current.setAttribute('data-points', String(n));
    };
    write(useStore.getState().history.length);
    return useStore.subscribe((s) => write(s.history.length));
  }, [box]);
}

/**
 * One training chart: a title with a PNG button, and the series of
 * `quantity` in `view` (per batch: training smoothed over raw, validation at
 * epoch ends; per epoch: training and validation). The plot is there from
 * the start, empty before training: mounting a chart costs several times
 * a redraw, and should not happen while a run streams in.
 */
export function SeriesChart({
  quantity,
  view,
  testId,
  height,
  color = TRAIN_COLOR,
  aside,
}: {
  quantity: Quantity;
  view: ChartView;
  testId: string;
  height: number;
  /** The training series' colour. */
  color?: string;
  /** Shown next to the title (e.g. the current value). */
  aside?: ReactNode;
}) {
  const { t } = useTranslation('charts');
  const { series: drawn, task, view: shown, runEnd, markDrawn } = useChartSeries(quantity, view);
  const xEnd =
    runEnd === null || shown.xAxis === 'time'
      ? null
      : shown.xAxis === 'step'
        ? runEnd.steps
        : runEnd.epochs;
  const { rows, validation } = drawn;
  const box = useRef<HTMLDivElement>(null);
  useEpochCountOn(box);
  const titleId = useId();
  const [exportError, setExportError] = useState<string | null>(null);
  const [legendPx, setLegendPx] = useState(LEGEND_PX);
  const live = useStore(selectIsRunning);
  const title = quantityTitle(quantity, task);
  const name = quantityName(quantity, task);
  const perBatch = shown.granularity === 'batch';
  const isLr = quantity === 'learningRate';
  const hasVal = perBatch ? validation.length > 0 : rows.some((p) => p.val !== null);

  const series = useMemo((): TooltipSeries[] => {
    const trainName = isLr
      ? name
      : t(perBatch ? 'series.trainingSmoothed' : 'series.training', { name });
    return [
      { key: 'train', name: trainName, color },
      ...(perBatch && !isLr
        ? [{ key: 'trainRaw' as const, name: t('series.trainingRaw', { name }), color }]
        : []),
      ...(hasVal
        ? [{ key: 'val' as const, name: t('series.validation', { name }), color: VAL_COLOR }]
        : []),
    ];
  }, [t, name, isLr, perBatch, hasVal, color]);

  const exportPng = () => {
    if (!box.current) return;
    setExportError(null);
    const legend = series.filter((s) => s.key !== 'trainRaw');
    chartToPng(box.current, title, legend).then(
      (blob) => downloadBlob(`${testId}.png`, blob),
      (e: unknown) => setExportError((e as Error).message),
    );
  };

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart-head">
        <LabelRow explain={quantity === 'loss' ? 'lossCurves' : undefined}>
          <h3 id={titleId}>{title}</h3>
        </LabelRow>
        {aside}
        <button
          type="button"
          className="icon"
          disabled={rows.length === 0}
          onClick={exportPng}
          aria-label={t('chart.downloadPng', { title: title.toLowerCase() })}
        >
          PNG
        </button>
      </div>
      <div
        ref={box}
        className="chart-box"
        style={{ minHeight: height }}
        data-testid={testId}
        data-drawn={rows.length}
      >
        {!isLr && <ChartLegend series={series} onHeight={setLegendPx} />}
        <SeriesPlot
          label={title}
          rows={rows}
          validation={validation}
          quantity={quantity}
          task={task}
          perBatch={perBatch}
          xAxis={shown.xAxis}
          xEnd={xEnd}
          runEpochs={runEnd?.epochs ?? null}
          yScale={shown.yScale}
          height={isLr ? height : height - legendPx}
          color={color}
          series={series}
          onDrawn={markDrawn}
        />
        {rows.length === 0 && (
          <p className="empty chart-empty">{t(live ? 'chart.waiting' : 'chart.empty', { name })}</p>
        )}
      </div>
      {exportError && (
        <p className="notice error" role="alert">
          {exportError}
        </p>
      )}
    </figure>
  );
}
