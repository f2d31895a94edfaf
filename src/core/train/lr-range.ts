/**
 * The learning-rate range test, as plain numbers (after Leslie Smith's
 * range test and fast.ai's lr_find): the rate grows exponentially from one
 * batch to the next, the batch losses are smoothed, the test stops when the
 * smoothed loss blows up, and the suggestion is the rate where the smoothed
 * loss falls fastest. The engine runs the batches; everything it decides
 * with is here, so it can be tested on known curves.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { LEARNING_RATE_MAX, LEARNING_RATE_MIN } from './training-config';

export const RANGE_STEPS_MIN = 10;
export const RANGE_STEPS_MAX = 500;

export const lrRangeSpecSchema = z
  .object({
    /** Rate of the first batch. */
    startLr: z
      .number({ error: () => t('training:problems.startNumber') })
      .min(LEARNING_RATE_MIN, {
        error: () => t('training:problems.startMin', { min: LEARNING_RATE_MIN }),
      })
      .max(LEARNING_RATE_MAX, {
        error: () => t('training:problems.startMax', { max: LEARNING_RATE_MAX }),
      }),
    /** Rate of the last batch. */
    endLr: z
      .number({ error: () => t('training:problems.endNumber') })
      .min(LEARNING_RATE_MIN, {
        error: () => t('training:problems.endMin', { min: LEARNING_RATE_MIN }),
      })
      .max(LEARNING_RATE_MAX, {
        error: () => t('training:problems.endMax', { max: LEARNING_RATE_MAX }),
      }),
    /** Batches from the start rate to the end rate, both included. */
    steps: z
      .number({ error: () => t('training:problems.stepsNumber') })
      .int({ error: () => t('training:problems.stepsInt') })
      .min(RANGE_STEPS_MIN, {
        error: () => t('training:problems.stepsMin', { min: RANGE_STEPS_MIN }),
      })
      .max(RANGE_STEPS_MAX, {
        error: () => t('training:problems.stepsMax', { max: RANGE_STEPS_MAX }),
      }),
  })
  .refine((s) => s.endLr >= 10 * s.startLr, {
    error: () => t('training:problems.endAboveStart'),
    path: ['endLr'],
  });

export type LrRangeSpec = z.infer<typeof lrRangeSpecSchema>;

export const DEFAULT_LR_RANGE: LrRangeSpec = { startLr: 1e-6, endLr: 10, steps: 100 };

/** What is wrong with a range, as messages (none when it is valid). */
export const lrRangeProblems = (spec: LrRangeSpec): string[] =>
  lrRangeSpecSchema.safeParse(spec).error?.issues.map((i) => i.message) ?? [];

/**
 * Weight of the running average. With ~14 batches per decade of rate, the
 * 0.98 often used for long tests would lag the curve by half a decade.
 */
export const SMOOTHING = 0.9;
/** The test stops once the smoothed loss is this many times its lowest so far. */
export const BLOW_UP_FACTOR = 4;
/** The curve is read up to where the smoothed loss first passes this many times its lowest. */
export const RISE_FACTOR = 1.1;
/** Below this relative fall (from the first smoothed loss to the lowest) there is no suggestion. */
export const MIN_FALL = 0.1;

/** The rate of batch `i` (0-based): start · (end / start)^(i / (steps − 1)). */
export function rangeRate(spec: LrRangeSpec, i: number): number {
  return spec.startLr * (spec.endLr / spec.startLr) ** (i / (spec.steps - 1));
}

/** A rate as the learning-rate field takes it: 2 significant digits. */
export const roundRate = (rate: number): number => Number(rate.toPrecision(2));

/** A rate for people: 2 significant digits, "0.0032" down to 0.001, "3.2e-5" below. */
export function formatRate(rate: number): string {
  const r = roundRate(rate);
  return r === 0 || r >= 1e-3 ? String(r) : r.toExponential();
}

/** Why the test ended: every batch ran, the loss blew up, or it was not a number any more. */
export type RangeStop = 'end' | 'rose' | 'not-finite';

/**
 * Records batch losses in order, smooths them (an exponentially weighted
 * average with bias correction, so the first values are not pulled to 0)
 * and says when to stop. Non-finite losses are not recorded.
 */
export class RangeRecorder {
  readonly rates: number[] = [];
  readonly losses: number[] = [];
  readonly smoothed: number[] = [];
  /** Why it stopped, or null while the test should go on. */
  stop: RangeStop | null = null;
  /** The rate of the batch that stopped it ('rose' and 'not-finite'). */
  stopRate: number | null = null;
  private average = 0;
  private best = Infinity;

  constructor(
    private readonly spec: LrRangeSpec,
    private readonly beta = SMOOTHING,
  ) {}

  /** The rate the next batch runs at. */
  nextRate(): number {
    return rangeRate(this.spec, this.rates.length);
  }

  /** Record the loss of the next batch; returns false once the test should stop. */
  record(loss: number): boolean {
    if (this.stop) return false;
    const i = this.rates.length;
    const rate = rangeRate(this.spec, i);
    if (!Number.isFinite(loss)) return this.halt('not-finite', rate);
    this.average = this.beta * this.average + (1 - this.beta) * loss;
    const smooth = this.average / (1 - this.beta ** (i + 1));
    if (!Number.isFinite(smooth)) return this.halt('not-finite', rate);
    this.rates.push(rate);
    this.losses.push(loss);
    this.smoothed.push(smooth);
    this.best = Math.min(this.best, smooth);
    if (i > 0 && smooth > BLOW_UP_FACTOR * this.best) return this.halt('rose', rate);
    if (i + 1 >= this.spec.steps) return this.halt('end', rate);
    return true;
  }

