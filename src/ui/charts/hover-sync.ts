/**
 * The x value the reader points at, shared by the training charts: hovering
 * (or stepping with the keyboard through) one chart shows the same x on the
 * others. Each chart finds its own nearest point, so the charts agree on x
 * even where they draw different points. Kept outside React state and the
 * store: only the hover layers re-render when it moves, never the plots.
 */
import { useSyncExternalStore } from 'react';

export interface HoverSync {
  set(x: number | null): void;
  get(): number | null;
  subscribe(listener: () => void): () => void;
}

export function createHoverSync(): HoverSync {
  let x: number | null = null;
  const listeners = new Set<() => void>();
  return {
    set(next) {
      if (Object.is(next, x)) return;
      x = next;
      listeners.forEach((l) => l());
    },
    get: () => x,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The training charts' shared hover. */
export const trainingHover = createHoverSync();

export function useHoveredX(sync: HoverSync): number | null {
  return useSyncExternalStore(sync.subscribe, sync.get);
}
