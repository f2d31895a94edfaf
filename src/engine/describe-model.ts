/**
 * A plain description of a live tfjs model: its layers, shapes, parameter
 * counts and inbound layers as tfjs itself reports them, and for a
 * functional model why its graph is not a stack the editor can take.
 */
import { currentLocale, t } from '../i18n';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ModelMeta } from '../core/io/model-meta';
import { graphShape } from '../core/model/graph-layout';
import type { ModelDescription } from '../worker/protocol';

const shapeText = (s: unknown): string => JSON.stringify(s).replace(/null/g, 'batch');

/** Layer names as a list in the current language: "a" and "b" / “a”和“b”. */
function namesText(names: readonly string[]): string {
  const quoted = names.map((n) => t('engine:shapes.quoted', { name: n }));
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(quoted);
}

/** Why a functional model cannot be edited here ('' when it is a plain chain). */
function graphNote(layers: ModelDescription['layers']): string {
  const shape = graphShape(layers);
  if (!shape) return '';
  switch (shape.kind) {
    case 'inputs':
      return t('engine:shapes.graphInputs', {
        count: shape.names.length,
        names: namesText(shape.names),
      });
    case 'skip':
      return t('engine:shapes.graphSkip', { layer: shape.layer, from: namesText(shape.from) });
    case 'merge':
      return t('engine:shapes.graphMerge', { layer: shape.layer, from: namesText(shape.from) });
    case 'branch':
      return t('engine:shapes.graphBranch', { layer: shape.layer });
  }
}

export function describeModel(model: tfl.LayersModel, meta: ModelMeta | null): ModelDescription {
  const names = new Set(model.layers.map((l) => l.name));
  const layers = model.layers.map((l) => ({
    name: l.name,
    className: l.getClassName(),
    outputShape: shapeText(l.outputShape),
    params: l.countParams(),
    inbound: [
      ...new Set(l.inboundNodes.flatMap((n) => n.inboundLayers.map((from) => from.name))),
    ].filter((n) => names.has(n)),
  }));
  return {
    meta,
    layers,
    graphNote: model instanceof tfl.Sequential ? null : graphNote(layers),
    totalParams: model.countParams(),
    inputShape: shapeText(model.inputs[0]?.shape),
    outputShape: shapeText(model.outputs[0]?.shape),
  };
}
