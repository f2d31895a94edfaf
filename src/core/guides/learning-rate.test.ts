import { describe, expect, it } from 'vitest';
import { LR_TOO_HIGH, LR_TOO_LOW } from './learning-rate';
import { CTX, T0, run, setupOf, stepOf, view } from './test-view';

describe('the learning rate is too high', () => {
  const g = LR_TOO_HIGH;

  it('sets up plain SGD at a rate of 5 on the circle', () => {
    const { training } = setupOf(g);
    expect(g.setup.dataset.kind).toBe('circle');
    expect(training.optimizer).toBe('sgd');
    expect(training.learningRate).toBe(5);
  });

  it('ticks the first step only for a run at the high rate that failed to learn', () => {
    const step = stepOf(g, 'train-high');
    const stalled = run({ training: { learningRate: 5 }, finalValMetric: 0.5 });
    const diverged = run({ training: { learningRate: 5 }, status: 'diverged' });
    const learnt = run({ training: { learningRate: 5 }, finalValMetric: 0.97 });
    const before = run({ training: { learningRate: 5 }, finalValMetric: 0.5, startedAt: T0 - 1 });
    expect(step.done(view({ runs: [stalled] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [diverged] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [learnt] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [before] }), CTX)).toBe(false);
    expect(step.done(view(), CTX)).toBe(false);
  });

  it('ticks the second step once the rate is 0.1 or less', () => {
    const step = stepOf(g, 'lower');
    const at = (learningRate: number) =>
      view({ training: { ...setupOf(g).training, learningRate } });
    expect(step.done(at(0.1), CTX)).toBe(true);
    expect(step.done(at(0.5), CTX)).toBe(false);
  });

  it('ticks the last step for a finished run at the lower rate with 85 % accuracy', () => {
    const step = stepOf(g, 'train-fixed');
    const good = run({ training: { learningRate: 0.1 }, finalValMetric: 0.9 });
    expect(step.done(view({ runs: [good] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [{ ...good, finalValMetric: 0.7 }] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [{ ...good, status: 'stopped' }] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [{ ...good, status: 'running' }] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [{ ...good, continuedFrom: 'r1' }] }), CTX)).toBe(false);
  });
});

describe('the learning rate is too low', () => {
  const g = LR_TOO_LOW;

  it('sets up Adam at 0.00001', () => {
    expect(setupOf(g).training).toMatchObject({ optimizer: 'adam', learningRate: 0.00001 });
  });

  it('ticks the first step for a run at the tiny rate that stayed inaccurate', () => {
    const step = stepOf(g, 'train-low');
    const flat = run({ training: { learningRate: 0.00001 }, finalValMetric: 0.45 });
    expect(step.done(view({ runs: [flat] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [{ ...flat, finalValMetric: 0.9 }] }), CTX)).toBe(false);
  });

  it('ticks the raise step at 0.005 and above', () => {
    const step = stepOf(g, 'raise');
    const at = (learningRate: number) =>
      view({ training: { ...setupOf(g).training, learningRate } });
    expect(step.done(at(0.01), CTX)).toBe(true);
    expect(step.done(at(0.001), CTX)).toBe(false);
  });

  it('ticks the last step for a raised run with 90 % accuracy', () => {
    const step = stepOf(g, 'train-raised');
    const good = run({ training: { learningRate: 0.01 }, finalValMetric: 0.95 });
    expect(step.done(view({ runs: [good] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [{ ...good, finalValMetric: 0.8 }] }), CTX)).toBe(false);
  });
});
