/**
 * The engine facade: the one object the page talks to, in a worker or on
 * the page itself. It owns the live model, its optimizer, the data tensors
 * and the trainer; outward it speaks only plain data (specs, records,
 * typed arrays, ArrayBuffers).
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { buildDataset } from '../core/data/dataset';
import { datasetSpecSchema, type DatasetSpec } from '../core/data/dataset-spec';
import { toModelJson, type ModelArtifactsData } from '../core/io/model-files';
import type { ModelMeta, SavedModelInfo } from '../core/io/model-meta';
import { stableStringify } from '../core/stable-json';
import { networkProblems, type NetworkSpec } from '../core/model/network-spec';
import { trainingConfigSchema, type TrainingConfig } from '../core/train/training-config';
import { initBackend, type BackendInfo, type BackendName } from './backend';
import { buildModel } from './build-model';
import { toTensors, type DataTensors } from './data-tensors';
import { describeModel, type LoadedModel } from './describe-model';
import * as store from './model-store';
import { artifactsToModel, modelToArtifacts } from './model-io';
import { makeOptimizer, setLearningRate } from './optimizers';
import { Trainer } from './trainer';
import type { EngineEvent, TrainRequest, TrainResult } from './protocol';

interface Session {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  optimizerId: TrainingConfig['optimizer'];
  /** Identity of what the weights were trained for: network + dataset, or null for foreign models. */
  key: string | null;
  epochsTrained: number;
}

const sessionKey = (network: NetworkSpec, dataset: DatasetSpec): string =>
  stableStringify({ network, dataset });

const EVENT_FLUSH_MS = 50;

