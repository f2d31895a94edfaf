import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import {
  DEFAULT_LR_RANGE,
  decadeTicks,
  describeStop,
  formatRate,
  lrRangeSpecSchema,
  rangeRate,
  RangeRecorder,
  roundRate,
  suggestionReason,
  suggestRate,
  type LrRangeSpec,
} from './lr-range';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Feed `loss(log10 rate)` (with ±`noise` relative jitter, seeded) until the recorder stops. */
function run(loss: (x: number) => number, noise = 0, spec: LrRangeSpec = DEFAULT_LR_RANGE) {
  const rec = new RangeRecorder(spec);
  const rng = createRng(7);
  let going = true;
  while (going) {
    const x = Math.log10(rec.nextRate());
    going = rec.record(loss(x) * (1 + noise * (2 * rng.next() - 1)));
  }
  return { rec, suggestion: suggestRate(rec.rates, rec.smoothed) };
}

/** Flat at 0.7 up to 1e-4, falls steepest at 1e-3 to 0.1, then blows up past 0.3. */
const typical = (x: number) =>
  0.1 + 0.6 * (1 - sigmoid((x + 3) * 3)) + (x > -0.5 ? Math.exp((x + 0.5) * 6) - 1 : 0);

describe('the range test schedule', () => {
  it('grows the rate exponentially from the start to the end rate', () => {
    const spec = { startLr: 1e-4, endLr: 1, steps: 5 };
    const rates = [0, 1, 2, 3, 4].map((i) => rangeRate(spec, i));
    expect(rates[0]).toBeCloseTo(1e-4, 12);
    expect(rates[4]).toBeCloseTo(1, 12);
    expect(rates[2]).toBeCloseTo(1e-2, 12);
    for (let i = 1; i < 5; i++)
      expect((rates[i] as number) / (rates[i - 1] as number)).toBeCloseTo(10, 9);
  });

  it('checks its limits with messages that say what to change', () => {
    expect(lrRangeSpecSchema.safeParse(DEFAULT_LR_RANGE).success).toBe(true);
    const bad = (s: Partial<LrRangeSpec>) =>
      lrRangeSpecSchema.safeParse({ ...DEFAULT_LR_RANGE, ...s }).error?.issues[0]?.message;
    expect(bad({ startLr: 1e-9 })).toBe('The start rate must be at least 0.000001.');
    expect(bad({ steps: 5 })).toBe('Run at least 10 batches.');
    expect(bad({ steps: 10.5 })).toBe('The number of batches must be a whole number.');
    expect(bad({ startLr: 0.1, endLr: 0.5 })).toBe(
      'The end rate must be at least 10 times the start rate.',
    );
  });
});

describe('smoothing and stopping', () => {
  it('smooths with bias correction: a constant loss stays that constant from the first batch', () => {
    const { rec } = run(() => 0.5);
    expect(rec.smoothed).toHaveLength(100);
    for (const s of rec.smoothed) expect(s).toBeCloseTo(0.5, 12);
    expect(rec.stop).toBe('end');
  });

  it('the smoothed value is the bias-corrected weighted average', () => {
    const rec = new RangeRecorder(DEFAULT_LR_RANGE, 0.5);
    rec.record(1);
    rec.record(3);
    // (0.5·0.5·1 + 0.5·3) / (1 − 0.25) = 1.75 / 0.75
    expect(rec.smoothed).toEqual([1, 1.75 / 0.75]);
  });

  it('a curve that blows up early stops there', () => {
    // Falls a little, then rises fast from 1e-5 on.
    const { rec } = run(
      (x) => 0.7 - 0.05 * sigmoid((x + 5.5) * 4) + (x > -5 ? 10 ** ((x + 5) * 3) - 1 : 0),
    );
    expect(rec.stop).toBe('rose');
    const last = rec.rates.at(-1) as number;
    expect(last).toBeGreaterThan(1e-5);
    expect(last).toBeLessThan(1e-3);
    expect(rec.rates.length).toBeLessThan(40);
    expect(rec.smoothed.at(-1)).toBeGreaterThan(4 * Math.min(...rec.smoothed));
    expect(rec.record(0.1)).toBe(false);
  });

  it('stops at a non-finite loss without recording it', () => {
    const { rec } = run((x) => (x > -2 ? NaN : 0.7));
    expect(rec.stop).toBe('not-finite');
    expect(rec.losses.every(Number.isFinite)).toBe(true);
    expect(rec.stopRate).toBeGreaterThan(1e-2);
    expect(rec.stopRate).toBeLessThan(1.2e-2);
    expect(describeStop('not-finite', rec.rates.length, rec.stopRate)).toMatch(
      /^Stopped after \d+ batches at 0\.01\d?: the loss was no longer a finite number\.$/,
    );
  });
});

