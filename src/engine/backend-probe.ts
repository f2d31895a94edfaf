/**
 * Auto's micro-benchmark: real training batches of the current model (same
 * network, seed, optimizer, loss, batch size and data) on each candidate
 * backend (backend-trial.ts), and the fastest of them. The probe builds its
 * own copies of the model and leaves no tensor behind on any backend; it
 * never touches the engine's session.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import { timeBackend, TRIAL_MS, WARM_MS, type TrialModel } from './backend-trial';
import type { BackendName, ProbeEntry } from '../worker/protocol';
import { formatInt } from '../core/format';

export interface ProbeOptions extends TrialModel {
  /** Backends to time, in order. */
  candidates: BackendName[];
  /** Make a backend active; throws with the reason when it cannot start. */
  activate: (name: BackendName) => Promise<void>;
  /** A clock in milliseconds; tests inject one to decide who is fastest. */
  now?: () => number;
  /** Batches timed after the warm-up batch (which pays for WebGL's shader compilation), at least. */
  batches?: number;
  /** More batches are timed until the timing has lasted this long (ms), up to MAX_TIMED_BATCHES. */
  trialMs?: number;
  /** The untimed warm-up lasts this long (ms) at least. */
  warmMs?: number;
  /** The GPU WebGL draws on, read once WebGL is active (rendererString in the app). */
  renderer?: () => string | null;
}

/** What the probe says about its choice, worded in the current language. */
export interface ProbeWords {
  /** "CPU: 6.1× faster than WebGL for this 114-parameter network". */
  reason: string;
  entries: ProbeEntry[];
}

export interface ProbeResult extends ProbeWords {
  /** The fastest backend that could train the model. */
  backend: BackendName;
  /** The same words again, in the language current now (after a language switch). */
  reword: () => ProbeWords;
}

/** One candidate as timed: its mean batch time, or why it could not be timed. */
interface Timing {
  backend: BackendName;
  msPerBatch: number | null;
  /** It could not start: the error it threw. */
  startError?: string;
  /** It started but could not train: the error training threw. */
  trainError?: unknown;
  /** WebGL on a GPU emulated on the CPU, not timed: the emulator and the faster batch it could not beat. */
  emulated?: { renderer: string; best: BackendName; ms: number };
}

/** Names of WebGL renderers that emulate a GPU on the CPU. */
const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|basic render|software/i;

/**
 * On an emulated GPU, WebGL is timed only when the fastest batch on the
 * other backends takes at least this long. Each kernel WebGL runs costs it a
 * fixed overhead there, so that no network trains a batch faster than a
 * small one does (a 2-16-16-2 MLP's Adam step takes about 27 ms on
 * SwiftShader, against 2.4 ms on WASM; the digits MLP's, with 109,386
 * parameters, 34 ms against 10 ms), and its first batch compiles every
 * shader, which takes seconds: a trial that costs more than the run it is
 * for, and cannot win it, below that floor.
 */
export const EMULATED_GPU_MIN_BATCH_MS = 25;

/** The emulator's name when `renderer` is a GPU emulated on the CPU (SwiftShader, llvmpipe), else null. */
export function emulatedGpu(renderer: string | null): string | null {
  return (renderer && SOFTWARE_GPU.exec(renderer)?.[0]) ?? null;
}

/** Kernels whose absence means a whole family of layers cannot train. */
const KERNEL_FAMILIES: [RegExp, 'conv' | 'pool'][] = [
  [/Conv/, 'conv'],
  [/Pool/, 'pool'],
];

/** Why a backend could not train the model, for the probe's list. */
export function skipReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const kernel = /Kernel '(\w+)' not registered/.exec(msg)?.[1];
  if (kernel) {
    const family = KERNEL_FAMILIES.find(([re]) => re.test(kernel))?.[1] ?? 'other';
    return t('engine:probe.skippedKernel', {
      family: t(`engine:probe.families.${family}`),
      kernel,
    });
  }
  return t('engine:probe.skipped', { error: msg });
}

const fmt = (ratio: number) => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));

/**
 * Timings closer than this ratio are told as level: "1.0× faster" says
 * nothing, and a few percent is within what two timings of one backend differ by.
 */
export const LEVEL_WITHIN = 1.05;

/**
 * Time each candidate and pick the fastest. The backend active before is
 * active again afterwards: switching to the winner is the caller's move.
 * Throws when no candidate can train the model.
 */
export async function probeBackends(o: ProbeOptions): Promise<ProbeResult> {
  const original = tf.getBackend() as BackendName | null;
  try {
    return await timeAll(o);
  } finally {
    if (original) await o.activate(original);
  }
}

