import { describe, expect, it } from 'vitest';
import { describeOutcome } from './outcome';

describe('describeOutcome', () => {
  it('names the epoch early stopping put back, and only when it did', () => {
    const restored = describeOutcome(
      { kind: 'early-stopped', epoch: 12, bestEpoch: 2, restored: true },
      0.01,
    );
    expect(restored).toMatchObject({ outcome: 'early-stopped', keptEpoch: 2 });
    expect(restored.message).toHaveLength(2);
    const kept = describeOutcome(
      { kind: 'early-stopped', epoch: 12, bestEpoch: 2, restored: false },
      0.01,
    );
    expect(kept.keptEpoch).toBeUndefined();
    expect(kept.message).toHaveLength(1);
    expect(describeOutcome({ kind: 'done' }, 0.01).keptEpoch).toBeUndefined();
  });
});