  private halt(stop: RangeStop, rate: number): false {
    this.stop = stop;
    this.stopRate = rate;
    return false;
  }
}

/** The suggested rate and how it was found, or why there is none. */
export type LrSuggestion =
  | { kind: 'steepest' | 'min-loss'; rate: number }
  | { kind: 'none'; rate: null; why: 'never-fell' | 'lowest-at-start' };

/** The one sentence that says how the rate was found (or why there is none), in the current language. */
export function suggestionReason(s: LrSuggestion): string {
  if (s.kind !== 'none')
    return s.kind === 'steepest' ? t('training:range.steepest') : t('training:range.minLoss');
  return s.why === 'never-fell'
    ? t('training:range.neverFell', { percent: MIN_FALL * 100 })
    : t('training:range.lowestAtStart');
}

/**
 * The same average run backwards over a forward-smoothed curve: together a
 * symmetric (zero-lag) smoothing, so a slope read on it sits at the rate
 * where the batch losses changed, not a few batches after.
 */
function smoothBackward(values: readonly number[], beta: number): number[] {
  const out = new Array<number>(values.length);
  let average = 0;
  for (let k = 0; k < values.length; k++) {
    const i = values.length - 1 - k;
    average = beta * average + (1 - beta) * (values[i] as number);
    out[i] = average / (1 - beta ** (k + 1));
  }
  return out;
}

/** Points in the window the slope is measured over: 5 % of the curve, at least 2. */
const windowFor = (n: number): number => Math.max(2, Math.round(n * 0.05));

/**
 * The rate to train at, read off the smoothed curve: where it falls fastest
 * (the most negative slope of loss against log10 rate over a short window,
 * before the lowest loss and before the loss first turns up by RISE_FACTOR);
 * a tenth of the rate at the lowest loss when the fall is too short to
 * measure; none when the curve never clearly falls (by MIN_FALL).
 * The forward average trails the batch losses by several batches, so the
 * slope is read on the curve smoothed back again (`smoothBackward`).
 * @param rates the batches' rates, increasing
 * @param smoothed the smoothed loss at each rate
 * @param beta the smoothing weight the curve was made with
 */
export function suggestRate(
  rates: readonly number[],
  smoothed: readonly number[],
  beta = SMOOTHING,
): LrSuggestion {
  const n = Math.min(rates.length, smoothed.length);
  // The lowest point before the curve first turns up clearly: a later dip, at
  // rates that already made the loss unstable, is luck rather than a good rate.
  let low = 0;
  for (let i = 1; i < n; i++) {
    const s = smoothed[i] as number;
    if (s > RISE_FACTOR * (smoothed[low] as number)) break;
    if (s < (smoothed[low] as number)) low = i;
  }
  const first = smoothed[0];
  const lowest = smoothed[low];
  if (
    n < 2 ||
    first === undefined ||
    lowest === undefined ||
    first - lowest <= MIN_FALL * Math.abs(first)
  )
    return { kind: 'none', rate: null, why: 'never-fell' };
  const w = windowFor(n);
  // Up to the lowest point only, so a blow-up after it does not leak back into the slopes.
  const curve = smoothBackward(smoothed.slice(0, low + 1), beta);
  let steepest: number | null = null;
  let steepestSlope = 0;
  // The first window is skipped: the earliest averages rest on a few batches only.
  for (let i = w; i + w <= low; i++) {
    const ds = (curve[i + w] as number) - (curve[i] as number);
    const dx = Math.log10(rates[i + w] as number) - Math.log10(rates[i] as number);
    const slope = ds / dx;
    if (slope < steepestSlope) {
      steepestSlope = slope;
      steepest = i;
    }
  }
  if (steepest !== null)
    return {
      kind: 'steepest',
      rate: Math.sqrt((rates[steepest] as number) * (rates[steepest + w] as number)),
    };
  // A tenth of a rate near the start of the range is below every rate tried:
  // the loss did not fall along the range, it wobbled near its start (a model
  // already trained, or a range that starts too high).
  if ((rates[low] as number) / 10 < (rates[0] as number))
    return { kind: 'none', rate: null, why: 'lowest-at-start' };
  return {
    kind: 'min-loss',
    rate: Math.max(LEARNING_RATE_MIN, (rates[low] as number) / 10),
  };
}

/** Powers of ten within [lo, hi], for a log axis (every other one when there are more than 8). */
export function decadeTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const out: number[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++)
    out.push(Number(`1e${k}`));
  return out.length > 8 ? out.filter((_, i) => i % 2 === 0) : out;
}

/** One line on how the test ended. */
export function describeStop(stop: RangeStop, batches: number, rate: number | null): string {
  if (stop === 'end') return t('training:range.ranAll', { batches, rate: formatRate(rate ?? 0) });
  const factor = BLOW_UP_FACTOR;
  if (rate === null)
    return stop === 'rose'
      ? t('training:range.rose', { batches, factor })
      : t('training:range.nonFinite', { batches });
  const at = formatRate(rate);
  return stop === 'rose'
    ? t('training:range.roseAt', { batches, rate: at, factor })
    : t('training:range.nonFiniteAt', { batches, rate: at });
}
