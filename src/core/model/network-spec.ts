/**
 * The network spec: the stack of layers the user builds, as plain data, and
 * everything that follows from it before tfjs is involved: validation with
 * messages tied to the offending layer, shape inference, parameter counts,
 * layer names. An invalid stack never reaches the engine.
 *
 * The output layers are not in the stack: they follow from the task. A
 * classifier ends in a linear Dense layer of logits and a separate softmax
 * (or, for two classes if chosen, one sigmoid unit), so training can use the
 * numerically stable loss on logits; a regressor ends in linear units.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import type { Dataset, Task } from '../data/dataset';
import type { InputScaling } from '../data/scaling';
import { settingProblem, settingSchema } from '../settings';
import {
  defaultLayer,
  inferLayer,
  LAYER_KIND_LIST,
  layerSettings,
  layerSummary,
} from './layer-kinds';
import type { LayerKind, LayerSpec, Shape } from './layer-spec';
import { layerKindLabel, shownSetting } from './layer-text';
import { fmtShape } from './shape-rules';

export type { LayerSpec } from './layer-spec';

export const LAYERS_MAX = 32;
const LAYER_ID_MAX = 64;

/** For two classes: two softmax units, or one sigmoid unit. */
export type BinaryHead = 'softmax' | 'sigmoid';

export interface NetworkSpec {
  layers: LayerSpec[];
  binaryHead: BinaryHead;
}

const layerSchemas = LAYER_KIND_LIST.map((d) =>
  z.object({
    id: z
      .string()
      .min(1)
      .max(LAYER_ID_MAX, {
        error: () => t('network:problems.layerIdMax', { max: LAYER_ID_MAX }),
      }),
    kind: z.literal(d.kind),
    ...Object.fromEntries(layerSettings(d.kind).map((p) => [p.key, settingSchema(p)])),
  }),
);

/** Any one layer, checked against its kind's declared settings. */
export const layerSpecSchema = z.discriminatedUnion(
  'kind',
  layerSchemas as unknown as [(typeof layerSchemas)[number], ...(typeof layerSchemas)[number][]],
) as unknown as z.ZodType<LayerSpec>;

export const networkSpecSchema: z.ZodType<NetworkSpec> = z.object({
  layers: z
    .array(layerSpecSchema)
    .max(LAYERS_MAX, { error: () => t('network:problems.layersMax', { max: LAYERS_MAX }) })
    .refine((ls) => new Set(ls.map((l) => l.id)).size === ls.length, {
      error: () => t('network:problems.sharedId'),
    }),
  binaryHead: z.enum(['softmax', 'sigmoid']),
});

/** The data-dependent ends of the network. */
export interface NetworkIO {
  inputShape: Shape;
  task: Task;
  /**
   * Regression: the target scaling the model undoes in a last, fixed
   * "output_scaling" layer (y = y' · scale + offset). Null or absent: none.
   */
  targetScaling?: InputScaling | null;
}

/** The ends of the network a dataset implies. */
export const datasetIO = (ds: Dataset): NetworkIO => ({
  inputShape: ds.inputShape,
  task: ds.task,
  targetScaling: ds.targetScaling ?? null,
});

/** What ends the network, given the task. */
export interface OutputHead {
  units: number;
  /** Activation after the output Dense layer's logits; 'linear' for regression. */
  activation: 'softmax' | 'sigmoid' | 'linear';
}

export function outputHead(spec: NetworkSpec, task: Task): OutputHead {
  if (task.kind === 'regression') return { units: task.targetNames.length, activation: 'linear' };
  const k = task.classNames.length;
  return k === 2 && spec.binaryHead === 'sigmoid'
    ? { units: 1, activation: 'sigmoid' }
    : { units: k, activation: 'softmax' };
}

const TFJS_BASE_NAME: Record<LayerKind, string> = {
  dense: 'dense',
  conv2d: 'conv2d',
  maxPool2d: 'max_pooling2d',
  avgPool2d: 'average_pooling2d',
  flatten: 'flatten',
  dropout: 'dropout',
  batchNorm: 'batch_normalization',
  activation: 'activation',
};

/** Explicit, unique tfjs layer names (dense_1, conv2d_1, ...), so converters match weights by name. */
export function layerNames(layers: LayerSpec[]): string[] {
  const counts = new Map<LayerKind, number>();
  return layers.map((l) => {
    const n = (counts.get(l.kind) ?? 0) + 1;
    counts.set(l.kind, n);
    return `${TFJS_BASE_NAME[l.kind]}_${n}`;
  });
}

export interface LayerRow {
  /** Layer id from the spec, or 'output' / 'output_activation'. */
  id: string;
  /** tfjs layer name. */
  name: string;
  kind: LayerKind;
  /** e.g. "Dense 2", in the language of the moment it was made */
  label: string;
  /** Output shape without the batch dimension; null where it cannot be inferred. */
  outputShape: Shape | null;
  trainable: number;
  nonTrainable: number;
  /** Why this layer is invalid, with how to fix it. */
  error: string | null;
}

export interface NetworkSummary {
  inputShape: Shape;
  rows: LayerRow[];
  /** Number of rows that belong to the user's stack; the rest are the output layers. */
  stackLength: number;
  head: OutputHead;
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  /** Bytes of float32 weights. */
  weightBytes: number;
  /** Every problem, in stack order; empty when the network can be built. */
  problems: SpecProblem[];
}

