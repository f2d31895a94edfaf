import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../store';
import { dismissToast, dropUndoToasts, showToast } from './toasts';

describe('toasts', () => {
  beforeEach(() => resetStore());

  it('keeps the newest three, oldest first, each with its own id', () => {
    const ids = ['a', 'b', 'c', 'd'].map((t) => showToast(t));
    expect(new Set(ids).size).toBe(4);
    expect(useStore.getState().toasts.map((t) => t.text)).toEqual(['b', 'c', 'd']);
  });

  it('offers one Undo of a kind at a time, and drops the offers when asked', () => {
    showToast('Model “a” deleted.', 'model-delete');
    showToast('Saved.');
    showToast('Model “b” deleted.', 'model-delete');
    expect(useStore.getState().toasts.map((t) => t.text)).toEqual(['Saved.', 'Model “b” deleted.']);
    dropUndoToasts('model-delete');
    expect(useStore.getState().toasts.map((t) => t.text)).toEqual(['Saved.']);
  });

  it('dismisses one toast by its id', () => {
    const first = showToast('one');
    showToast('two');
    dismissToast(first);
    expect(useStore.getState().toasts.map((t) => t.text)).toEqual(['two']);
  });
});
