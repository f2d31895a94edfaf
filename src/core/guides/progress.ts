/**
 * Where the user is in a guide, and how it moves on: the current step is
 * ticked when its check passes, and the next one is judged at once. Kept
 * in the browser between page loads, so it is checked when read back.
 */
import { z } from 'zod';
import type { DatasetSpec } from '../data/dataset-spec';
import type { NetworkSpec } from '../model/network-spec';
import { presetById } from '../model/presets';
import type { Shape } from '../model/layer-spec';
import { guideById } from './guides';
import type { Guide, GuideView, StepContext } from './types';

export const guideProgressSchema = z.object({
  guideId: z.string().min(1).max(100),
  /** Index of the current step; the step count once every step is done. */
  step: z.number().int().min(0),
  startedAt: z.number(),
  stepStartedAt: z.number(),
  stepSession: z.string().max(100),
});

export type GuideProgress = z.infer<typeof guideProgressSchema>;

/** A guide just started: its first step is current. */
export function startProgress(guide: Guide, now: number, session: string): GuideProgress {
  return { guideId: guide.id, step: 0, startedAt: now, stepStartedAt: now, stepSession: session };
}

/** The context the current step's check reads. */
export const contextOf = (p: GuideProgress): StepContext => ({
  startedAt: p.startedAt,
  stepStartedAt: p.stepStartedAt,
  stepSession: p.stepSession,
});

/**
 * Tick every step whose check passes, in order, from the current one. A
 * ticked step stays ticked. Returns `p` itself when nothing moved.
 */
export function advance(
  guide: Guide,
  p: GuideProgress,
  view: GuideView,
  now: number,
): GuideProgress {
  let next = p;
  for (;;) {
    const step = guide.steps[next.step];
    if (!step || !step.done(view, contextOf(next))) return next;
    next = { ...next, step: next.step + 1, stepStartedAt: now, stepSession: view.pageSession };
  }
}

/** Progress read back from storage, or null when it is unusable (unknown guide, step out of range, not JSON). */
export function readProgress(raw: string | null): GuideProgress | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = guideProgressSchema.safeParse(json);
  if (!parsed.success) return null;
  const guide = guideById(parsed.data.guideId);
  return guide && parsed.data.step <= guide.steps.length ? parsed.data : null;
}

export type StepState = 'done' | 'current' | 'pending';

/** Each step's state, for the list of steps. */
export function stepStates(guide: Guide, p: GuideProgress): StepState[] {
  return guide.steps.map((_, i) => (i < p.step ? 'done' : i === p.step ? 'current' : 'pending'));
}

/** The network and data a guide starts from, on data of input shape `inputShape`. */
export function guideNetwork(guide: Guide, inputShape: Shape, ids: () => string): NetworkSpec {
  const layers = guide.setup.layers
    ? guide.setup.layers(inputShape, ids)
    : presetById(guide.setup.preset).build(inputShape, ids);
  return { layers, binaryHead: 'softmax' };
}

export const guideDataset = (guide: Guide): DatasetSpec => guide.setup.dataset;
