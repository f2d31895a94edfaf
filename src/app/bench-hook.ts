/**
 * Opt-in hook for `npm run bench`: with `?bench` in the URL, the store's
 * `getState` and `subscribe` are reachable as `window.__playground`, so the
 * benchmark can read epoch records and run states while it drives the UI
 * like a user. Without `?bench` this module does nothing. It must never
 * change what the app does.
 */
import { engineApi } from '../store/engine-ref';
import { useStore } from '../store/store';

/** The engine's tf.memory() figures, as its handle returns them. */
type EngineMemory = Awaited<ReturnType<ReturnType<typeof engineApi>['memory']>>;

declare global {
  interface Window {
    __playground?: {
      getState: typeof useStore.getState;
      subscribe: typeof useStore.subscribe;
      /** The engine's tf.memory(), wherever it runs (the soak benchmark reads it). */
      engineMemory: () => Promise<EngineMemory>;
    };
  }
}

if (new URLSearchParams(location.search).has('bench')) {
  window.__playground = {
    getState: useStore.getState,
    subscribe: useStore.subscribe,
    engineMemory: async () => engineApi().memory(),
  };
}
