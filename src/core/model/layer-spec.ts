/**
 * Layer specs: the plain data of each layer the user stacks. Each kind's
 * settings, ranges, defaults and shape rule are declared once, in
 * layer-kinds.ts; this file holds only the types.
 */
import type { ActivationId, InitializerId, RegularizerId } from './activations';

export type Padding = 'valid' | 'same';

/** Settings shared by layers with a kernel (Dense, Conv2D). */
export interface KernelSettings {
  activation: ActivationId;
  init: InitializerId;
  useBias: boolean;
  reg: RegularizerId;
  /** Regularisation rate, used when reg is not 'none'. */
  regRate: number;
}

export interface PoolSettings {
  poolSize: number;
  strides: number;
  padding: Padding;
}

export type LayerSpec = { id: string } & (
  | ({ kind: 'dense'; units: number } & KernelSettings)
  | ({
      kind: 'conv2d';
      filters: number;
      kernelSize: number;
      strides: number;
      padding: Padding;
    } & KernelSettings)
  | ({ kind: 'maxPool2d' } & PoolSettings)
  | ({ kind: 'avgPool2d' } & PoolSettings)
  | { kind: 'flatten' }
  | { kind: 'dropout'; rate: number }
  | { kind: 'batchNorm'; momentum: number }
  | { kind: 'activation'; activation: ActivationId }
);

export type LayerKind = LayerSpec['kind'];

/** A layer of kind K. */
export type LayerOf<K extends LayerKind> = Extract<LayerSpec, { kind: K }>;

/** Shape of one example, without the batch dimension. */
export type Shape = number[];
