import { useTranslation } from '../../i18n/react';
import { continueOn } from '../../store/actions/train';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

/**
 * After the GPU failed under a run: continue from the kept epoch on the CPU
 * or WASM at once, or on WebGL once its context is back.
 */
export function FaultChoices() {
  const { t } = useTranslation('training');
  const recovery = useStore((s) => s.recovery);
  const running = useStore(selectIsRunning);
  const available = useStore((s) => s.engine.available);
  if (!recovery || running) return null;
  const wasm = available?.includes('wasm') ?? false;
  return (
    <div className="buttons" role="group" aria-label={t('fault.group')}>
      <button type="button" onClick={() => continueOn('cpu')}>
        {t('fault.cpu')}
      </button>
      {wasm && (
        <button type="button" onClick={() => continueOn('wasm')}>
          {t('fault.wasm')}
        </button>
      )}
      <button
        type="button"
        disabled={!recovery.webglReady}
        title={recovery.webglReady ? undefined : t('fault.waiting')}
        onClick={() => continueOn('webgl')}
      >
        {t('fault.webgl')}
      </button>
      {!recovery.webglReady && (
        <p className="help" role="status">
          {t('fault.webglLater')}
        </p>
      )}
    </div>
  );
}
