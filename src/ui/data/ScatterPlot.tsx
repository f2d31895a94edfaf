import { useEffect, useRef } from 'react';
import type { DataPart } from '../../core/data/dataset';
import { predictAt } from '../../store/actions/predict';
import { useStore } from '../../store/store';

/** Half-width of the plotted square in data units. */
const EXTENT = 1.5;
const SIZE = 320;
export const CLASS_COLORS = ['#e66a1f', '#1f77d0', '#2ca02c', '#9467bd', '#d62728'];

const toPx = (v: number): number => ((v + EXTENT) / (2 * EXTENT)) * SIZE;
const toData = (px: number): number => (px / SIZE) * 2 * EXTENT - EXTENT;

function drawPart(
  ctx: CanvasRenderingContext2D,
  part: DataPart,
  style: 'fill' | 'ring' | 'square',
) {
  for (let i = 0; i < part.n; i++) {
    const x = toPx(part.x[2 * i] as number);
    const y = SIZE - toPx(part.x[2 * i + 1] as number);
    const color = CLASS_COLORS[(part.y[i] as number) % CLASS_COLORS.length] as string;
    ctx.beginPath();
    if (style === 'square') {
      ctx.rect(x - 2.5, y - 2.5, 5, 5);
    } else {
      ctx.arc(x, y, 3, 0, 2 * Math.PI);
    }
    if (style === 'ring') {
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    } else {
      ctx.fillStyle = color;
      ctx.fill();
    }
  }
}

/**
 * The data on the input plane: train points filled, validation as rings,
 * test as squares, coloured by class. Clicking predicts at that point.
 */
export function ScatterPlot() {
  const dataset = useStore((s) => s.dataset);
  const probe = useStore((s) => s.probe);
  const hasModel = useStore((s) => s.model !== null);
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.strokeStyle = '#d0d4da';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(SIZE / 2, 0);
    ctx.lineTo(SIZE / 2, SIZE);
    ctx.moveTo(0, SIZE / 2);
    ctx.lineTo(SIZE, SIZE / 2);
    ctx.stroke();
    drawPart(ctx, dataset.train, 'fill');
    drawPart(ctx, dataset.validation, 'ring');
    drawPart(ctx, dataset.test, 'square');
    if (hasModel) {
      const px = toPx(probe.x);
      const py = SIZE - toPx(probe.y);
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(px - 7, py);
      ctx.lineTo(px + 7, py);
      ctx.moveTo(px, py - 7);
      ctx.lineTo(px, py + 7);
      ctx.stroke();
    }
  }, [dataset, probe, hasModel]);

  const total = dataset.train.n + dataset.validation.n + dataset.test.n;
  return (
    <figure className="scatter">
      <canvas
        ref={ref}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={`Scatter plot of ${total} points in ${dataset.numClasses} classes. Click to predict at a point.`}
        data-testid="scatter"
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          const x = toData(((e.clientX - r.left) / r.width) * SIZE);
          const y = toData(SIZE - ((e.clientY - r.top) / r.height) * SIZE);
          void predictAt(Number(x.toFixed(3)), Number(y.toFixed(3)));
        }}
      />
      <figcaption className="legend">
        {dataset.classNames.map((name, c) => (
          <span key={name}>
            <i style={{ background: CLASS_COLORS[c % CLASS_COLORS.length] }} /> {name}
          </span>
        ))}
        <span>● train ○ validation ■ test</span>
      </figcaption>
    </figure>
  );
}
