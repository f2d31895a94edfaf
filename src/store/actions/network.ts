/**
 * Editing the network: add, remove, move, duplicate, edit, presets, with
 * undo / redo. Every edit goes through `edit`, which records history.
 * Consecutive edits of the same setting (typing "128") undo as one.
 */
import { defaultLayer } from '../../core/model/layer-kinds';
import type { LayerKind, LayerSpec } from '../../core/model/layer-spec';
import {
  LAYERS_MAX,
  newLayerId,
  type BinaryHead,
  type NetworkSpec,
} from '../../core/model/network-spec';
import { sameJson } from '../selectors';
import { useStore } from '../store';

const HISTORY_MAX = 100;
const COALESCE_MS = 1500;

function edit(change: (spec: NetworkSpec) => NetworkSpec, coalesceKey?: string): void {
  const now = Date.now();
  useStore.setState((s) => {
    const last = s.lastEdit;
    const coalesce =
      coalesceKey !== undefined && last?.key === coalesceKey && now - last.at < COALESCE_MS;
    const lastEdit = coalesceKey !== undefined ? { key: coalesceKey, at: now } : null;
    const next = change(s.network);
    if (next === s.network) return { lastEdit };
    return {
      lastEdit,
      network: next,
      networkPast: coalesce ? s.networkPast : [...s.networkPast, s.network].slice(-HISTORY_MAX),
      networkFuture: [],
    };
  });
}

const withLayers = (spec: NetworkSpec, layers: LayerSpec[]): NetworkSpec => ({ ...spec, layers });

/** Insert a new layer of `kind` at `index` (default: the end). */
export function addLayer(kind: LayerKind, index?: number): void {
  edit((spec) => {
    if (spec.layers.length >= LAYERS_MAX) return spec;
    const layers = [...spec.layers];
    layers.splice(index ?? layers.length, 0, defaultLayer(kind, newLayerId()));
    return withLayers(spec, layers);
  });
}

export function removeLayer(id: string): void {
  edit((spec) =>
    withLayers(
      spec,
      spec.layers.filter((l) => l.id !== id),
    ),
  );
}

/** Insert a copy of a layer right after it. */
export function duplicateLayer(id: string): void {
  edit((spec) => {
    const i = spec.layers.findIndex((l) => l.id === id);
    if (i < 0 || spec.layers.length >= LAYERS_MAX) return spec;
    const layers = [...spec.layers];
    layers.splice(i + 1, 0, { ...structuredClone(spec.layers[i] as LayerSpec), id: newLayerId() });
    return withLayers(spec, layers);
  });
}

/** Move a layer to position `to` in the stack. */
export function moveLayerTo(id: string, to: number): void {
  edit((spec) => {
    const from = spec.layers.findIndex((l) => l.id === id);
    const target = Math.max(0, Math.min(spec.layers.length - 1, to));
    if (from < 0 || from === target) return spec;
    const layers = [...spec.layers];
    const [moved] = layers.splice(from, 1);
    layers.splice(target, 0, moved as LayerSpec);
    return withLayers(spec, layers);
  });
}

export function moveLayer(id: string, delta: -1 | 1): void {
  const i = useStore.getState().network.layers.findIndex((l) => l.id === id);
  if (i >= 0) moveLayerTo(id, i + delta);
}

/** Change some settings of one layer. */
export function updateLayer(id: string, patch: Record<string, unknown>): void {
  edit(
    (spec) =>
      withLayers(
        spec,
        spec.layers.map((l) => (l.id === id ? ({ ...l, ...patch } as LayerSpec) : l)),
      ),
    `${id}:${Object.keys(patch).join(',')}`,
  );
}

export function setBinaryHead(binaryHead: BinaryHead): void {
  edit((spec) => (spec.binaryHead === binaryHead ? spec : { ...spec, binaryHead }));
}

/** Replace the whole network, as one undo step (a preset, a recipe). */
export function setNetwork(network: NetworkSpec): void {
  edit((spec) => (sameJson(spec, network) ? spec : network));
}

export function undo(): void {
  useStore.setState((s) => {
    const prev = s.networkPast.at(-1);
    if (!prev) return { lastEdit: null };
    return {
      lastEdit: null,
      network: prev,
      networkPast: s.networkPast.slice(0, -1),
      networkFuture: [s.network, ...s.networkFuture],
    };
  });
}

export function redo(): void {
  useStore.setState((s) => {
    const next = s.networkFuture[0];
    if (!next) return { lastEdit: null };
    return {
      lastEdit: null,
      network: next,
      networkPast: [...s.networkPast, s.network],
      networkFuture: s.networkFuture.slice(1),
    };
  });
}

/** Replace the network without an undo step (loading a model); clears history. */
export function replaceNetwork(network: NetworkSpec): void {
  useStore.setState({ network, networkPast: [], networkFuture: [], lastEdit: null });
}
