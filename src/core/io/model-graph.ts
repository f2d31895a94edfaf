/**
 * Checks on a functional model's graph (Keras 2 spelling, after Keras 3 is
 * translated) before tfjs builds it. tfjs 4.22 rebuilds the graph by
 * retrying every call whose inputs do not exist yet, with no end: a call
 * naming a layer the model lacks, or calls that wait on each other, hang
 * the page for good. So every reference is resolved here, and the calls are
 * ordered (Kahn's algorithm over layer calls, not layers, since a shared
 * layer may rightly be called at several depths). Pure.
 */
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
      return `Layer ${i + 1} of the graph has no name.`;
    if (counts.has(name)) return `Two layers of the graph are named "${name}".`;
    const nodes = layer['inbound_nodes'];
    if (!Array.isArray(nodes)) return `Layer "${name}" does not say where its inputs come from.`;
    // An input layer makes its one node when it is built, with no inbound data.
    counts.set(
      name,
      layer['class_name'] === 'InputLayer' ? Math.max(1, nodes.length) : nodes.length,
    );
    for (const [index, node] of nodes.entries()) {
      if (!Array.isArray(node) || !node.every(isTensorRef)) {
        return `Layer "${name}" has an input that is not a [layer, node, tensor] reference.`;
      }
      calls.push({ layer: name, index, refs: node, waitsFor: node.map((r) => callId(r[0], r[1])) });
    }
  }
  return { calls, counts };
}

/** Why `ref` (from input_layers, output_layers or a call) points nowhere, or null. */
function refProblem(ref: unknown, counts: Map<string, number>, where: string): string | null {
  if (!isTensorRef(ref))
    return `${where} has an entry that is not a [layer, node, tensor] reference.`;
  const count = counts.get(ref[0]);
  if (count === undefined)
    return `${where} names layer "${ref[0]}", which the model does not have.`;
  if (ref[1] >= count) {
    return `${where} uses call ${ref[1] + 1} of layer "${ref[0]}", which is called ${count} time${count === 1 ? '' : 's'}.`;
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
    if (!Array.isArray(refs) || refs.length === 0) return `The model's ${key} list is missing.`;
    for (const ref of refs) {
      const p = refProblem(ref, counts, `The model's ${key}`);
      if (p) return p;
    }
  }
  for (const c of calls) {
    for (const ref of c.refs) {
      const p = refProblem(ref, counts, `Layer "${c.layer}"`);
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
  return `The model's graph has a cycle: layer "${c.layer}" takes its input, through other layers, from its own output.`;
}
