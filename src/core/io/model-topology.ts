/**
 * Checks on a layers model's topology (model.json's `modelTopology`) that
 * run before tfjs builds anything: unknown layer classes and absurd sizes
 * are refused by name; the few spellings that Keras 3 writes and tfjs 4.22
 * cannot read are translated; and the weights manifest is matched against
 * the weights the built model declares, so a mismatch is named instead of
 * loading random weights. Pure: the engine supplies what tfjs knows.
 */
import { t } from '../../i18n';
import { formatInt } from '../format';
import { keras2InboundNodes, refList } from './keras3-nodes';
import { checkGraph } from './model-graph';
import { MAX_TENSOR_VALUES, valueCount, type Checked, type WeightSpec } from './model-files';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const MODEL_CLASSES = new Set(['Sequential', 'Model', 'Functional']);
/** Config keys under which a layer holds another layer (wrappers, RNN cells). */
const NESTED_LAYER_KEYS = ['layer', 'backward_layer', 'cell', 'cells'] as const;
/** Config keys that size a weight; each alone beyond the tensor limit is absurd. */
const SIZE_KEYS = ['units', 'filters', 'input_dim', 'output_dim'] as const;

const fmt = formatInt;

/** The model config inside a topology (Keras writes it under `model_config`). */
export function modelConfig(topology: Json): Json {
  return isObject(topology['model_config']) ? topology['model_config'] : topology;
}

export interface LayerEntry {
  className: string;
  name: string;
  config: Json;
}

function layerList(model: Json): unknown[] {
  const config = model['config'];
  if (Array.isArray(config)) return config; // Keras 1/2.0 Sequential
  return isObject(config) && Array.isArray(config['layers']) ? config['layers'] : [];
}

/** Every layer in a model config, nested models and wrapped layers included, depth first. */
export function layerEntries(model: Json): LayerEntry[] {
  const out: LayerEntry[] = [];
  const visit = (layer: unknown): void => {
    if (!isObject(layer)) return;
    const config = isObject(layer['config']) ? layer['config'] : {};
    const className = typeof layer['class_name'] === 'string' ? layer['class_name'] : '(none)';
    const name = typeof config['name'] === 'string' ? config['name'] : '(unnamed)';
    out.push({ className, name, config });
    if (MODEL_CLASSES.has(className)) layerList(layer).forEach(visit);
    for (const key of NESTED_LAYER_KEYS) {
      const nested = config[key];
      if (Array.isArray(nested)) nested.forEach(visit);
      else visit(nested);
    }
  };
  layerList(model).forEach(visit);
  return out;
}

/**
 * Refuse a topology that tfjs cannot build or should not try to.
 * @param knownClasses class names tfjs can deserialize (from its serialization map)
 * @param tfjsVersion named in the message, e.g. "4.22.0"
 * @returns null when it may be built, else a message naming the layer at fault
 */
export function checkTopology(
  topology: Json,
  knownClasses: ReadonlySet<string>,
  tfjsVersion: string,
): string | null {
  const root = modelConfig(topology);
  const rootClass = root['class_name'];
  if (typeof rootClass !== 'string' || !MODEL_CLASSES.has(rootClass)) {
    return t('models:fileCheck.topology.notModel', { cls: String(rootClass) });
  }
  const layers = layerEntries(root);
  if (layers.length === 0) return t('models:fileCheck.topology.noLayers');
  const rootConfig = root['config'];
  const graphProblem =
    rootClass !== 'Sequential' && isObject(rootConfig) ? checkGraph(rootConfig) : null;
  for (const l of layers) {
    if (!knownClasses.has(l.className)) {
      return t('models:fileCheck.topology.unknownClass', {
        name: l.name,
        cls: l.className,
        version: tfjsVersion,
      });
    }
    for (const key of SIZE_KEYS) {
      const v = l.config[key];
      if (typeof v === 'number' && v > MAX_TENSOR_VALUES) {
        return t('models:fileCheck.topology.tooLarge', {
          name: l.name,
          key,
          value: fmt(v),
          max: fmt(MAX_TENSOR_VALUES),
        });
      }
    }
    if (l.className !== 'Sequential' && MODEL_CLASSES.has(l.className)) {
      const graphProblem = checkGraph(l.config);
      if (graphProblem)
        return t('models:fileCheck.topology.nested', { name: l.name, problem: graphProblem });
    }
    const shape = l.config['batch_input_shape'] ?? l.config['batch_shape'];
    if (Array.isArray(shape)) {
      const values = valueCount(shape.filter((d): d is number => typeof d === 'number'));
      if (values > MAX_TENSOR_VALUES) {
        return t('models:fileCheck.topology.inputTooLarge', {
          name: l.name,
          values: fmt(values),
          max: fmt(MAX_TENSOR_VALUES),
        });
      }
    }
  }
  return graphProblem;
}

