import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../../core/train/history';
import { applyRunEvents, initialRunState, selectIsRunning, type RunSlice } from './run-slice';

const epoch = (n: number) => ({ epoch: n, loss: 1 }) as EpochRecord;
const going = (): RunSlice => ({ ...initialRunState(), trainState: 'training' });

describe('applyRunEvents', () => {
  it('ends a run with the outcome its ended event names', () => {
    const stopped = applyRunEvents(going(), [
      { type: 'epoch', record: epoch(3) },
      { type: 'ended', outcome: 'stopped', message: null },
    ]);
    expect(stopped.trainState).toBe('done');
    expect(stopped.trainMessage).toEqual({ kind: 'info', text: 'Stopped after epoch 3.' });
    const diverged = applyRunEvents(going(), [
      { type: 'ended', outcome: 'diverged', message: 'The loss became NaN.' },
    ]);
    expect(diverged).toMatchObject({
      trainState: 'error',
      trainMessage: { kind: 'error', text: 'The loss became NaN.' },
    });
    const early = applyRunEvents(going(), [
      { type: 'ended', outcome: 'early-stopped', message: 'Early stopping.' },
    ]);
    expect(early.trainMessage).toEqual({ kind: 'info', text: 'Early stopping.' });
  });

  it('ignores state reports once the run has ended or was reset, but keeps its records', () => {
    const after = applyRunEvents(going(), [
      { type: 'ended', outcome: 'done', message: null },
      { type: 'state', state: 'paused' },
      { type: 'epoch', record: epoch(1) },
    ]);
    expect(after.trainState).toBe('done');
    expect(after.history).toHaveLength(1);
    const reset = applyRunEvents(initialRunState(), [
      { type: 'ended', outcome: 'stopped', message: null },
    ]);
    expect(reset.trainState).toBe('idle');
    expect(reset.trainMessage).toBeNull();
  });

  it('pauses and resumes while the run is going', () => {
    const paused = applyRunEvents(going(), [{ type: 'state', state: 'paused' }]);
    expect(paused.trainState).toBe('paused');
    expect(selectIsRunning({ trainState: 'paused' })).toBe(true);
    expect(selectIsRunning({ trainState: 'done' })).toBe(false);
  });

  it('a GPU fault takes the history back to the kept epoch and offers WebGL once it is restored', () => {
    const ended = applyRunEvents(going(), [
      { type: 'epoch', record: epoch(1) },
      { type: 'epoch', record: epoch(2) },
      { type: 'epoch', record: epoch(3) },
      {
        type: 'ended',
        outcome: 'failed',
        message: 'The GPU context was lost during epoch 4.',
        fault: { kind: 'context-lost', keptEpoch: 2, webglReady: false },
      },
    ]);
    expect(ended.trainState).toBe('error');
    expect(ended.history?.map((r) => r.epoch)).toEqual([1, 2]);
    expect(ended.recovery).toEqual({ kind: 'context-lost', keptEpoch: 2, webglReady: false });
    const restored = applyRunEvents({ ...going(), ...ended }, [{ type: 'webgl-restored' }]);
    expect(restored.recovery?.webglReady).toBe(true);
  });
});
