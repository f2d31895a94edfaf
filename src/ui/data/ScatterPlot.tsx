import { useEffect, useMemo, useRef } from 'react';
import { evenSample, finiteRange } from '../../core/array-range';
import type { Dataset } from '../../core/data/dataset';
import { PLANE_EXTENT, selectBoundary, watchBoundary } from '../../store/actions/boundary';
import { predictAt } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import {
  CLASS_COLORS,
  INK_COLOR,
  POINT_EDGE_COLOR,
  SCATTER_AXIS_COLOR,
} from '../charts/chart-theme';
import { BoundaryBar } from './BoundaryBar';
import { BoundaryLayer, shownNeuron } from './BoundaryLayer';
import { partRange, valueColor, type Extent } from './plot-scale';

const SIZE = 320;

/** Points drawn at most: more only blots the square and costs a long frame. */
const MAX_DRAWN = 2000;

/** The plotted square of the built-in 2-D sets, in data units (the boundary grid's too). */
const PLANE: Extent = PLANE_EXTENT;

type Style = 'fill' | 'ring' | 'square';

interface Props {
  dataset: Dataset;
  /** Which inputs go on the axes. */
  xIndex?: number;
  yIndex?: number;
  /** The input plane of a 2-D set: fixed extent, click to predict. */
  plane?: boolean;
}

/**
 * Two inputs of the data against each other: train points filled,
 * validation as rings, test as squares; coloured by class, or by target
 * value for regression. On the 2-D plane a click predicts at that point,
 * and the model's decision boundary (or a hidden unit's map) lies behind.
 */
