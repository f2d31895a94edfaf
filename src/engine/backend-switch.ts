/**
 * Which backend the engine's run uses, and moving the engine's model and
 * data there: starting on one, switching to the one a run asks for (Auto's
 * verdict comes from backend-choice.ts), and reporting every change as a
 * BackendStatus. Owns no model or data: the engine hands them in, and gets
 * back the session as it lives on the new backend.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../core/data/dataset';
import type { NetworkSpec } from '../core/model/network-spec';
import type { TrainingConfig } from '../core/train/training-config';
import {
  type BackendInfo,
  type BackendName,
  type BackendPreference,
  type BackendStatus,
} from '../worker/protocol';
import { activateBackend, initBackend, rendererString } from './backend';
import { BackendChooser, type ChooserOptions } from './backend-choice';
import { toTensors, type DataTensors } from './data-tensors';
import { moveSession, type Session } from './session';

/** What a run asks a backend for: its network, its data and its settings. */
export interface BackendRequest {
  network: NetworkSpec;
  dataset: Dataset;
  config: TrainingConfig;
}

/** The engine's model and data, handed over to be moved: both are updated in place. */
export interface Held {
  session: Session | null;
  data: { dataset: Dataset; tensors: DataTensors } | null;
}

/** The backend the engine's model and data live on. */
export const currentBackend = (): BackendName => tf.getBackend() as BackendName;

export class BackendSwitch {
  private readonly chooser: BackendChooser;

  /**
   * `report` receives every status as a function that words it in the
   * current language (called again after a language switch); `opts` are for
   * tests (Auto's candidates and clock).
   */
  constructor(
    private readonly report: (status: () => BackendStatus) => void,
    opts?: ChooserOptions,
  ) {
    this.chooser = new BackendChooser(opts);
  }

  /**
   * Start on a backend: the pinned one, or for Auto WebGL where it works
   * (Auto times the backends when a run starts), falling back to cpu.
   */
  init(preferred: BackendPreference): Promise<BackendInfo> {
    return initBackend(preferred === 'auto' ? 'webgl' : preferred);
  }

  /**
   * Switch to the backend `pref` asks for (Auto: the fastest for this
   * model, timed once per network, batch size and input shape), moving the
   * session and the data there, and report it. A pinned backend that cannot
   * start leaves the engine where it is, and says so.
   * Throws only when Auto finds no backend that can train the model.
   */
  async use(pref: BackendPreference, req: BackendRequest, held: Held): Promise<void> {
    let target: BackendName;
    let words: () => Said;
    if (pref === 'auto') {
      const known = this.chooser.cached(req);
      if (!known) {
        this.say(() => ({
          how: 'auto',
          reason: t('engine:backend.timing'),
          probe: null,
          probing: true,
        }));
      }
      const verdict = known ?? (await this.chooser.choose(req));
      target = verdict.backend;
      words = () => {
        const w = verdict.reword();
        return { how: 'auto', reason: w.reason, probe: w.entries, probing: false };
      };
    } else {
      target = pref;
      words = () => ({ how: 'pinned', reason: 'pinned', probe: null, probing: false });
    }
    const from = currentBackend();
    try {
      await switchTo(target, req.config, held);
    } catch (e) {
      const chosen = words;
      const error = (e as Error).message;
      words = () => ({
        how: 'fallback',
        reason: t('engine:backend.couldNotUse', {
          target: t(`engine:backends.${target}`),
          error,
          from: t(`engine:backends.${from}`),
        }),
        probe: chosen().probe,
        probing: false,
      });
    }
    this.say(words);
  }

  /** Report a status, and keep how to word it for `reword`. */
  private say(words: () => Said): void {
    const backend = currentBackend();
    const renderer = rendererString();
    this.report(() => ({ backend, renderer, ...words() }));
  }
}

/** A status without the backend and renderer, which `say` adds. */
type Said = Omit<BackendStatus, 'backend' | 'renderer'>;

/** Move the session (weights and optimizer state) and the data tensors onto `target`. */
async function switchTo(target: BackendName, config: TrainingConfig, held: Held): Promise<void> {
  if (currentBackend() === target) return;
  if (held.session) {
    held.session = await moveSession(
      held.session,
      target,
      activateBackend,
      config.optimizerSettings,
    );
  } else {
    await activateBackend(target);
  }
  if (held.data) {
    // Tensors stay on the backend that made them; used from another one,
    // tfjs would copy them over on every first touch. Make them afresh.
    const old = held.data.tensors;
    held.data.tensors = toTensors(held.data.dataset);
    old.dispose();
  }
}
