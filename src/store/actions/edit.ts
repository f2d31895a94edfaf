/**
 * Editing the specs: data, network and hyperparameters. Pure store updates;
 * nothing here talks to the engine.
 */
import { buildDataset } from '../../core/data/dataset';
import { datasetSpecSchema, type DatasetSpec } from '../../core/data/dataset-spec';
import { HIDDEN_LAYERS_MAX, newLayerId, type DenseLayerSpec } from '../../core/model/network-spec';
import type { TrainingConfig } from '../../core/train/training-config';
import { useStore } from '../store';

/** Change the dataset spec; the points are rebuilt when the result is valid. */
export function setDatasetSpec(patch: Partial<DatasetSpec>): void {
  const spec = { ...useStore.getState().datasetSpec, ...patch };
  const parsed = datasetSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(' ') ?? '';
    useStore.setState({
      datasetSpec: spec,
      datasetError: `Data ${field}: ${issue?.message ?? 'invalid'}`,
    });
    return;
  }
  useStore.setState({ datasetSpec: spec, dataset: buildDataset(parsed.data), datasetError: null });
}

/** Draw a new sample of the same kind (next seed). */
export function regenerateData(): void {
  setDatasetSpec({ seed: (useStore.getState().datasetSpec.seed + 1) % 2 ** 31 });
}

export function addLayer(): void {
  useStore.setState((s) => {
    if (s.network.hidden.length >= HIDDEN_LAYERS_MAX) return s;
    const last = s.network.hidden.at(-1);
    const layer: DenseLayerSpec = {
      id: newLayerId(),
      kind: 'dense',
      units: last?.units ?? 8,
      activation: last?.activation ?? 'relu',
    };
    return { network: { hidden: [...s.network.hidden, layer] } };
  });
}

export function removeLayer(id: string): void {
  useStore.setState((s) => ({ network: { hidden: s.network.hidden.filter((l) => l.id !== id) } }));
}

export function updateLayer(id: string, patch: Partial<Omit<DenseLayerSpec, 'id' | 'kind'>>): void {
  useStore.setState((s) => ({
    network: { hidden: s.network.hidden.map((l) => (l.id === id ? { ...l, ...patch } : l)) },
  }));
}

export function setTraining(patch: Partial<TrainingConfig>): void {
  useStore.setState((s) => ({ training: { ...s.training, ...patch } }));
}
