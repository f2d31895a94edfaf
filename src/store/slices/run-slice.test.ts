import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../../core/train/history';
import { switchLanguage } from '../../i18n';
import { words } from '../../i18n/words';
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
      { type: 'ended', outcome: 'failed', message: words('engine:outcome.failed', { error: 'x' }) },
    ]);
    expect(diverged).toMatchObject({
      trainState: 'error',
      trainMessage: { kind: 'error', text: 'Training failed: x' },
    });
    const early = applyRunEvents(going(), [
      {
        type: 'ended',
        outcome: 'early-stopped',
        message: [
          words('engine:outcome.earlyStopped', { epoch: 9 }),
          words('engine:outcome.restoredBest', { epoch: 6 }),
        ],
        keptEpoch: 6,
      },
    ]);
    expect(early.keptEpoch).toBe(6);
    expect(early.trainMessage).toEqual({
      kind: 'info',
      text: 'Early stopping: the validation loss stopped improving, so training ended at epoch 9. The weights were restored to the best epoch, 6.',
    });
  });

  it('forgets the kept epoch once a run ends without putting one back', () => {
    const after = applyRunEvents({ ...going(), keptEpoch: 6 }, [
      { type: 'ended', outcome: 'done', message: null },
    ]);
    expect(after.keptEpoch).toBeNull();
  });

  it('words the message it shows in the language of the moment', () => {
    const early = applyRunEvents(going(), [
      {
        type: 'ended',
        outcome: 'early-stopped',
        message: [words('engine:outcome.earlyStopped', { epoch: 9 })],
      },
    ]);
    const stopped = applyRunEvents(going(), [
      { type: 'epoch', record: epoch(3) },
      { type: 'ended', outcome: 'stopped', message: null },
    ]);
    switchLanguage('zh');
    try {
      expect(early.trainMessage?.text).toBe('早停：验证损失不再改善，因此训练在第 9 轮结束。');
      expect(stopped.trainMessage?.text).toBe('已在第 3 轮后停止。');
    } finally {
      switchLanguage('en');
    }
    expect(stopped.trainMessage?.text).toBe('Stopped after epoch 3.');
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
        message: words('engine:fault.contextLost', { epoch: 4 }),
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
