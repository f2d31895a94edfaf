/**
 * A plain description of a live tfjs model: its layers, shapes and
 * parameter counts as tfjs itself reports them.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { ModelMeta } from '../core/io/model-meta';

export interface LoadedLayer {
  name: string;
  className: string;
  outputShape: string;
  params: number;
}

/** What the engine reports about a model it has just loaded. */
export interface LoadedModel extends ModelDescription {
  /** Shape of one input without the batch dimension (null: any size). */
  inputDims: (number | null)[];
  /** model.json's generatedBy / convertedBy, when the model came from files. */
  generatedBy: string | null;
  convertedBy: string | null;
  /** 'restored': training continues exactly; 'none': none was saved; 'ignored': see optimizerNote. */
  optimizerState: 'restored' | 'none' | 'ignored';
  optimizerNote: string | null;
}

export interface ModelDescription {
  meta: ModelMeta | null;
  layers: LoadedLayer[];
  totalParams: number;
  inputShape: string;
  outputShape: string;
}

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