export function ScatterPlot({ dataset, xIndex = 0, yIndex = 1, plane = false }: Props) {
  const { t } = useTranslation('data');
  const probe = useStore((s) => s.probe);
  const hasModel = useStore((s) => s.model !== null);
  const boundary = useStore((s) => (plane ? selectBoundary(s) : null));
  const boundaryError = useStore((s) => s.boundaryError);
  const view = useStore((s) => s.boundaryView);
  const showTest = !plane || view.showTest;
  const neuron = shownNeuron(boundary, view.hover ?? view.neuron);
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => (plane ? watchBoundary() : undefined), [plane]);
  const f = dataset.inputShape[0] ?? 2;
  const task = dataset.task;
  const extent = useMemo(
    () =>
      plane
        ? PLANE
        : partRange([dataset.train, dataset.validation, dataset.test], f, xIndex, yIndex),
    [dataset, f, xIndex, yIndex, plane],
  );
  const targets = useMemo(() => {
    if (task.kind !== 'regression') return null;
    return finiteRange(dataset.train.y, dataset.validation.y, dataset.test.y) ?? { min: 0, max: 1 };
  }, [dataset, task.kind]);
  const total = dataset.train.n + dataset.validation.n + dataset.test.n;
  const drawnShare = Math.min(1, MAX_DRAWN / Math.max(1, total));

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const px = (v: number) => ((v - extent.x0) / (extent.x1 - extent.x0)) * SIZE;
    const py = (v: number) => SIZE - ((v - extent.y0) / (extent.y1 - extent.y0)) * SIZE;
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.strokeStyle = SCATTER_AXIS_COLOR;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(px(0), 0);
    ctx.lineTo(px(0), SIZE);
    ctx.moveTo(0, py(0));
    ctx.lineTo(SIZE, py(0));
    ctx.stroke();
    const outline = plane && hasModel;
    const parts: [Dataset['train'], Style][] = [
      [dataset.train, 'fill'],
      [dataset.validation, 'ring'],
      ...(showTest ? [[dataset.test, 'square'] as [Dataset['train'], Style]] : []),
    ];
    for (const [part, style] of parts) {
      for (const i of evenSample(part.n, Math.ceil(part.n * drawnShare))) {
        const x = px(part.x[i * f + xIndex] as number);
        const y = py(part.x[i * f + yIndex] as number);
        const v = part.y[i] as number;
        const color = targets
          ? valueColor((v - targets.min) / (targets.max - targets.min || 1))
          : (CLASS_COLORS[v % CLASS_COLORS.length] as string);
        ctx.beginPath();
        if (style === 'square') ctx.rect(x - 2.5, y - 2.5, 5, 5);
        else ctx.arc(x, y, 3, 0, 2 * Math.PI);
        if (style === 'ring') {
          ctx.strokeStyle = color;
          ctx.lineWidth = 1.5;
          ctx.stroke();
        } else {
          ctx.fillStyle = color;
          ctx.fill();
          if (outline) {
            // A white edge keeps points readable over the boundary's colours.
            ctx.strokeStyle = POINT_EDGE_COLOR;
            ctx.lineWidth = 1;
            ctx.stroke();
          }
        }
      }
    }
    if (plane && hasModel) {
      ctx.strokeStyle = INK_COLOR;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(px(probe.x) - 7, py(probe.y));
      ctx.lineTo(px(probe.x) + 7, py(probe.y));
      ctx.moveTo(px(probe.x), py(probe.y) - 7);
      ctx.lineTo(px(probe.x), py(probe.y) + 7);
      ctx.stroke();
    }
  }, [dataset, probe, hasModel, plane, extent, f, xIndex, yIndex, targets, showTest, drawnShare]);

  const sampled = drawnShare < 1;
  const drawn = sampled ? t('scatter.drawn', { n: formatInt(MAX_DRAWN) }) : '';
  const axes = plane
    ? ''
    : t('scatter.axes', {
        x: dataset.featureNames[xIndex] ?? 'x',
        y: dataset.featureNames[yIndex] ?? 'y',
      });
  const what =
    task.kind === 'classification'
      ? t('scatter.classes', { total, classes: task.classNames.length })
      : t('scatter.values', {
          total,
          target: task.targetNames[0] ?? t('scatter.target'),
          min: String(targets?.min.toFixed(2)),
          max: String(targets?.max.toFixed(2)),
        });
  const label = `${what}${axes}${drawn}`;
  const layer = neuron && boundary?.grid.neurons?.layers[neuron.layer];
  const boundaryKey =
    task.kind === 'classification'
      ? view.discrete
        ? 'scatter.boundaryClassDiscrete'
        : 'scatter.boundaryClass'
      : view.discrete
        ? 'scatter.boundaryValueDiscrete'
        : 'scatter.boundaryValue';
  const boundaryLabel = layer
    ? t('scatter.activationMap', {
        layer: (neuron?.layer ?? 0) + 1,
        unit: (neuron?.unit ?? 0) + 1,
      })
    : t(boundaryKey);
  return (
    <figure className="scatter">
      <div className="plane-stack">
        {plane && boundary && view.show && (
          <BoundaryLayer
            boundary={boundary}
            dataset={dataset}
            discrete={view.discrete}
            neuron={neuron}
            targets={targets}
            label={boundaryLabel}
            classColors={CLASS_COLORS}
          />
        )}
        <canvas
          ref={ref}
          width={SIZE}
          height={SIZE}
          role="img"
          aria-label={plane ? t('scatter.clickToPredict', { label }) : label}
          data-testid="scatter"
          className={plane ? 'clickable' : undefined}
          onClick={
            plane
              ? (e) => {
                  const r = e.currentTarget.getBoundingClientRect();
                  const x = PLANE.x0 + ((e.clientX - r.left) / r.width) * (PLANE.x1 - PLANE.x0);
                  const y = PLANE.y1 - ((e.clientY - r.top) / r.height) * (PLANE.y1 - PLANE.y0);
                  void predictAt(Number(x.toFixed(3)), Number(y.toFixed(3)));
                }
              : undefined
          }
        />
      </div>
      <figcaption className="legend">
        {task.kind === 'classification' ? (
          task.classNames.map((name, c) => (
            <span key={name}>
              <i style={{ background: CLASS_COLORS[c % CLASS_COLORS.length] }} />{' '}
              {plane ? t('counts.classN', { n: c }) : <span translate="no">{name}</span>}
            </span>
          ))
        ) : (
          <span className="value-scale">
            {targets?.min.toFixed(2)} <b aria-hidden="true" /> {targets?.max.toFixed(2)}
          </span>
        )}
        <span>{t(showTest ? 'scatter.legendWithTest' : 'scatter.legend')}</span>
        {sampled && (
          <span className="help" data-testid="scatter-sampled">
            {t('scatter.sampled', { shown: formatInt(MAX_DRAWN), total: formatInt(total) })}
          </span>
        )}
      </figcaption>
      {plane && (
        <BoundaryBar
          view={view}
          boundary={boundary}
          error={boundaryError}
          hasModel={hasModel}
          task={task}
          neuron={neuron}
        />
      )}
    </figure>
  );
}
