import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialState, resetStore, useStore } from './store';

afterEach(() => vi.useRealTimers());

describe('resetStore', () => {
  it('puts every slice back, clears the timers and drops buffered events', () => {
    vi.useFakeTimers();
    const s = useStore.getState();
    const handles = s.handles;
    handles.boundaryTimer = setTimeout(() => {}, 1000);
    handles.pendingEvents.push({ type: 'state', state: 'paused' });
    useStore.setState({
      dataRequest: 7,
      lastEdit: { key: 'h1:units', at: 1 },
      trainState: 'paused',
      digitQueue: { busy: true, next: null },
      boundaryRefresh: { ...s.boundaryRefresh, watchers: 2, dirty: true },
    });
    s.setProbe({ x: 1 });
    resetStore();
    const now = useStore.getState();
    expect(vi.getTimerCount()).toBe(0);
    expect(handles.pendingEvents).toEqual([]);
    expect(now.handles).not.toBe(handles);
    const fresh = initialState();
    for (const key of Object.keys(fresh) as (keyof typeof fresh)[]) {
      if (key === 'handles' || key === 'boundaryRefresh') continue;
      expect(now[key], key).toEqual(fresh[key]);
    }
    // Answers to requests made before the reset are recognised as stale.
    expect(now.boundaryRefresh).toEqual({
      ...fresh.boundaryRefresh,
      generation: s.boundaryRefresh.generation + 1,
    });
    expect(typeof now.setProbe).toBe('function');
  });
});
