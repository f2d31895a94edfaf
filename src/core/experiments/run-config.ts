/**
 * A run's configuration: everything that decides what a Train press does
 * (the data spec, the network, the hyperparameters with their seed, the
 * backend preference), and nothing learned (no weights, no uploaded rows).
 * Run records, shared links and experiment files all carry this one shape.
 */
import { z } from 'zod';
import { datasetSpecSchema, type DatasetSpec } from '../data/dataset-spec';
import { networkSpecSchema, type NetworkSpec } from '../model/network-spec';
import { trainingConfigSchema, type TrainingConfig } from '../train/training-config';

/** Auto, or one tfjs backend pinned (the engine's BackendPreference). */
export const BACKEND_PREFERENCES = ['auto', 'webgl', 'wasm', 'cpu', 'webgpu'] as const;

export type RunBackendPreference = (typeof BACKEND_PREFERENCES)[number];

export const runConfigSchema = z.object({
  dataset: datasetSpecSchema,
  network: networkSpecSchema,
  training: trainingConfigSchema,
  backend: z.enum(BACKEND_PREFERENCES),
});

export interface RunConfig {
  dataset: DatasetSpec;
  network: NetworkSpec;
  training: TrainingConfig;
  backend: RunBackendPreference;
}