/**
 * Translate what Keras 3 writes and tfjs 4.22 cannot read: `batch_shape`
 * for `batch_input_shape`, dtype policies ({class_name: "DTypePolicy",
 * config: {name: "float32"}}) for plain dtype names, and a functional
 * model's calls (`{args: [__keras_tensor__...]}`) and single or named
 * inputs and outputs for the Keras 2 node lists. Returns a copy.
 */
export function normalizeKeras3(topology: Json): Json {
  const fix = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fix);
    if (!isObject(v)) return v;
    const out: Json = {};
    for (const [key, value] of Object.entries(v)) {
      if (key === 'dtype' && isObject(value) && isObject(value['config'])) {
        out[key] = value['config']['name'];
      } else if (key === 'batch_shape' && !('batch_input_shape' in v)) {
        out['batch_input_shape'] = fix(value);
      } else if (key === 'inbound_nodes') {
        out[key] = keras2InboundNodes(value);
      } else if (key === 'input_layers' || key === 'output_layers') {
        out[key] = refList(value);
      } else {
        out[key] = fix(value);
      }
    }
    return out;
  };
  return fix(topology) as Json;
}

/** A weight as the built model declares it. */
export interface ModelWeightInfo {
  name: string;
  shape: number[];
  dtype: string;
}

const shapeText = (s: readonly number[]): string => `[${s.join(', ')}]`;

/**
 * Match a weights manifest to the weights the built model declares, by name
 * as tfjs does (plus the "<model>/<layer>/<weight>" names of Keras 3
 * conversions), and compare dtypes and shapes.
 * @param modelName the model's own name, which Keras 3 puts in front of weight names
 * @returns the manifest with each weight under the model's name for it, or a message
 */
export function matchWeights(
  manifest: WeightSpec[],
  model: ModelWeightInfo[],
  modelName: string | null,
): Checked<WeightSpec[]> {
  // Keras 3 saved-model names ("dense/0") are matched by position inside tfjs; leave them to it.
  if (/\/\d+$/.test(manifest[0]?.name ?? '')) return { ok: true, value: manifest };
  const byName = new Map(model.map((w) => [w.name, w]));
  const resolve = (name: string): string | null => {
    if (byName.has(name)) return name;
    const parts = name.split('/');
    const candidates = [
      parts.length >= 3 ? [...parts.slice(0, -2), parts.at(-1)].join('/') : '', // TF 2.2: layer/cell/weight
      parts[0] === modelName ? parts.slice(1).join('/') : '', // Keras 3: model/layer/weight
    ];
    return candidates.find((c) => c && byName.has(c)) ?? null;
  };
  const seen = new Set<string>();
  const out: WeightSpec[] = [];
  for (const spec of manifest) {
    const name = resolve(spec.name);
    const target = name === null ? undefined : byName.get(name);
    if (!name || !target) {
      return {
        ok: false,
        error: t('models:fileCheck.topology.unusedWeight', { name: spec.name }),
      };
    }
    if (seen.has(name)) {
      return { ok: false, error: t('models:fileCheck.topology.weightTwice', { name }) };
    }
    seen.add(name);
    if (spec.dtype !== target.dtype) {
      return {
        ok: false,
        error: t('models:fileCheck.topology.dtype', {
          name: spec.name,
          stored: spec.dtype,
          needed: target.dtype,
        }),
      };
    }
    if (shapeText(spec.shape) !== shapeText(target.shape)) {
      return {
        ok: false,
        error: t('models:fileCheck.topology.shape', {
          name: spec.name,
          shape: shapeText(spec.shape),
          needed: shapeText(target.shape),
        }),
      };
    }
    out.push({ ...spec, name });
  }
  const missing = model.filter((w) => !seen.has(w.name)).map((w) => w.name);
  if (missing.length > 0) {
    const names = missing.slice(0, 3).join(t('models:fileCheck.listSep'));
    return {
      ok: false,
      error:
        missing.length === 1
          ? t('models:fileCheck.topology.lacksOne', { names })
          : t('models:fileCheck.topology.lacksMany', {
              n: missing.length,
              names,
              more: missing.length > 3 ? t('models:fileCheck.more') : '',
            }),
    };
  }
  return { ok: true, value: out };
}
