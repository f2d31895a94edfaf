/**
 * The engine facade: the one object the page talks to, in a worker or on
 * the page itself. It owns the live model, its optimizer, the data tensors
 * and the trainer; outward it speaks only plain data (specs, records,
 * typed arrays, ArrayBuffers). Training, backends and events are here;
 * what only reads or replaces the held model is ModelHolder's (model-holder.ts).
 */
import { t } from '../i18n';
import type { Language } from '../core/learn/types';
import { switchLanguage } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../core/data/dataset';
import { datasetIO, networkProblems } from '../core/model/network-spec';
import { trainingConfigSchema, type TrainingConfig } from '../core/train/training-config';
import type {
  BackendInfo,
  BackendName,
  BackendPreference,
  BackendStatus,
  EngineEvent,
  EngineMemory,
  EngineProtocol,
  LrRangeOutcome,
  LrRangeRequest,
  TrainRequest,
  TrainResult,
} from '../worker/protocol';
import type { ChooserOptions } from './backend-choice';
import { BackendSwitch, currentBackend, type BackendRequest, type Held } from './backend-switch';
import { buildModel } from './build-model';
import { toTensors } from './data-tensors';
import { setLearningRate } from './optimizers';
import { describeOutcome } from './outcome';
import { newSession, refreshOptimizer, sessionKey, type Session } from './session';
import { scheduleSchema, type ScheduleSpec } from '../core/train/schedules';
import { EventQueue } from './event-queue';
import { sessionTrainer } from './session-trainer';
import type { Trainer } from './trainer';
import { WeightFeed } from './weight-feed';
import { RangeTests } from './lr-range-test';
import { faultBackendStatus, RunFaults } from './run-faults';
import { words } from '../i18n/words';
import { PAGE_SNAPSHOT_MAX_BYTES, snapshotBytes } from './plain-weights';
import { activateBackend } from './backend';
import { ModelHolder } from './model-holder';

export class Engine extends ModelHolder implements EngineProtocol {
  private readonly events = new EventQueue();
  private weightFeed = new WeightFeed((summary) => this.emit({ type: 'weights', summary }));
  private readonly backends: BackendSwitch;
  /** How to word the last backend status: said again after a language switch. */
  private backendWords: (() => BackendStatus) | null = null;
  private readonly rangeTests = new RangeTests();
  /** Stop was pressed while the backend was still being chosen. */
  private stopEarly = false;
  /** Pause was pressed while the backend was still being chosen: the run starts paused. */
  private pauseEarly = false;
  /** A learning rate or schedule set while the backend was still being chosen. */
  private early: Partial<Pick<TrainingConfig, 'learningRate' | 'schedule'>> = {};
  /** Weight snapshots and the GPU watch, for a run the GPU fails under (run-faults.ts). */
  private readonly faults = new RunFaults(
    () => this.emit({ type: 'webgl-restored' }, true),
    (snapshot) => {
      if (snapshotBytes(snapshot) <= PAGE_SNAPSHOT_MAX_BYTES)
        this.emit({ type: 'snapshot', snapshot });
    },
  );

  /** `backend` options are for tests: Auto's candidates and clock. */
  constructor(opts: { backend?: ChooserOptions } = {}) {
    super();
    this.backends = new BackendSwitch((words) => this.reportBackend(words), opts.backend);
  }

  /**
   * Start on a backend: the pinned one, or for Auto WebGL where it works
   * (Auto times the backends when a run starts), falling back to cpu.
   */
  init(preferred: BackendPreference): Promise<BackendInfo> {
    return this.backends.init(preferred);
  }

  /** Word the engine's messages in `language` from now on, the backend status shown now included. */
  setLanguage(language: Language): void {
    switchLanguage(language);
    if (this.backendWords) this.reportBackend(this.backendWords);
  }

  /** Receive engine events, delivered in batches at most every 50 ms. */
  setListener(listener: (events: EngineEvent[]) => void): void {
    this.events.listen(listener);
  }

  /**
   * Make `dataset` the data runs train on. `key` identifies it (the page
   * derives it from the dataset spec); a run names the key it expects.
   */
  setDataset(key: string, dataset: Dataset): void {
    if (this.trainer || this.preparing || this.rangeTests.running)
      throw new Error(t('engine:errors.busyData'));
    if (this.data?.key === key) return;
    const tensors = toTensors(dataset);
    this.data?.tensors.dispose();
    this.data = { key, dataset, tensors };
  }

  /** Key of the data the engine holds, or null. */
  datasetKey(): string | null {
    return this.data?.key ?? null;
  }

