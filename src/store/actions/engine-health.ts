/**
 * Telling whether the engine still answers: a call raced against a clock,
 * waiting for a run to end, and the words for what a restart lost. Plain
 * helpers: actions/engine.ts decides when to restart the engine.
 */
import { t } from '../../i18n';
import type { CurrentModel } from '../slices/run-slice';
import { selectIsRunning } from '../slices/run-slice';
import { useStore } from '../store';

/** How long the engine may take to take in Stop before it counts as not answering (ms). */
export const STOP_ANSWER_MS = 4_000;
/** How long a stopped run may take to end before the engine is asked whether it still answers (ms). */
export const STOP_END_MS = 8_000;
/** Longest a stopped run may take to end while the engine still answers (ms). */
export const STOP_GIVE_UP_MS = 30_000;
/** How often a running engine is asked whether it still answers, and how long it has to (ms). */
export const WATCHDOG_EVERY_MS = 3_000;
export const WATCHDOG_ANSWER_MS = 10_000;

/** True when `call` settles within `ms` (a rejection is an answer too). */
export function answersWithin(call: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    call.then(done, done);
  });
}

/** True once no run is going, false when `ms` pass first. */
export function runEndsWithin(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (!selectIsRunning(useStore.getState())) return resolve(true);
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(false);
    }, ms);
    const unsubscribe = useStore.subscribe((s) => {
      if (selectIsRunning(s)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}

/** Why the engine was restarted, as the user reads it. */
export type EngineLoss = { kind: 'crashed'; detail: string } | { kind: 'unresponsive' };

/**
 * What a restarted engine took back: the weights of the last epoch's
 * snapshot, or the loaded model loaded again; with what changes on the
 * page's current model.
 */
export type KeptModel = ({ kind: 'snapshot' } | { kind: 'reloaded'; from: 'library' | 'files' }) & {
  epoch: number;
  model: Partial<CurrentModel>;
};

/** The message after a restart: what happened, where the run stopped, and what became of the model. */
export function restartMessage(
  loss: EngineLoss,
  stoppedAt: number | null,
  kept: KeptModel | null,
): string {
  const what =
    loss.kind === 'crashed'
      ? stoppedAt === null
        ? t('engine:restart.crashed', { detail: loss.detail })
        : t('engine:restart.crashedAt', { detail: loss.detail, epoch: stoppedAt })
      : stoppedAt === null
        ? t('engine:restart.unresponsive')
        : t('engine:restart.unresponsiveAt', { epoch: stoppedAt });
  return `${what}${keptWords(kept)}`;
}

function keptWords(kept: KeptModel | null): string {
  if (kept === null) {
    return t('engine:restart.lost');
  }
  if (kept.kind === 'snapshot') {
    return t('engine:restart.snapshot', { epoch: kept.epoch });
  }
  return kept.from === 'library'
    ? t('engine:restart.reloadedLibrary')
    : t('engine:restart.reloadedFiles');
}
