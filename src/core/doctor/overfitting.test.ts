import { describe, expect, it } from 'vitest';
import { earlyStopReplay, overfitting } from './overfitting';
import { doctorInput, epochs, healthy } from './test-input';

// Validation falls to epoch 6, then more than doubles while training keeps falling.
const train = [0.7, 0.5, 0.4, 0.33, 0.28, 0.24, 0.2, 0.17, 0.14, 0.12, 0.1, 0.08];
const val = [0.72, 0.55, 0.45, 0.4, 0.37, 0.36, 0.42, 0.5, 0.6, 0.7, 0.8, 0.9];

describe('overfitting', () => {
  it('names the epoch it began and what early stopping would have kept', () => {
    const d = overfitting(doctorInput(epochs(train, { valLoss: val })));
    expect(d?.id).toBe('overfitting');
    expect(d?.evidence).toContainEqual({
      label: 'Overfitting began at epoch',
      value: 6,
      format: 'epoch',
    });
    expect(d?.message).toContain('would have stopped at epoch 11 and kept the weights of epoch 6');
    expect(d?.fixes).toEqual(['early-stopping']);
  });

  it('replays early stopping with the run’s patience', () => {
    const spec = { enabled: false, patience: 2, minDelta: 0 };
    expect(earlyStopReplay(epochs(train, { valLoss: val }), spec)).toEqual({
      stoppedAt: 8,
      kept: 6,
    });
  });

  it('stays quiet for a healthy run and a noisy validation loss without a trend', () => {
    const h = healthy(30);
    expect(overfitting(doctorInput(epochs(h, { valLoss: h.map((v) => v * 1.1) })))).toBeNull();
    const noisy = h.map((v, i) => v * 1.1 + (i % 2 ? 0.02 : -0.02));
    expect(overfitting(doctorInput(epochs(h, { valLoss: noisy })))).toBeNull();
    // Recorded on iris: from 0.9 down to 0.127 and up to 0.2, a small validation set's noise.
    const iris = [0.9, 0.6, 0.4, 0.25, 0.18, 0.14, 0.127, 0.13, 0.15, 0.17, 0.19, 0.2];
    expect(overfitting(doctorInput(epochs(h.slice(0, 12), { valLoss: iris })))).toBeNull();
    // Recorded on circle: from 0.64 down to 0.032 and up to 0.048, at 99% validation accuracy.
    const tinyVal = [0.64, 0.38, 0.19, 0.1, 0.06, 0.045, 0.036, 0.032, 0.031, 0.036, 0.042, 0.048];
    expect(overfitting(doctorInput(epochs(h.slice(0, 12), { valLoss: tinyVal })))).toBeNull();
  });
});
