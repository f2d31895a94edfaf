/**
 * A model's layer graph laid out for drawing: each layer's depth is the
 * longest path to it from a layer with no inputs, layers of one depth sit
 * side by side in the order they were given, and every edge runs from an
 * inbound layer to the layer it feeds. Also says in words why a graph is
 * not a plain stack. Pure; names are data, never markup.
 */

/** A layer and the layers it takes its inputs from (by name). */
export interface GraphNode {
  name: string;
  inbound: readonly string[];
}

export interface PlacedNode {
  name: string;
  /** Row, from 0 (the inputs) down. */
  depth: number;
  /** Position within its row, from 0. */
  slot: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: { from: string; to: string }[];
  /** Number of rows, and the most layers in one row. */
  depths: number;
  width: number;
}

/** Inbound names that are layers of the graph, each once (a layer may feed another twice). */
function knownInbound(nodes: readonly GraphNode[]): Map<string, string[]> {
  const names = new Set(nodes.map((n) => n.name));
  return new Map(nodes.map((n) => [n.name, [...new Set(n.inbound)].filter((i) => names.has(i))]));
}

/** Each layer's depth; an edge that would close a cycle is not followed. */
function depths(nodes: readonly GraphNode[], inbound: Map<string, string[]>): Map<string, number> {
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (name: string): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    onPath.add(name);
    let d = 0;
    for (const from of inbound.get(name) ?? []) {
      if (!onPath.has(from)) d = Math.max(d, visit(from) + 1);
    }
    onPath.delete(name);
    depth.set(name, d);
    return d;
  };
  nodes.forEach((n) => visit(n.name));
  return depth;
}

/** Lay out `nodes` in rows by depth. */
export function layoutGraph(nodes: readonly GraphNode[]): GraphLayout {
  const inbound = knownInbound(nodes);
  const depth = depths(nodes, inbound);
  const filled: number[] = [];
  const placed = nodes.map((n) => {
    const d = depth.get(n.name) ?? 0;
    const slot = filled[d] ?? 0;
    filled[d] = slot + 1;
    return { name: n.name, depth: d, slot };
  });
  const edges = nodes.flatMap((n) =>
    (inbound.get(n.name) ?? []).map((from) => ({ from, to: n.name })),
  );
  return { nodes: placed, edges, depths: filled.length, width: Math.max(0, ...filled) };
}

/** What makes a graph more than a plain stack of layers (the first such place found). */
export type GraphShape =
  | { kind: 'inputs'; names: string[] }
  | { kind: 'skip'; layer: string; from: string[] }
  | { kind: 'merge'; layer: string; from: string[] }
  | { kind: 'branch'; layer: string };

/**
 * Why a graph is not a plain stack of layers (several inputs, a skip
 * connection, branches that merge or a layer that feeds two), or null for a chain.
 */
export function graphShape(nodes: readonly GraphNode[]): GraphShape | null {
  const inbound = knownInbound(nodes);
  const depth = depths(nodes, inbound);
  const inputs = nodes.filter((n) => (inbound.get(n.name) ?? []).length === 0);
  if (inputs.length > 1) return { kind: 'inputs', names: inputs.map((n) => n.name) };
  for (const n of nodes) {
    const from = inbound.get(n.name) ?? [];
    if (from.length < 2) continue;
    const levels = new Set(from.map((f) => depth.get(f)));
    return { kind: levels.size > 1 ? 'skip' : 'merge', layer: n.name, from: [...from] };
  }
  const fed = new Map<string, number>();
  for (const from of inbound.values()) from.forEach((f) => fed.set(f, (fed.get(f) ?? 0) + 1));
  const fork = [...fed].find(([, count]) => count > 1);
  return fork ? { kind: 'branch', layer: fork[0] } : null;
}