describe('the suggestion', () => {
  it('falls in the steep part of a typical curve, before the minimum', () => {
    const { rec, suggestion } = run(typical, 0.03);
    expect(rec.stop).toBe('rose');
    expect(suggestion.kind).toBe('steepest');
    expect(suggestionReason(suggestion)).toBe('the loss falls fastest here');
    // The true curve falls fastest at 1e-3; the fall spans about 1e-4 … 1e-2.
    expect(suggestion.rate).toBeGreaterThan(10 ** -3.3);
    expect(suggestion.rate).toBeLessThan(10 ** -2.7);
  });

  it('moves with the curve: steepest at 1e-5 gives a rate near 1e-5', () => {
    const { suggestion } = run(
      (x) => 0.1 + 0.6 * (1 - sigmoid((x + 5) * 3)) + (x > -2 ? 10 ** (x + 2) - 1 : 0),
    );
    expect(suggestion.rate).toBeGreaterThan(10 ** -5.3);
    expect(suggestion.rate).toBeLessThan(10 ** -4.7);
  });

  it('reads the curve only up to where it first turns up, not a lucky dip after it', () => {
    // Falls gently to 0.4, steepest at 1e-3, rises to 0.6, then drops sharply to 0.01 from 1 on.
    const gentle = (x: number) => 0.4 + 0.3 * (1 - sigmoid((x + 3) * 1.5));
    const bumpy = (x: number) =>
      x <= -1 ? gentle(x) : x <= 0 ? gentle(-1) + 0.2 * Math.sin(Math.PI * (x + 1)) : 0.01;
    const { rec, suggestion } = run(bumpy);
    expect(rec.stop).toBe('end');
    expect(suggestion.rate).toBeGreaterThan(10 ** -3.5);
    expect(suggestion.rate).toBeLessThan(10 ** -2.5);
  });

  it('a flat curve gives no suggestion, and says why', () => {
    const { rec, suggestion } = run(() => 0.69, 0.05);
    expect(rec.stop).toBe('end');
    expect(suggestion).toEqual({ kind: 'none', rate: null, why: 'never-fell' });
    expect(suggestionReason(suggestion)).toBe(
      'The loss never fell by 10 % or more, so there is no suggestion: the model may already be trained, or the range may start too high.',
    );
  });

  it('a rising curve, or one already at zero, gives no suggestion', () => {
    expect(suggestRate([1e-3, 1e-2, 1e-1], [0.5, 0.6, 0.9]).kind).toBe('none');
    expect(suggestRate([1e-3, 1e-2, 1e-1], [0, 0, 0]).kind).toBe('none');
  });

  it('an already trained model, lowest at the very start, gives no suggestion', () => {
    // 100 points, window 5: the loss dips 20 % at the second point, then only
    // wobbles near 0.002 until it blows up.
    const rates = Array.from({ length: 100 }, (_, i) => 1e-6 * 10 ** (i / 14));
    const smoothed = rates.map((_, i) =>
      i === 0 ? 0.0025 : i < 90 ? 0.002 + 0.0002 * Math.sin(i) : 0.002 * 2 ** (i - 89),
    );
    const s = suggestRate(rates, smoothed, 0);
    expect(s.kind).toBe('none');
    expect(suggestionReason(s)).toMatch(/lowest at the very start .* may already be trained/);
  });

  it('falls back to a tenth of the min-loss rate when the fall is too short for a slope', () => {
    // 20 points, window 2: the lowest loss is at index 3, before any window fits.
    const rates = Array.from({ length: 20 }, (_, i) => 1e-6 * 10 ** (i / 3));
    const smoothed = rates.map((_, i) => (i <= 3 ? 1 - 0.2 * i : 0.4 + 0.1 * i));
    // beta 0: read the curve as given, without smoothing it back.
    const s = suggestRate(rates, smoothed, 0);
    expect(s.kind).toBe('min-loss');
    expect(s.rate).toBeCloseTo((rates[3] as number) / 10, 12);
    expect(suggestionReason(s)).toMatch(/^a tenth of the rate where the loss was lowest/);
  });
});

describe('showing rates', () => {
  it('rounds to 2 significant digits and writes small rates with an exponent', () => {
    expect(roundRate(0.0031622)).toBe(0.0032);
    expect(formatRate(0.0031622)).toBe('0.0032');
    expect(formatRate(3.16e-5)).toBe('3.2e-5');
    expect(formatRate(1)).toBe('1');
    expect(formatRate(12.34)).toBe('12');
  });

  it('puts ticks on the powers of ten inside the range', () => {
    expect(decadeTicks(1e-6, 10)).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10]);
    expect(decadeTicks(2e-4, 0.5)).toEqual([1e-3, 1e-2, 1e-1]);
    expect(decadeTicks(1e-6, 100).length).toBeLessThanOrEqual(8);
    expect(decadeTicks(0, 1)).toEqual([]);
  });
});
