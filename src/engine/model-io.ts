/**
 * Model <-> plain artifacts (topology JSON, weight specs, one ArrayBuffer).
 * Loading builds the model from its topology and decodes the weights itself,
 * so a failure at any step disposes everything it had allocated (tfjs's
 * loadLayersModel leaks the decoded weights when it throws).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ModelArtifactsData, WeightSpec } from '../core/io/model-files';

/** Serialise a model's topology and weights (no optimizer state). */
export async function modelToArtifacts(model: tfl.LayersModel): Promise<ModelArtifactsData> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const a = captured as tf.io.ModelArtifacts | null;
  if (!a?.modelTopology || !a.weightSpecs || a.weightData === undefined) {
    throw new Error('The model could not be serialised.');
  }
  return {
    modelTopology: a.modelTopology as Record<string, unknown>,
    weightSpecs: a.weightSpecs as WeightSpec[],
    weightData: tf.io.CompositeArrayBuffer.join(a.weightData),
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tfl.version_layers}`,
  };
}

/** Translate tfjs's terse load errors into what the user can act on. */
function explainLoadError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown (layer|activation|initializer|regularizer|constraint): (\S+)/.exec(msg);
  if (unknown) {
    return `The model uses the ${unknown[1]} "${unknown[2]}", which TensorFlow.js ${tfl.version_layers} does not know.`;
  }
  return `The model could not be built from model.json: ${msg}`;
}

/**
 * Build a model from checked artifacts. Throws an Error with a readable
 * message; on failure no tensor is left behind.
 */
export async function artifactsToModel(a: ModelArtifactsData): Promise<tfl.LayersModel> {
  let model: tfl.LayersModel;
  try {
    model = await tfl.models.modelFromJSON({ modelTopology: a.modelTopology } as never);
  } catch (e) {
    throw new Error(explainLoadError(e));
  }
  let weights: tf.NamedTensorMap = {};
  try {
    weights = tf.io.decodeWeights(a.weightData, a.weightSpecs as tf.io.WeightsManifestEntry[]);
    model.loadWeights(weights, true);
    return model;
  } catch (e) {
    model.dispose();
    throw new Error(`The weights do not fit the model: ${(e as Error).message}`);
  } finally {
    tf.dispose(Object.values(weights));
  }
}
