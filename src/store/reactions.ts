/**
 * Everything the store does by itself after a change, registered in one
 * place. Actions write state; what follows from it is decided here:
 *
 * - the data or the output head changed → the loss follows it when it no
 *   longer fits (actions/training-config.ts);
 * - the model changed or its run ended → predict again at the probe point
 *   (actions/predict.ts), which also clears the output when there is no model;
 * - a model was loaded → read its weight summary (actions/weights.ts);
 * - the model, data, engine, run state or records changed → the boundary
 *   map is refreshed or cleared while a view shows it (actions/boundary.ts);
 * - the run configuration changed → once edits pause, the URL hash and the
 *   stored last setup follow it (actions/share.ts);
 * - anything a guided recipe's step checks changed → the step is checked
 *   again, and ticked when it passes (actions/guides.ts);
 * - the language changed → every word follows it (actions/learn.ts); it is
 *   applied once at the start too.
 */
import { shallow } from 'zustand/shallow';
import { boundaryInputs, onBoundaryInputs } from './actions/boundary';
import { checkGuide } from './actions/guides';
import { applyLanguage } from './actions/learn';
import { predictProbe } from './actions/predict';
import { keepLossCompatible } from './actions/training-config';
import { scheduleSetupWrite, setupInputs } from './actions/share';
import { refreshWeights } from './actions/weights';
import { guideInputs } from './guides/guide-view';
import { selectIsRunning } from './slices/run-slice';
import { useStore } from './store';

/** Start every reaction; returns the function that stops them all. */
export function startReactions(): () => void {
  applyLanguage(useStore.getState().language);
  const stops = [
    useStore.subscribe((s) => s.language, applyLanguage),
    useStore.subscribe((s) => [s.dataset, s.network.binaryHead] as const, keepLossCompatible, {
      equalityFn: shallow,
    }),
    useStore.subscribe(
      (s) => [s.model, selectIsRunning(s)] as const,
      ([, running]) => {
        if (!running) void predictProbe();
      },
      { equalityFn: shallow },
    ),
    // A continued run keeps its model's `loaded` record: only a new load asks.
    useStore.subscribe(
      (s) => s.model?.loaded ?? null,
      (loaded) => {
        if (loaded) void refreshWeights();
      },
    ),
    useStore.subscribe(boundaryInputs, onBoundaryInputs, { equalityFn: shallow }),
    useStore.subscribe(setupInputs, () => scheduleSetupWrite(), { equalityFn: shallow }),
    useStore.subscribe(guideInputs, checkGuide, { equalityFn: shallow }),
  ];
  return () => stops.forEach((stop) => stop());
}
