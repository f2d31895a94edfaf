/**
 * Axis tick labels and the axis title as plain SVG `<text>`. Recharts' own
 * labels are its `Text` component, which measures each label's words in the
 * DOM (the axis passes its width on) on redraws; ours are a word or two, so
 * there is nothing to wrap.
 */
import type { XAxisTickContentProps } from 'recharts';
import { AXIS_TITLE_COLOR } from './chart-theme';

/** The props recharts hands a custom tick, on either axis. */
type BaseTickContentProps = Omit<XAxisTickContentProps, 'orientation' | 'padding'>;

/** Baseline offsets matching recharts' Text for one line of text. */
const DY: Record<BaseTickContentProps['verticalAnchor'], string> = {
  start: '0.71em',
  middle: '0.355em',
  end: '0',
};

export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  fill,
  className,
  index,
  payload,
  tickFormatter,
}: BaseTickContentProps) {
  const label = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill}
      className={className}
    >
      {label}
    </text>
  );
}

/** The box recharts hands an axis label (the axis' area). */
interface LabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

/** The x-axis title, centred 8 px below the axis' area (as `insideBottom` with offset -8). */
export function xAxisTitle(title: string) {
  return function XAxisTitle({ viewBox }: LabelProps) {
    const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
    return (
      <text
        x={x + width / 2}
        y={y + height + 8}
        textAnchor="middle"
        fill={AXIS_TITLE_COLOR}
        className="recharts-label"
      >
        {title}
      </text>
    );
  };
}
