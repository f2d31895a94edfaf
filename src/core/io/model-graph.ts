/**
 * Checks on a functional model's graph (Keras 2 spelling, after Keras 3 is
 * translated) before tfjs builds it. tfjs 4.22 rebuilds the graph by
 * retrying every call whose inputs do not exist yet, with no end: a call
 * naming a layer the model lacks, or calls that wait on each other, hang
 * the page for good. So every reference is resolved here, and the calls are
 * ordered (Kahn's algorithm over layer calls, not layers, since a shared
 * layer may rightly be called at several depths). Pure.
 */
import { t } from '../../i18n';
import { isTensorRef } from './keras3-nodes';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Call {
  layer: string;
  index: number;
  refs: unknown[];
  waitsFor: string[];
}

/** A layer's name as tfjs reads it: the entry's own `name`, else its config's. */
function layerName(layer: Json): unknown {
  return layer['name'] ?? (isObject(layer['config']) ? layer['config']['name'] : undefined);
}

const callId = (layer: string, index: number) => JSON.stringify([layer, index]);

/** The calls of a layer list, or a message naming the first layer that is malformed. */
function readCalls(layers: unknown[]): { calls: Call[]; counts: Map<string, number> } | string {
  const calls: Call[] = [];
  const counts = new Map<string, number>();
  for (const [i, layer] of layers.entries()) {
    const name = isObject(layer) ? layerName(layer) : undefined;
    if (!isObject(layer) || typeof name !== 'string')
      return t('models:fileCheck.graph.noName', { n: i + 1 });
    if (counts.has(name)) return t('models:fileCheck.graph.sameName', { name });
    const nodes = layer['inbound_nodes'];
    if (!Array.isArray(nodes)) return t('models:fileCheck.graph.noInbound', { name });
    // An input layer makes its one node when it is built, with no inbound data.
    counts.set(
      name,
      layer['class_name'] === 'InputLayer' ? Math.max(1, nodes.length) : nodes.length,
    );
    for (const [index, node] of nodes.entries()) {
      if (!Array.isArray(node) || !node.every(isTensorRef)) {
        return t('models:fileCheck.graph.badInput', { name });
      }
      calls.push({ layer: name, index, refs: node, waitsFor: node.map((r) => callId(r[0], r[1])) });
    }
  }
  return { calls, counts };
}

/** Where a reference sits: one of the model's own lists, or a layer's call. */
type RefPlace = { list: 'input_layers' | 'output_layers' } | { layer: string };

/** Why `ref` (from input_layers, output_layers or a call) points nowhere, or null. */
function refProblem(ref: unknown, counts: Map<string, number>, place: RefPlace): string | null {
  if (!isTensorRef(ref))
    return 'list' in place
      ? t('models:fileCheck.graph.list.notRef', { list: place.list })
      : t('models:fileCheck.graph.layer.notRef', { name: place.layer });
  const [layer, callIndex] = ref;
  const count = counts.get(layer);
  if (count === undefined)
    return 'list' in place
      ? t('models:fileCheck.graph.list.unknownLayer', { list: place.list, layer })
      : t('models:fileCheck.graph.layer.unknownLayer', { name: place.layer, layer });
  if (callIndex >= count) {
    const call = callIndex + 1;
    return 'list' in place
      ? t('models:fileCheck.graph.list.call', { list: place.list, layer, call, count })
      : t('models:fileCheck.graph.layer.call', { name: place.layer, layer, call, count });
  }
  return null;
}

/**
 * Refuse a functional model config (`{name, layers, input_layers, output_layers}`)
 * whose graph tfjs could not rebuild.
 * @returns null when every reference resolves and the calls can be ordered, else why not
 */
export function checkGraph(config: Json): string | null {
  const layers = Array.isArray(config['layers']) ? config['layers'] : [];
  const read = readCalls(layers);
  if (typeof read === 'string') return read;
  const { calls, counts } = read;
  for (const key of ['input_layers', 'output_layers'] as const) {
    const refs = config[key];
    if (!Array.isArray(refs) || refs.length === 0)
      return t('models:fileCheck.graph.listMissing', { list: key });
    for (const ref of refs) {
      const p = refProblem(ref, counts, { list: key });
      if (p) return p;
    }
  }
  for (const c of calls) {
    for (const ref of c.refs) {
      const p = refProblem(ref, counts, { layer: c.layer });
      if (p) return p;
    }
  }
  // Kahn's algorithm: a call is ready once every call it takes input from is done.
  const done = new Set<string>();
  for (const [name, count] of counts) {
    if (count > 0 && !calls.some((c) => c.layer === name)) done.add(callId(name, 0));
  }
  let pending = calls;
  for (let progress = true; progress && pending.length > 0;) {
    const ready = pending.filter((c) => c.waitsFor.every((id) => done.has(id)));
    ready.forEach((c) => done.add(callId(c.layer, c.index)));
    pending = pending.filter((c) => !ready.includes(c));
    progress = ready.length > 0;
  }
  return pending.length > 0 ? cycleMessage(pending, done) : null;
}

/** Name a layer on the cycle that holds up `pending` (each waits on another pending call). */
function cycleMessage(pending: Call[], done: Set<string>): string {
  const byId = new Map(pending.map((c) => [callId(c.layer, c.index), c]));
  const seen = new Set<Call>();
  let c = pending[0] as Call;
  while (!seen.has(c)) {
    seen.add(c);
    const next = byId.get(c.waitsFor.find((id) => !done.has(id)) ?? '');
    if (!next) break;
    c = next;
  }
  return t('models:fileCheck.graph.cycle', { layer: c.layer });
}
