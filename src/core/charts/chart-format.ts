/**
 * Names and number formats for the training charts: titles, series names,
 * axis ticks and the exact values a tooltip shows. Pure; the words are in
 * the current language, looked up when asked for.
 */
import { t } from '../../i18n';
import type { ChartPoint, Quantity, TaskKind, XAxisMode } from './series';

/** What a chart of `q` shows for `task`, as the key of its words. */
const quantityKey = (q: Quantity, task: TaskKind): 'loss' | 'learningRate' | 'accuracy' | 'mae' =>
  q === 'metric' ? (task === 'classification' ? 'accuracy' : 'mae') : q;

/** Chart title: "Loss", "Accuracy", "Mean absolute error", "Learning rate". */
export function quantityTitle(q: Quantity, task: TaskKind): string {
  return t(`charts:quantity.title.${quantityKey(q, task)}`);
}

/** Lower-case name for series labels: "loss", "accuracy", "MAE", "learning rate". */
export function quantityName(q: Quantity, task: TaskKind): string {
  return t(`charts:quantity.name.${quantityKey(q, task)}`);
}

/**
 * The x-axis choices a chart's toolbar offers, in order. The labels are the
 * English ones; a view shows {@link xAxisOptionLabel}.
 */
export const X_AXIS_OPTIONS: readonly { id: XAxisMode; label: string }[] = [
  { id: 'step', label: 'Batches (steps)' },
  { id: 'epoch', label: 'Epochs' },
  { id: 'time', label: 'Time' },
];

export const X_AXIS_LABELS: Record<XAxisMode, string> = {
  step: 'step (batch)',
  epoch: 'epoch',
  time: 'training time',
};

/** An x-axis choice's label in the current language. */
export const xAxisOptionLabel = (mode: XAxisMode): string => t(`charts:xAxis.option.${mode}`);

/** The x-axis title in the current language ("epoch", "training time"). */
export const xAxisTitleText = (mode: XAxisMode): string => t(`charts:xAxis.title.${mode}`);

/** Seconds as "42 s", "1:05", "1:02:03". */
export function formatClock(seconds: number): string {
  if (seconds < 60) return `${Number(seconds.toFixed(seconds < 10 ? 1 : 0))} s`;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * An integer with thousands separators ("12,345"). Written out rather than
 * `Intl.NumberFormat`: the first `format` call loads locale data, a visible
 * stall in the first chart redraw of a run.
 */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out && ',') + out;
  return (n < 0 && Math.round(n) !== 0 ? '-' : '') + out;
}

/** An x-axis tick in the axis' unit. */
export function formatXTick(mode: XAxisMode, v: number): string {
  if (mode === 'time') return formatClock(v);
  if (mode === 'epoch') return String(Number(v.toFixed(2)));
  return groupThousands(v);
}

/** Whether the quantity is a fraction drawn as a percentage. */
export const isPercent = (q: Quantity, task: TaskKind): boolean =>
  q === 'metric' && task === 'classification';

/** A short y-axis tick: "0.25", "0.0005", "2.5e-5", "85%". */
export function formatYTick(q: Quantity, task: TaskKind, v: number): string {
  if (isPercent(q, task)) return `${Number((v * 100).toFixed(1))}%`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  // Two significant digits: ticks a quarter apart ("2.5e-5") keep their half.
  if (a < 1e-4 || a >= 1e5) return Number(v.toPrecision(2)).toExponential();
  return String(Number(v.toPrecision(3)));
}

/** A value as a tooltip shows it: six significant digits, or a percentage with two decimals. */
export function formatExact(q: Quantity, task: TaskKind, v: number): string {
  if (isPercent(q, task)) return `${(v * 100).toFixed(2)}%`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-4 || a >= 1e7) return v.toExponential(5);
  return String(Number(v.toPrecision(6)));
}

/** Where a point is, in every unit known: "Step 57 · epoch 3 · 1.2 s". */
export function describePoint(p: ChartPoint, perEpoch: boolean): string {
  const time = formatClock(p.seconds);
  if (perEpoch || p.step === null) {
    return p.step === null
      ? t('charts:point.epoch', { epoch: p.epoch, time })
      : t('charts:point.epochStep', { epoch: p.epoch, step: p.step, time });
  }
  return t('charts:point.stepEpoch', { step: p.step, epoch: p.epoch, time });
}
