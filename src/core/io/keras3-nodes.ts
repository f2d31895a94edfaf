/**
 * Keras 3 functional graphs in the Keras 2 spelling that tfjs 4.22 reads.
 * Keras 3 writes each call of a layer as `{args, kwargs}` whose args hold
 * `__keras_tensor__` records naming their source in `keras_history`; tfjs
 * wants one list per call of `[layer, node, tensor, kwargs]`. Keras 3 also
 * writes a single model input or output as one bare `[layer, node, tensor]`
 * and named ones as a dict. Pure; anything it does not recognise is left as
 * it is, for the graph checks to name.
 */
type Json = Record<string, unknown>;

/** Where a tensor comes from: layer name, node index, tensor index. */
export type TensorRef = [string, number, number];

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A `[name, node, tensor, ...]` list, as Keras 2 and input_layers write it. */
export function isTensorRef(v: unknown): v is [string, number, number, ...unknown[]] {
  return (
    Array.isArray(v) &&
    v.length >= 3 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'number' &&
    typeof v[2] === 'number'
  );
}

/** Every `__keras_tensor__` inside a call's args, in order (lists and dicts of them too). */
function kerasTensors(v: unknown, out: TensorRef[]): void {
  if (Array.isArray(v)) {
    v.forEach((x) => kerasTensors(x, out));
  } else if (isObject(v)) {
    const history = isObject(v['config']) ? v['config']['keras_history'] : undefined;
    if (v['class_name'] === '__keras_tensor__' && isTensorRef(history)) {
      out.push([history[0], history[1], history[2]]);
    } else {
      Object.values(v).forEach((x) => kerasTensors(x, out));
    }
  }
}

/** Plain settings of a call (e.g. `training: false`); tensors and nulls are dropped. */
function plainKwargs(kwargs: unknown): Json {
  if (!isObject(kwargs)) return {};
  const keep = Object.entries(kwargs).filter(([, v]) =>
    ['boolean', 'number', 'string'].includes(typeof v),
  );
  return Object.fromEntries(keep);
}

/** A layer's `inbound_nodes` in the Keras 2 form; Keras 2 input is returned as it is. */
export function keras2InboundNodes(nodes: unknown): unknown {
  if (!Array.isArray(nodes)) return nodes;
  return nodes.map((node) => {
    if (!isObject(node) || !('args' in node)) return node;
    const refs: TensorRef[] = [];
    kerasTensors(node['args'], refs);
    const kwargs = plainKwargs(node['kwargs']);
    return refs.map((r) => [...r, kwargs]);
  });
}

/** A model's `input_layers` / `output_layers` as a list of refs: one bare ref or a dict becomes a list. */
export function refList(v: unknown): unknown {
  if (isTensorRef(v)) return [v];
  if (isObject(v)) return Object.values(v);
  return v;
}
