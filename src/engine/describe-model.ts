/**
 * A plain description of a live tfjs model: its layers, shapes and
 * parameter counts as tfjs itself reports them.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { ModelMeta } from '../core/io/model-meta';
import type { ModelDescription } from '../worker/protocol';

const shapeText = (s: unknown): string => JSON.stringify(s).replace(/null/g, 'batch');

export function describeModel(model: tfl.LayersModel, meta: ModelMeta | null): ModelDescription {
  return {
    meta,
    layers: model.layers.map((l) => ({
      name: l.name,
      className: l.getClassName(),
      outputShape: shapeText(l.outputShape),
      params: l.countParams(),
    })),
    totalParams: model.countParams(),
    inputShape: shapeText(model.inputs[0]?.shape),
    outputShape: shapeText(model.outputs[0]?.shape),
  };
}