  /**
   * Train. Continues the current model when `req.continue` is set and it was
   * built for the same network and data; otherwise builds a fresh one.
   * The run's life is reported through events only: `state` 'training' when
   * it starts (and 'paused' / 'training' as it pauses and resumes), records
   * as it goes, and one `ended` event with its outcome. Resolves after that
   * event; rejects, without any event, only for a request that cannot start.
   */
  async train(req: TrainRequest): Promise<void> {
    if (this.trainer || this.preparing) throw new Error(t('engine:errors.alreadyTraining'));
    if (this.rangeTests.running) throw new Error(t('engine:errors.finderFirst'));
    const data = this.data;
    if (!data || data.key !== req.datasetKey) throw new Error(t('engine:errors.noRunData'));
    const config = trainingConfigSchema.parse(req.training);
    const io = datasetIO(data.dataset);
    const problems = networkProblems(req.network, io);
    if (problems.length > 0) throw new Error(problems[0]?.message);
    const key = sessionKey(req.network, req.dataset);
    const fresh = !req.continue || this.session?.key !== key;
    if (fresh) this.disposeSession();
    else if (this.session) refreshOptimizer(this.session, config);
    this.early = {};
    if (req.backend) {
      this.stopEarly = false;
      this.pauseEarly = false;
      const chosen = this.useBackend(req.backend, {
        network: req.network,
        dataset: data.dataset,
        config,
      });
      this.preparing = chosen.then(
        () => undefined,
        () => undefined,
      );
      try {
        await chosen;
      } catch (e) {
        this.end({
          outcome: 'failed',
          message: words('engine:outcome.failed', { error: (e as Error).message }),
        });
        return;
      } finally {
        this.preparing = null;
      }
      if (this.stopEarly) {
        this.end({ outcome: 'stopped', message: null });
        return;
      }
    }
    // A rate or schedule changed while the backend was being chosen is the one the run starts with.
    const runConfig: TrainingConfig = { ...config, ...this.early };
    this.early = {};
    const tensors = data.tensors;
    const rebuild = () => newSession(buildModel(req.network, io, runConfig.seed), runConfig, key);
    if (fresh || !this.session) {
      this.faults.forget();
      this.session = rebuild();
      this.weightFeed.capture(this.session.model, 0);
    }
    const session = this.session;
    setLearningRate(session.optimizer, runConfig.learningRate);
    this.faults.startRun(session);
    const trainer = sessionTrainer(
      session,
      tensors,
      runConfig,
      (event, now) => this.emit(event, now),
      this.weightFeed,
      () => this.faults.epochEnded(session),
    );
    this.trainer = trainer;
    this.emit({ type: 'state', state: 'training' }, true);
    if (this.pauseEarly) trainer.pause();
    this.pauseEarly = false;
    let result: TrainResult;
    try {
      // A lost context raises nothing (a pending read just hangs): its event ends the run.
      const running = trainer.run();
      running.catch(() => undefined);
      const outcome = await Promise.race([running, this.faults.lost()]);
      if (outcome === 'lost') throw new Error(t('engine:outcome.contextLost'));
      await this.weightFeed.drain();
      result = describeOutcome(outcome, trainer.currentLearningRate());
    } catch (e) {
      const fault = this.faults.classify(e);
      result = fault
        ? await this.gpuFailed(fault, e as Error, trainer, rebuild)
        : {
            outcome: 'failed',
            message: words('engine:outcome.failed', { error: (e as Error).message }),
          };
    } finally {
      this.faults.endRun();
      this.trainer = null;
    }
    this.end(result);
  }

  /**
   * The GPU failed under a run: leave the model and data where they were,
   * and carry on with the last completed epoch's weights on the CPU.
   */
  private async gpuFailed(
    fault: NonNullable<ReturnType<RunFaults['classify']>>,
    error: Error,
    trainer: Trainer,
    rebuild: () => Session,
  ): Promise<TrainResult> {
    trainer.stop();
    const epoch = (this.session?.epochsTrained ?? 0) + 1;
    // A read left hanging on the lost context would hold the feed forever.
    this.weightFeed.dispose();
    this.weightFeed = new WeightFeed((summary) => this.emit({ type: 'weights', summary }));
    const data = this.data;
    try {
      const { result, session } = await this.faults.recover(
        fault,
        epoch,
        error.message,
        () => {
          const old = this.session;
          this.session = null;
          try {
            old?.optimizer.dispose();
            old?.model.dispose();
            data?.tensors.dispose();
          } catch {
            // Tensors on a lost context may refuse to go; they go with the backend.
          }
        },
        (snap) => ({
          ...rebuild(),
          epochsTrained: snap.epoch,
          stepsTrained: snap.steps,
          trainedMs: snap.trainedMs,
        }),
      );
      if (data) data.tensors = toTensors(data.dataset);
      this.session = session;
      this.reportBackend(() => faultBackendStatus(fault));
      return result;
    } catch (e) {
      await activateBackend('cpu').catch(() => undefined);
      return {
        outcome: 'failed',
        message: words('engine:outcome.failedNotMoved', {
          error: error.message,
          moveError: (e as Error).message,
        }),
      };
    }
  }

