import { describe, expect, it } from 'vitest';
import { networkProblems, summarize, type NetworkSpec } from './network-spec';

const net = (...units: number[]): NetworkSpec => ({
  hidden: units.map((u, i) => ({ id: `l${i}`, kind: 'dense', units: u, activation: 'relu' })),
});

describe('network spec', () => {
  it('counts parameters layer by layer', () => {
    const s = summarize(net(8, 4), { numFeatures: 2, numClasses: 3 });
    expect(s.layers.map((l) => l.params)).toEqual([2 * 8 + 8, 8 * 4 + 4, 4 * 3 + 3, 0]);
    expect(s.layers.map((l) => l.outputShape)).toEqual([
      [null, 8],
      [null, 4],
      [null, 3],
      [null, 3],
    ]);
    expect(s.totalParams).toBe(24 + 36 + 15);
  });

  it('with no hidden layers is logistic regression', () => {
    expect(summarize(net(), { numFeatures: 2, numClasses: 2 }).totalParams).toBe(6);
  });

  it('flags the offending layer', () => {
    const spec = net(8, 0);
    const problems = networkProblems(spec);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      layerId: 'l1',
      message: 'Dense 2: A layer needs at least 1 unit.',
    });
    expect(networkProblems(net(2.5))[0]?.message).toMatch(/whole number/);
    expect(networkProblems(net(8, 8))).toEqual([]);
  });
});