export class Engine {
  private backendInfo: BackendInfo | null = null;
  private listener: ((events: EngineEvent[]) => void) | null = null;
  private queue: EngineEvent[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private session: Session | null = null;
  private data: { key: string; tensors: DataTensors } | null = null;
  private trainer: Trainer | null = null;
  private learningRate = 0;

  async init(preferred: BackendName): Promise<BackendInfo> {
    this.backendInfo = await initBackend(preferred);
    return this.backendInfo;
  }

  /** Receive engine events, delivered in batches at most every 50 ms. */
  setListener(listener: (events: EngineEvent[]) => void): void {
    this.listener = listener;
  }

  /**
   * Train. Continues the current model when `req.continue` is set and it was
   * built for the same network and data; otherwise builds a fresh one.
   * Resolves when the run ends.
   */
  async train(req: TrainRequest): Promise<TrainResult> {
    if (this.trainer) throw new Error('Training is already running.');
    const dataset = datasetSpecSchema.parse(req.dataset);
    const config = trainingConfigSchema.parse(req.training);
    const problems = networkProblems(req.network);
    if (problems.length > 0) throw new Error(problems[0]?.message);
    const tensors = this.dataTensors(dataset);
    const key = sessionKey(req.network, dataset);
    if (!req.continue || this.session?.key !== key) {
      this.disposeSession();
      this.session = {
        model: buildModel(
          req.network,
          { numFeatures: 2, numClasses: tensors.numClasses },
          config.seed,
        ),
        optimizer: makeOptimizer(config.optimizer, config.learningRate),
        optimizerId: config.optimizer,
        key,
        epochsTrained: 0,
      };
    } else if (this.session.optimizerId !== config.optimizer) {
      this.session.optimizer.dispose();
      this.session.optimizer = makeOptimizer(config.optimizer, config.learningRate);
      this.session.optimizerId = config.optimizer;
    }
    const session = this.session;
    this.learningRate = config.learningRate;
    setLearningRate(session.optimizer, config.learningRate);
    const trainer = new Trainer({
      model: session.model,
      optimizer: session.optimizer,
      train: tensors.train,
      validation: tensors.validation,
      batchSize: config.batchSize,
      epochs: config.epochs,
      startEpoch: session.epochsTrained,
      seed: config.seed,
      learningRate: () => this.learningRate,
      onEpoch: (record) => {
        session.epochsTrained = record.epoch;
        this.emit({ type: 'epoch', record });
      },
      onProgress: (progress) => this.emit({ type: 'progress', progress }),
      onPauseChange: (paused) =>
        this.emit({ type: 'state', state: paused ? 'paused' : 'training' }, true),
    });
    this.trainer = trainer;
    this.emit({ type: 'state', state: 'training' }, true);
    try {
      const outcome = await trainer.run();
      const result: TrainResult =
        outcome.kind === 'diverged'
          ? {
              outcome: 'diverged',
              message: `The loss became NaN or infinite at epoch ${outcome.epoch}, batch ${outcome.batch}. The learning rate (${this.learningRate}) is probably too high: lower it and press Reset.`,
            }
          : { outcome: outcome.kind, message: null };
      this.emit(
        {
          type: 'state',
          state: result.outcome === 'diverged' ? 'error' : 'done',
          message: result.message,
        },
        true,
      );
      return result;
    } catch (e) {
      const message = `Training failed: ${(e as Error).message}`;
      this.emit({ type: 'state', state: 'error', message }, true);
      return { outcome: 'failed', message };
    } finally {
      this.trainer = null;
    }
  }

  pause(): void {
    this.trainer?.pause();
  }

  resume(): void {
    this.trainer?.resume();
  }

  stop(): void {
    this.trainer?.stop();
  }

  /** Takes effect at the next batch. */
  setLearningRate(lr: number): void {
    this.learningRate = lr;
    if (this.session) setLearningRate(this.session.optimizer, lr);
  }

  /** Forget the trained model (the next run starts from fresh weights). */
  reset(): void {
    this.trainer?.stop();
    this.disposeSession();
  }

  /**
   * Predict class probabilities.
   * @param points [n, 2] float32, row-major
   * @returns [n, numClasses] float32, row-major
   */
  async predict(points: Float32Array): Promise<Float32Array> {
    const model = this.requireModel();
    const f = model.inputs[0]?.shape[1] ?? 0;
    if (f !== 2 || points.length % f !== 0) {
      throw new Error(`This model takes ${f} inputs per sample; the playground's points have 2.`);
    }
    const out = tf.tidy(
      () => model.predict(tf.tensor2d(points, [points.length / f, f])) as tf.Tensor,
    );
    const values = (await out.data()) as Float32Array;
    out.dispose();
    return values;
  }

  async saveToBrowser(meta: ModelMeta, replace: boolean): Promise<SavedModelInfo> {
    const model = this.requireModel();
    if (!replace && (await store.modelExists(meta.name))) {
      throw new Error(`A model named "${meta.name}" is already saved.`);
    }
    return store.saveModel(await modelToArtifacts(model), meta);
  }

  listSaved(): Promise<SavedModelInfo[]> {
    return store.listModels();
  }

  deleteSaved(name: string): Promise<void> {
    return store.deleteModel(name);
  }

  async loadFromBrowser(name: string): Promise<LoadedModel> {
    const { artifacts, meta } = await store.readModel(name);
    return this.adopt(artifacts, meta);
  }

  /** The current model as model.json text and one weights.bin buffer. */
  async exportFiles(meta: ModelMeta | null): Promise<{ modelJson: string; weights: ArrayBuffer }> {
    const a = await modelToArtifacts(this.requireModel());
    const modelJson = toModelJson({
      ...a,
      ...(meta && { userDefinedMetadata: { playground: meta } }),
    });
    return { modelJson, weights: a.weightData };
  }

  /** Load checked artifacts (an upload). Playground metadata, if present, is returned unchecked. */
  async importFiles(artifacts: ModelArtifactsData, meta: ModelMeta | null): Promise<LoadedModel> {
    return this.adopt(artifacts, meta);
  }

  /** Live tensor count, for leak checks. */
  numTensors(): number {
    return tf.memory().numTensors;
  }

  dispose(): void {
    this.reset();
    this.data?.tensors.dispose();
    this.data = null;
  }

  private async adopt(artifacts: ModelArtifactsData, meta: ModelMeta | null): Promise<LoadedModel> {
    if (this.trainer) throw new Error('Stop training before loading a model.');
    const model = await artifactsToModel(artifacts);
    this.disposeSession();
    const config = meta?.training;
    this.session = {
      model,
      optimizer: makeOptimizer(config?.optimizer ?? 'adam', config?.learningRate ?? 0.01),
      optimizerId: config?.optimizer ?? 'adam',
      key: meta ? sessionKey(meta.network, meta.dataset) : null,
      epochsTrained: meta?.history.at(-1)?.epoch ?? 0,
    };
    return describeModel(model, meta);
  }

  private requireModel(): tfl.LayersModel {
    if (!this.session) throw new Error('There is no trained or loaded model yet.');
    return this.session.model;
  }

  private dataTensors(spec: DatasetSpec): DataTensors {
    const key = stableStringify(spec);
    if (this.data?.key !== key) {
      this.data?.tensors.dispose();
      this.data = { key, tensors: toTensors(buildDataset(spec)) };
    }
    return this.data.tensors;
  }

  private disposeSession(): void {
    if (!this.session) return;
    // model.dispose() does not dispose an optimizer object passed in (TFJS-NOTES).
    this.session.optimizer.dispose();
    this.session.model.dispose();
    this.session = null;
  }

  private emit(event: EngineEvent, now = false): void {
    this.queue.push(event);
    if (now) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), EVENT_FLUSH_MS);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.queue.length === 0) return;
    const events = this.queue;
    this.queue = [];
    this.listener?.(events);
  }
}
