/**
 * The engine's held model and what only reads or replaces it: predicting,
 * seeing inside, judging it on a split, saving, loading and exporting. The
 * work itself lives in its own modules (model-eval.ts, grid.ts,
 * weight-stats.ts, model-store.ts, session-files.ts); these methods hand
 * them the session. Training it is Engine's (engine.ts), which extends this.
 */
import { t } from '../i18n';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Dataset } from '../core/data/dataset';
import type { ModelArtifactsData } from '../core/io/model-files';
import type { ModelMeta, SavedModelInfo } from '../core/io/model-meta';
import type { OptimizerState } from '../core/io/optimizer-state';
import type {
  Evaluation,
  ExportedModel,
  GridRequest,
  GridResult,
  Library,
  LoadedModel,
  RestoreRequest,
  SaveOptions,
  SplitName,
  SplitPredictions,
  WeightSummary,
} from '../worker/protocol';
import { datasetIO } from '../core/model/network-spec';
import { trainingConfigSchema } from '../core/train/training-config';
import { buildModel } from './build-model';
import type { DataTensors } from './data-tensors';
import { predictGrid } from './grid';
import { evaluateModel, modelInputShape, predictValues, shapeProblem } from './model-eval';
import * as store from './model-store';
import { newSession, sessionKey, type Session } from './session';
import { loadSession, snapshotFiles, snapshotSession } from './session-files';
import { restoreWeights } from './plain-weights';
import { predictSplit } from './test-eval';
import type { Trainer } from './trainer';
import { summarizeWeights } from './weight-stats';

export class ModelHolder {
  protected session: Session | null = null;
  protected data: { key: string; dataset: Dataset; tensors: DataTensors } | null = null;
  protected trainer: Trainer | null = null;
  /** Settles when a run has chosen its backend (and moved the session there); null when none is being chosen. */
  protected preparing: Promise<void> | null = null;

  /**
   * Predict with the current model.
   * @param inputs [n, ...inputShape] float32, row-major
   * @param inputShape shape of one input, e.g. [2] or [28, 28, 1]
   * @returns [n, outputs] float32, row-major: class probabilities or regression values
   */
  async predict(inputs: Float32Array, inputShape: number[]): Promise<Float32Array> {
    await this.preparing;
    const model = this.requireModel();
    const problem = shapeProblem(modelInputShape(model), inputShape);
    if (problem) throw new Error(problem);
    return (await predictValues(model, inputs)).values;
  }

  // ---- Seeing inside and judging the model ---------------------------------
  // Each method hands the live model to its own module; none keeps tensors.

  /** Histograms of the current model's weights and its first-layer filters (weight-stats.ts). */
  async weightSummary(): Promise<WeightSummary> {
    await this.preparing;
    return summarizeWeights(this.requireModel(), this.session?.epochsTrained ?? 0);
  }

  /** The model over an R × R grid of the 2-D plane (and per-neuron maps), in one batch (grid.ts). */
  async predictGrid(req: GridRequest): Promise<GridResult> {
    await this.preparing;
    return predictGrid(this.requireModel(), req);
  }

  /** Predictions and mean loss of the current model on one split of the data sent as `datasetKey`. */
  async evaluateSplit(datasetKey: string, split: SplitName): Promise<SplitPredictions> {
    if (this.trainer) throw new Error(t('engine:errors.stopBeforeEvaluate'));
    await this.preparing;
    const model = this.requireModel();
    if (this.data?.key !== datasetKey) throw new Error(t('engine:errors.noData'));
    return predictSplit(model, this.data.dataset, split);
  }

  // ---- Saved models, files and using a model as it is ----------------------
  // Storage lives in model-store.ts, (de)serialisation in model-io.ts,
  // evaluation in model-eval.ts; these methods only hand them the session.

  /** Save the current model in the browser, with its optimizer state if asked. */
  async saveToBrowser(meta: ModelMeta, opts: SaveOptions): Promise<SavedModelInfo> {
    const snap = await this.snapshot(meta, opts.includeOptimizer);
    return store.saveModel(snap.artifacts, snap.optimizer, snap.meta, opts.replace);
  }

