import { continueOn } from '../../store/actions/train';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

/**
 * After the GPU failed under a run: continue from the kept epoch on the CPU
 * or WASM at once, or on WebGL once its context is back.
 */
export function FaultChoices() {
  const recovery = useStore((s) => s.recovery);
  const running = useStore(selectIsRunning);
  const available = useStore((s) => s.engine.available);
  if (!recovery || running) return null;
  const wasm = available?.includes('wasm') ?? false;
  return (
    <div className="buttons" role="group" aria-label="Continue after the GPU failed">
      <button type="button" onClick={() => continueOn('cpu')}>
        Continue on CPU
      </button>
      {wasm && (
        <button type="button" onClick={() => continueOn('wasm')}>
          Continue on WASM
        </button>
      )}
      <button
        type="button"
        disabled={!recovery.webglReady}
        title={recovery.webglReady ? undefined : 'Waiting for the GPU context to come back'}
        onClick={() => continueOn('webgl')}
      >
        Continue on WebGL
      </button>
      {!recovery.webglReady && (
        <p className="help" role="status">
          WebGL can be used again once the browser gives the GPU context back.
        </p>
      )}
    </div>
  );
}
