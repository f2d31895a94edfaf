/**
 * The heatmap drawn behind the points of the 2-D plane: the model's output
 * over the grid (class colours blended by confidence, or the value ramp for
 * regression), or one hidden unit's activation map. Painting only: the
 * numbers come from the store (store/actions/boundary.ts).
 */
import { useCallback, useEffect, useRef } from 'react';
import { cancelPaint, queuePaint } from '../charts/use-visible-paint';
import type { Dataset } from '../../core/data/dataset';
import {
  hexRgb,
  paintClasses,
  paintValues,
  symmetricRange,
  type NeuronRef,
} from '../../core/insight/grid';
import type { AppState } from '../../store/store';
/** Bands of the discretised regression ramp. */
const VALUE_BANDS = 8;

type Boundary = NonNullable<AppState['boundary']>;

/** What the heatmap shows: the output, or a hidden unit that exists in the map. */
export function shownNeuron(boundary: Boundary | null, ref: NeuronRef | null): NeuronRef | null {
  const layer = ref && boundary?.grid.neurons?.layers[ref.layer];
  return ref && layer && ref.unit < layer.units ? ref : null;
}

interface Props {
  boundary: Boundary;
  dataset: Dataset;
  discrete: boolean;
  neuron: NeuronRef | null;
  /** Regression: the target range the points are coloured by. */
  targets: { min: number; max: number } | null;
  label: string;
  /** Class colours, as the points use them. */
  classColors: readonly string[];
}

/** A canvas of R × R pixels, stretched under the scatter canvas. */
export function BoundaryLayer(props: Props) {
  const { boundary, dataset, discrete, neuron, targets, label, classColors } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const maps = boundary.grid.neurons;
  const layer = neuron && maps?.layers[neuron.layer];
  const resolution = layer && maps ? maps.resolution : boundary.grid.resolution;

  const paint = useCallback(
    (canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const img = ctx.createImageData(resolution, resolution);
      const { grid } = boundary;
      if (layer && neuron) {
        const [lo, hi] = symmetricRange(layer.values, layer.units, neuron.unit);
        paintValues(
          layer.values,
          layer.units,
          neuron.unit,
          lo,
          hi,
          img.data,
          discrete ? VALUE_BANDS : 0,
        );
      } else if (dataset.task.kind === 'classification') {
        paintClasses(grid.values, grid.outputs, classColors.map(hexRgb), discrete, img.data);
      } else {
        paintValues(
          grid.values,
          grid.outputs,
          0,
          targets?.min ?? 0,
          targets?.max ?? 1,
          img.data,
          discrete ? VALUE_BANDS : 0,
        );
      }
      ctx.putImageData(img, 0, 0);
    },
    [boundary, dataset, discrete, layer, neuron, resolution, targets, classColors],
  );
  // In a task of its own, like every canvas that repaints while a run streams.
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return undefined;
    queuePaint(canvas, () => paint(canvas));
    return () => cancelPaint(canvas);
  }, [paint]);

  return (
    <canvas
      ref={ref}
      width={resolution}
      height={resolution}
      className={discrete ? 'boundary-layer discrete' : 'boundary-layer'}
      role="img"
      aria-label={label}
      data-testid="boundary"
      data-epoch={boundary.epochsDone}
      data-final={boundary.final}
      data-step={boundary.step}
      data-view={neuron ? `neuron-${neuron.layer + 1}-${neuron.unit + 1}` : 'output'}
    />
  );
}