export interface SpecProblem {
  /** The layer at fault, or null for the network as a whole. */
  layerId: string | null;
  message: string;
}

/** Problems with one layer's own settings (ranges, whole numbers), as messages in the current language. */
export function settingProblems(layer: LayerSpec): string[] {
  const record = layer as unknown as Record<string, unknown>;
  return layerSettings(layer.kind).flatMap(
    (p) => settingProblem(shownSetting(layer.kind, p), record[p.key]) ?? [],
  );
}

/** Rows, parameter counts and problems for `spec` on data of shape `io`, worded in the current language. */
export function summarize(spec: NetworkSpec, io: NetworkIO): NetworkSummary {
  const names = layerNames(spec.layers);
  const counters = new Map<LayerKind, number>();
  const rows: LayerRow[] = [];
  const problems: SpecProblem[] = [];
  let shape: Shape | null = io.inputShape;
  spec.layers.forEach((layer, i) => {
    const n = (counters.get(layer.kind) ?? 0) + 1;
    counters.set(layer.kind, n);
    const kindLabel = layerKindLabel(layer.kind);
    const label = `${kindLabel} ${n}`;
    const row: LayerRow = {
      id: layer.id,
      name: names[i] as string,
      kind: layer.kind,
      label,
      outputShape: null,
      trainable: 0,
      nonTrainable: 0,
      error: null,
    };
    const settings = settingProblems(layer);
    if (settings.length > 0) {
      row.error = t('network:problems.layer', { layer: label, problem: settings.join(' ') });
      shape = null;
    } else if (shape) {
      const r = inferLayer(shape, layer);
      if (r.ok) {
        row.outputShape = r.shape;
        row.trainable = r.trainable;
        row.nonTrainable = r.nonTrainable;
        shape = r.shape;
      } else {
        // Shape messages start with the kind's name: it becomes the layer's ("Dense" → "Dense 2").
        row.error = r.error.startsWith(kindLabel)
          ? `${label}${r.error.slice(kindLabel.length)}`
          : t('network:problems.layer', { layer: label, problem: r.error });
        shape = null;
      }
    }
    if (row.error) problems.push({ layerId: layer.id, message: row.error });
    rows.push(row);
  });
  if (spec.layers.length > LAYERS_MAX)
    problems.push({
      layerId: null,
      message: t('network:problems.tooMany', {
        max: LAYERS_MAX,
        extra: spec.layers.length - LAYERS_MAX,
      }),
    });

  const head = outputHead(spec, io.task);
  const out: LayerRow = {
    id: 'output',
    name: 'output',
    kind: 'dense',
    label: t('network:rows.output'),
    outputShape: null,
    trainable: 0,
    nonTrainable: 0,
    error: null,
  };
  const finalShape = shape as Shape | null;
  if (finalShape && finalShape.length !== 1) {
    out.error = t('network:problems.outputFlat', { shape: fmtShape(finalShape) });
    problems.push({ layerId: null, message: out.error });
  } else if (finalShape) {
    out.outputShape = [head.units];
    out.trainable = (finalShape[0] as number) * head.units + head.units;
  }
  rows.push(out);
  if (head.activation === 'linear' && io.targetScaling) {
    rows.push({
      id: 'output_scaling',
      name: 'output_scaling',
      kind: 'activation',
      label: t('network:rows.outputScaling'),
      outputShape: out.outputShape,
      trainable: 0,
      nonTrainable: 0,
      error: null,
    });
  }
  if (head.activation !== 'linear') {
    rows.push({
      id: 'output_activation',
      name: head.activation,
      kind: 'activation',
      label: head.activation === 'softmax' ? 'Softmax' : 'Sigmoid',
      outputShape: out.outputShape,
      trainable: 0,
      nonTrainable: 0,
      error: null,
    });
  }
  const trainable = rows.reduce((s, r) => s + r.trainable, 0);
  const nonTrainable = rows.reduce((s, r) => s + r.nonTrainable, 0);
  return {
    inputShape: io.inputShape,
    rows,
    stackLength: spec.layers.length,
    head,
    totalParams: trainable + nonTrainable,
    trainableParams: trainable,
    nonTrainableParams: nonTrainable,
    weightBytes: (trainable + nonTrainable) * 4,
    problems,
  };
}

/** Everything wrong with a spec on data of shape `io`, each tied to its layer. Empty when valid. */
export function networkProblems(spec: NetworkSpec, io: NetworkIO): SpecProblem[] {
  return summarize(spec, io).problems;
}

/** A one-line summary for lists: "Conv2D(8, 3×3, relu) → MaxPooling2D(2) → Flatten → Dense(16, relu)". */
export function architectureLine(spec: NetworkSpec): string {
  const parts = spec.layers.map(layerSummary);
  return parts.length ? parts.join(' → ') : t('network:problems.noHidden');
}

let nextLayerNumber = 1;
/** A fresh layer id, unique within this page. */
export function newLayerId(): string {
  return `L${Date.now().toString(36)}${(nextLayerNumber++).toString(36)}`;
}

/** Two small tanh layers: the Tiny MLP preset, with fixed ids. */
export const DEFAULT_NETWORK: NetworkSpec = {
  layers: ['h1', 'h2'].map(
    (id) => ({ ...defaultLayer('dense', id), units: 8, activation: 'tanh' }) as LayerSpec,
  ),
  binaryHead: 'softmax',
};
