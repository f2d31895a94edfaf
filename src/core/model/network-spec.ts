/**
 * The network spec: the layers the user builds, as plain data. Shape
 * inference, parameter counts and validation live here so the editor can
 * show them live and an invalid stack never reaches tfjs.
 *
 * The output layers are not part of the spec: they follow from the data.
 * A linear Dense layer with one unit per class gives the logits, and a
 * separate softmax layer turns them into probabilities, so training can use
 * the numerically stable cross-entropy on logits.
 */
import { z } from 'zod';
import { ACTIVATION_IDS, type ActivationId } from './activations';

export const UNITS_MAX = 1024;
export const HIDDEN_LAYERS_MAX = 12;

export const denseLayerSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('dense'),
  units: z
    .number({ error: 'Units must be a number.' })
    .int('Units must be a whole number.')
    .min(1, 'A layer needs at least 1 unit.')
    .max(UNITS_MAX, `At most ${UNITS_MAX} units per layer.`),
  activation: z.enum(ACTIVATION_IDS),
});

export type DenseLayerSpec = z.infer<typeof denseLayerSchema>;

export const networkSpecSchema = z.object({
  hidden: z
    .array(denseLayerSchema)
    .max(HIDDEN_LAYERS_MAX, `At most ${HIDDEN_LAYERS_MAX} hidden layers.`),
});

export type NetworkSpec = z.infer<typeof networkSpecSchema>;

/** The data-dependent ends of the network. */
export interface NetworkIO {
  numFeatures: number;
  numClasses: number;
}

export interface LayerSummary {
  /** Layer id from the spec, or 'output' / 'softmax'. */
  id: string;
  /** tfjs layer name: explicit and unique, so converters match weights by name. */
  name: string;
  label: string;
  activation: ActivationId | 'softmax';
  units: number;
  /** Output shape with the batch dimension first, as tfjs reports it. */
  outputShape: [null, number];
  params: number;
}

export interface NetworkSummary {
  inputShape: [null, number];
  layers: LayerSummary[];
  totalParams: number;
}

/** Layer-by-layer output shapes and parameter counts (weights + biases). */
export function summarize(spec: NetworkSpec, io: NetworkIO): NetworkSummary {
  let fanIn = io.numFeatures;
  const layers: LayerSummary[] = spec.hidden.map((l, i) => {
    const params = fanIn * l.units + l.units;
    fanIn = l.units;
    return {
      id: l.id,
      name: `dense_${i + 1}`,
      label: `Dense ${i + 1}`,
      activation: l.activation,
      units: l.units,
      outputShape: [null, l.units],
      params,
    };
  });
  layers.push(
    {
      id: 'output',
      name: 'output',
      label: 'Output (logits)',
      activation: 'linear',
      units: io.numClasses,
      outputShape: [null, io.numClasses],
      params: fanIn * io.numClasses + io.numClasses,
    },
    {
      id: 'softmax',
      name: 'softmax',
      label: 'Softmax',
      activation: 'softmax',
      units: io.numClasses,
      outputShape: [null, io.numClasses],
      params: 0,
    },
  );
  return {
    inputShape: [null, io.numFeatures],
    layers,
    totalParams: layers.reduce((s, l) => s + l.params, 0),
  };
}

export interface SpecProblem {
  /** The layer at fault, or null for the network as a whole. */
  layerId: string | null;
  message: string;
}

/** Everything wrong with a spec, each tied to its layer. Empty when valid. */
export function networkProblems(spec: NetworkSpec): SpecProblem[] {
  const parsed = networkSpecSchema.safeParse(spec);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [key, index] = issue.path;
    const layer = key === 'hidden' && typeof index === 'number' ? spec.hidden[index] : undefined;
    return {
      layerId: layer?.id ?? null,
      message: layer ? `Dense ${Number(index) + 1}: ${issue.message}` : issue.message,
    };
  });
}

let nextLayerNumber = 1;
/** A fresh layer id, unique within this page. */
export function newLayerId(): string {
  return `L${Date.now().toString(36)}${(nextLayerNumber++).toString(36)}`;
}

export const DEFAULT_NETWORK: NetworkSpec = {
  hidden: [
    { id: 'h1', kind: 'dense', units: 8, activation: 'tanh' },
    { id: 'h2', kind: 'dense', units: 8, activation: 'tanh' },
  ],
};
