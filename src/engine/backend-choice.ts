/**
 * Auto's choices, cached per network, batch size and input shape: a second
 * Train with the same model does not time the backends again. Which
 * backends Auto tries: every one this context offers except WebGPU, which
 * is used only when pinned (experimental in tfjs 4.22, and on a software
 * adapter many times slower than the CPU); WebGL on a GPU emulated on the
 * CPU only for a model heavy enough to give it a chance (backend-probe.ts).
 */
import { t } from '../i18n';
import type { Dataset } from '../core/data/dataset';
import { outputUnits } from '../core/data/dataset';
import type { NetworkSpec } from '../core/model/network-spec';
import { stableStringify } from '../core/stable-json';
import type { TrainingConfig } from '../core/train/training-config';
import { activateBackend, rendererString, unavailableReason } from './backend';
import { probeBackends, type ProbeResult, type ProbeWords } from './backend-probe';
import type { BackendName, ProbeEntry } from '../worker/protocol';

export interface ChooserOptions {
  /** Backends Auto may try (default: all but WebGPU; one this context lacks is listed as skipped, with why). */
  candidates?: BackendName[];
  /** Clock for the timings (ms), injectable for tests. */
  now?: () => number;
  activate?: (name: BackendName) => Promise<void>;
  /** The active backend's GPU (default: rendererString), to tell an emulated one. */
  renderer?: () => string | null;
}

export interface AutoRequest {
  network: NetworkSpec;
  dataset: Dataset;
  config: TrainingConfig;
}

const AUTO_BACKENDS: BackendName[] = ['webgl', 'wasm', 'cpu'];

/** WebGPU's line in Auto's list: listed, never timed. Worded when made, in the current language. */
const webgpuNote = (): ProbeEntry => ({
  backend: 'webgpu',
  msPerBatch: null,
  skipped: t('engine:probe.notTried'),
});

export class BackendChooser {
  private readonly cache = new Map<string, ProbeResult>();

  constructor(private readonly o: ChooserOptions = {}) {}

  /** What the choice depends on: the network, the batch size and the shapes in and out. */
  static key({ network, dataset, config }: AutoRequest): string {
    return stableStringify({
      network,
      batchSize: Math.min(config.batchSize, dataset.train.n),
      inputShape: dataset.inputShape,
      outputs: outputUnits(dataset.task),
    });
  }

  /** The cached choice for this model, or null when it has not been timed. */
  cached(req: AutoRequest): ProbeResult | null {
    return this.cache.get(BackendChooser.key(req)) ?? null;
  }

  /** Auto's choice for this model: from the cache, or by timing each candidate. */
  async choose(req: AutoRequest): Promise<ProbeResult> {
    const key = BackendChooser.key(req);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const candidates = this.o.candidates ?? AUTO_BACKENDS;
    const result = await probeBackends({
      ...req,
      candidates: candidates.filter((b) => b !== 'webgpu'),
      activate: this.o.activate ?? activateBackend,
      renderer: this.o.renderer ?? rendererString,
      ...(this.o.now && { now: this.o.now }),
    });
    const webgpu = this.o.candidates ? candidates.includes('webgpu') : !unavailableReason('webgpu');
    const withNote = (w: ProbeWords): ProbeWords =>
      webgpu ? { ...w, entries: [...w.entries, webgpuNote()] } : w;
    const choice = { ...result, ...withNote(result), reword: () => withNote(result.reword()) };
    this.cache.set(key, choice);
    return choice;
  }
}