  /** Report the end of a run, with everything it streamed before it. */
  private end(result: TrainResult): void {
    this.emit({ type: 'ended', ...result }, true);
  }

  pause(): void {
    if (this.trainer) this.trainer.pause();
    else if (this.preparing) this.pauseEarly = true;
  }

  resume(): void {
    if (this.trainer) this.trainer.resume();
    this.pauseEarly = false;
  }

  /**
   * The page is about to draw: the running run leaves it the cores for up to
   * `ms` (0: no longer). Resolves once it does, or once it won't.
   */
  giveWay(ms: number): Promise<void> {
    const giveWay = this.trainer?.giveWay;
    if (!giveWay) return Promise.resolve();
    giveWay.ask(ms);
    return giveWay.holding();
  }

  stop(): void {
    if (this.trainer) this.trainer.stop();
    else if (this.preparing) this.stopEarly = true;
  }

  /** While paused: run one batch, or to the end of the epoch, then pause again. */
  step(kind: 'batch' | 'epoch'): void {
    this.trainer?.step(kind);
  }

  /**
   * Change the base learning rate of the running run; takes effect at the
   * next batch. Set while a run is still choosing its backend, it is the
   * rate the run starts with.
   */
  setLearningRate(lr: number): void {
    if (this.trainer) this.trainer.setBaseLearningRate(lr);
    else if (this.preparing) this.early.learningRate = lr;
  }

  /** Change the learning-rate schedule of the running run (or of one being prepared, as above). */
  setSchedule(schedule: ScheduleSpec): void {
    const parsed = scheduleSchema.parse(schedule);
    if (this.trainer) this.trainer.setSchedule(parsed);
    else if (this.preparing) this.early.schedule = parsed;
  }

  /** The learning-rate range test on a copy of the model (lr-range-test.ts); the model is untouched. */
  findLearningRate(req: LrRangeRequest): Promise<LrRangeOutcome> {
    const { data, session } = this;
    const held = { data, session, training: !!(this.trainer || this.preparing) };
    return this.rangeTests.run(req, held, (progress) => this.emit({ type: 'lr-range', progress }));
  }

  cancelLearningRateTest(): void {
    this.rangeTests.cancel();
  }

  /** Forget the trained model (the next run starts from fresh weights). */
  reset(): void {
    this.trainer?.stop();
    this.disposeSession();
  }

  // ---- Backends -------------------------------------------------------------
  // Choosing and switching is backend-switch.ts's; the engine hands it the
  // session and the data, and keeps what comes back.

  /** The backend the engine's model and data live on. */
  backendName(): BackendName {
    return currentBackend();
  }

  private async useBackend(pref: BackendPreference, req: BackendRequest): Promise<void> {
    const held: Held = { session: this.session, data: this.data };
    try {
      await this.backends.use(pref, req, held);
    } finally {
      this.session = held.session;
    }
  }

  /** Live tensor count, for leak checks. */
  numTensors(): number {
    return tf.memory().numTensors;
  }

  /** Live tensors, their bytes, and the bytes held on the GPU (null off WebGL), for leak checks. */
  memory(): EngineMemory {
    const m = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
    return {
      numTensors: m.numTensors,
      numBytes: m.numBytes,
      numBytesInGPU: typeof m.numBytesInGPU === 'number' ? m.numBytesInGPU : null,
    };
  }

  dispose(): void {
    this.reset();
    this.data?.tensors.dispose();
    this.data = null;
  }

  /** A dropped model takes its GPU-fault snapshots with it. */
  protected override sessionDropped(): void {
    this.faults.forget();
  }

  private reportBackend(words: () => BackendStatus): void {
    this.backendWords = words;
    this.emit({ type: 'backend', status: words() }, true);
  }

  private emit(event: EngineEvent, now = false): void {
    this.events.emit(event, now);
  }
}