async function timeAll(o: ProbeOptions): Promise<ProbeResult> {
  const now = o.now ?? (() => performance.now());
  const batches = Math.max(1, o.batches ?? 3);
  const lengths = { trialMs: o.trialMs ?? TRIAL_MS, warmMs: o.warmMs ?? WARM_MS };
  const timings: Timing[] = [];
  let params = 0;
  // WebGL goes last, so that on an emulated GPU the others' times decide whether it is worth timing.
  const order = [
    ...o.candidates.filter((b) => b !== 'webgl'),
    ...o.candidates.filter((b) => b === 'webgl'),
  ];
  const retimed = new Set<BackendName>();
  const retime = () =>
    retimeCloseRace(timings, retimed, async (backend) => {
      await o.activate(backend);
      return (await timeBackend(o, batches, lengths, now)).ms;
    });
  for (const backend of order) {
    // Whether WebGL is worth timing is judged on the others' settled times.
    if (backend === 'webgl') await retime();
    try {
      await o.activate(backend);
    } catch (e) {
      timings.push({ backend, msPerBatch: null, startError: (e as Error).message });
      continue;
    }
    const emulated =
      backend === 'webgl' ? notWorthTiming(timings, o.renderer?.() ?? null) : undefined;
    if (emulated) {
      timings.push({ backend, msPerBatch: null, emulated });
      continue;
    }
    try {
      const t = await timeBackend(o, batches, lengths, now);
      params = t.params;
      timings.push({ backend, msPerBatch: t.ms });
    } catch (e) {
      timings.push({ backend, msPerBatch: null, trainError: e });
    }
  }
  await retime();
  timings.sort((a, b) => o.candidates.indexOf(a.backend) - o.candidates.indexOf(b.backend));
  const timed = preferWasm(fastestFirst(timings));
  const [best, next] = timed;
  if (!best) {
    const list = wordTimings(timings)
      .map((e) =>
        t('engine:probe.entry', {
          backend: t(`engine:backends.${e.backend}`),
          skipped: e.skipped ?? '',
        }),
      )
      .join(t('engine:probe.entrySeparator'));
    throw new Error(t('engine:probe.none', { entries: list }));
  }
  const reword = (): ProbeWords => {
    const count = formatInt(params);
    const label = t(`engine:backends.${best.backend}`);
    const entries = wordTimings(timings);
    if (!next) return { reason: t('engine:probe.only', { best: label, params: count }), entries };
    // Chosen over a backend that timed faster (preferWasm), or the fastest.
    const overFaster = next.msPerBatch < best.msPerBatch;
    const [slow, fast] = overFaster ? [best, next] : [next, best];
    const ratio = slow.msPerBatch / Math.max(fast.msPerBatch, 1e-6);
    const level = ratio < LEVEL_WITHIN;
    const key = overFaster
      ? level
        ? 'engine:probe.levelPreferred'
        : 'engine:probe.preferred'
      : level
        ? 'engine:probe.level'
        : 'engine:probe.faster';
    const reason = t(key, {
      best: label,
      ratio: fmt(ratio),
      percent: Math.round((LEVEL_WITHIN - 1) * 100),
      next: t(`engine:backends.${next.backend}`),
      params: count,
    });
    return { reason, entries };
  };
  return { backend: best.backend, ...reword(), reword };
}

/** The backends that were timed, fastest first. */
function fastestFirst(timings: readonly Timing[]): (Timing & { msPerBatch: number })[] {
  return timings
    .filter((e): e is Timing & { msPerBatch: number } => e.msPerBatch !== null)
    .sort((a, b) => a.msPerBatch - b.msPerBatch);
}

/**
 * WebGL on `renderer` when it emulates a GPU and another backend already
 * trains a batch faster than WebGL could there; undefined when WebGL is to be timed.
 */
function notWorthTiming(timings: readonly Timing[], renderer: string | null): Timing['emulated'] {
  const emulator = emulatedGpu(renderer);
  const [best] = fastestFirst(timings);
  if (!emulator || !best || best.msPerBatch >= EMULATED_GPU_MIN_BATCH_MS) return undefined;
  return { renderer: emulator, best: best.backend, ms: best.msPerBatch };
}

/**
 * When the two fastest timed within this factor of each other, both are
 * timed again and each keeps its faster time. The first timing of a backend
 * can meet the page still starting (its service worker caching, its first
 * paints) or code not yet optimised: right after start-up WASM has timed
 * 1.8× slower than the CPU backend, and 1.4× faster a moment later.
 */
export const CLOSE_RACE = 2;

/**
 * Time the two fastest of `timings` again when their race is close; each
 * keeps its faster time. A backend in `retimed` is not timed a third time.
 */
async function retimeCloseRace(
  timings: Timing[],
  retimed: Set<BackendName>,
  time: (backend: BackendName) => Promise<number>,
): Promise<void> {
  const [a, b] = fastestFirst(timings);
  if (!a || !b || b.msPerBatch > a.msPerBatch * CLOSE_RACE) return;
  for (const e of [b, a]) {
    if (retimed.has(e.backend)) continue;
    retimed.add(e.backend);
    try {
      e.msPerBatch = Math.min(e.msPerBatch, await time(e.backend));
    } catch {
      // It trained once; a second timing that fails keeps the first.
    }
  }
}

/**
 * Within this factor of the CPU backend's time, WASM is taken over it. The
 * CPU backend allocates a typed array for every tensor, and the garbage
 * collection that costs over a whole run does not show in a timing of a
 * few dozen batches: spiral's 2-32-32-2 MLP timed 1.2× faster on the CPU,
 * then trained its 100 epochs in 6.0 s there against 3.2 s on WASM.
 */
export const WASM_OVER_CPU = 1.5;

/** `timed`, fastest first, with WASM moved ahead of a CPU backend that beat it by less than WASM_OVER_CPU. */
function preferWasm<T extends { backend: BackendName; msPerBatch: number }>(timed: T[]): T[] {
  const [best] = timed;
  const wasm = timed.find((e) => e.backend === 'wasm');
  if (best?.backend !== 'cpu' || !wasm || wasm.msPerBatch > best.msPerBatch * WASM_OVER_CPU)
    return timed;
  return [wasm, ...timed.filter((e) => e !== wasm)];
}

/** The timings as the status bar lists them, the skipped ones with why. */
function wordTimings(timings: readonly Timing[]): ProbeEntry[] {
  return timings.map(({ backend, msPerBatch, startError, trainError, emulated }) => ({
    backend,
    msPerBatch,
    skipped:
      startError !== undefined
        ? t('engine:probe.skipped', { error: startError })
        : emulated
          ? t('engine:probe.emulatedGpu', {
              renderer: emulated.renderer,
              best: t(`engine:backends.${emulated.best}`),
              ms: emulated.ms.toFixed(1),
            })
          : msPerBatch === null
            ? skipReason(trainError)
            : null,
  }));
}
