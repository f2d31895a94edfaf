/**
 * A store selection that re-renders its component at most once per
 * interval: a change after a quiet spell at once, a burst at intervals,
 * and the last one always. For views that redraw while a run streams
 * records, faster than the eye follows.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useStore, type AppState } from '../../store/store';

/**
 * `select(state)`, updated at most every `ms` milliseconds.
 * @param select a stable function (module level, or memoised)
 */
export function useThrottledStore<T>(select: (s: AppState) => T, ms: number): T {
  const held = useRef<{ select: (s: AppState) => T; value: T } | null>(null);
  if (held.current === null || held.current.select !== select)
    held.current = { select, value: select(useStore.getState()) };
  const cell = held.current;

  const subscribe = useCallback(
    (notify: () => void) => {
      let last = -Infinity;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const release = () => {
        timer = null;
        const next = cell.select(useStore.getState());
        if (Object.is(next, cell.value)) return;
        cell.value = next;
        last = performance.now();
        notify();
      };
      const onChange = () => {
        if (timer !== null) return;
        if (Object.is(cell.select(useStore.getState()), cell.value)) return;
        timer = setTimeout(release, Math.max(0, last + ms - performance.now()));
      };
      const unsubscribe = useStore.subscribe(onChange);
      onChange(); // the store may have changed since the render that read it
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
    [cell, ms],
  );
  return useSyncExternalStore(subscribe, () => cell.value);
}