  listSaved(): Promise<Library> {
    return store.listModels();
  }

  renameSaved(from: string, to: string): Promise<SavedModelInfo> {
    return store.renameModel(from, to);
  }

  duplicateSaved(name: string, to: string): Promise<SavedModelInfo> {
    return store.duplicateModel(name, to);
  }

  /** Delete; returns the token that undoes it (until the next delete or start). */
  deleteSaved(name: string): Promise<string> {
    return store.deleteModel(name);
  }

  undoDelete(name: string, token: string): Promise<void> {
    return store.undoDelete(name, token);
  }

  async loadFromBrowser(name: string): Promise<LoadedModel> {
    const saved = await store.readModel(name);
    return this.adopt(saved.artifacts, saved.meta, saved.optimizer);
  }

  /** The current model as model.json text + weights.bin, and optimizer.json + .bin if asked. */
  async exportFiles(meta: ModelMeta | null, includeOptimizer = false): Promise<ExportedModel> {
    return snapshotFiles(await this.snapshot(meta, includeOptimizer));
  }

  /** Load a checked upload (see core/io/upload.ts). */
  importFiles(
    artifacts: ModelArtifactsData,
    meta: ModelMeta | null,
    optimizer: OptimizerState | null = null,
  ): Promise<LoadedModel> {
    return this.adopt(artifacts, meta, optimizer);
  }

  /** Evaluate the current model on the data sent with setDataset under `datasetKey`. */
  async evaluate(datasetKey: string): Promise<Evaluation> {
    await this.preparing;
    const model = this.requireModel();
    if (this.data?.key !== datasetKey) throw new Error(t('engine:errors.noData'));
    return evaluateModel(model, this.data.dataset);
  }

  /** The session's artifacts, optimizer state and metadata with the engine's own facts filled in. */
  protected snapshot<M extends ModelMeta | null>(meta: M, includeOptimizer: boolean) {
    if (this.trainer || this.preparing) throw new Error(t('engine:errors.stopBeforeSave'));
    const s = this.session;
    if (!s) throw new Error(t('engine:errors.noModel'));
    return snapshotSession(s, meta, includeOptimizer);
  }

  protected async adopt(
    artifacts: ModelArtifactsData,
    meta: ModelMeta | null,
    optimizerState: OptimizerState | null,
  ): Promise<LoadedModel> {
    if (this.trainer || this.preparing) throw new Error(t('engine:errors.stopBeforeLoad'));
    const { session, loaded } = await loadSession(artifacts, meta, optimizerState);
    this.disposeSession();
    this.session = session;
    return loaded;
  }

  protected requireModel(): tfl.LayersModel {
    if (!this.session) throw new Error(t('engine:errors.noModel'));
    return this.session.model;
  }

  protected disposeSession(): void {
    this.sessionDropped();
    if (!this.session) return;
    // model.dispose() does not dispose an optimizer object passed in: dispose it too.
    this.session.optimizer.dispose();
    this.session.model.dispose();
    this.session = null;
  }

  /**
   * Rebuild the model a crashed engine held from the page's snapshot of its
   * weights (an engine just started), ready to continue training.
   */
  restoreWeights(req: RestoreRequest): void {
    if (this.trainer || this.preparing) throw new Error(t('engine:errors.stopBeforeRestore'));
    const data = this.data;
    if (!data || data.key !== req.datasetKey) throw new Error(t('engine:errors.noWeightsData'));
    const config = trainingConfigSchema.parse(req.training);
    const { snapshot } = req;
    const model = buildModel(req.network, datasetIO(data.dataset), config.seed);
    const session = newSession(model, config, sessionKey(req.network, req.dataset));
    try {
      restoreWeights(model, snapshot);
    } catch (e) {
      session.optimizer.dispose();
      model.dispose();
      throw e;
    }
    this.disposeSession();
    this.session = {
      ...session,
      epochsTrained: snapshot.epoch,
      stepsTrained: snapshot.steps,
      trainedMs: snapshot.trainedMs,
    };
  }

  /** Called when the held model is dropped (a subclass forgets what it kept of it). */
  protected sessionDropped(): void {}
}
