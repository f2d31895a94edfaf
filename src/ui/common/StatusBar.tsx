import { useTranslation } from '../../i18n/react';
import { backendLabel, backendReasonText } from '../../store/actions/backend';
import { useStore } from '../../store/store';
import { useDismissableDetails } from './use-dismissable-details';

/** Backend and why, GPU, where the engine runs, and the training state: always visible. */
export function StatusBar() {
  const { t } = useTranslation('shell');
  const engine = useStore((s) => s.engine);
  const preference = useStore((s) => s.backendPreference);
  const state = useStore((s) => s.trainState);
  const usesGpu = engine.backend === 'webgl' || engine.backend === 'webgpu';
  const timings = useDismissableDetails();
  return (
    <div className="status-bar" role="group" aria-label={t('status.label')}>
      <span data-testid="status-backend">
        {t('status.backend')}{' '}
        <strong>
          {engine.backend ??
            (engine.status === 'failed' ? t('status.backendNone') : t('status.backendStarting'))}
        </strong>
      </span>
      {engine.backendReason && (
        <span
          role="note"
          aria-label={t('status.reason')}
          data-testid="status-backend-reason"
          aria-busy={engine.probing || undefined}
        >
          {backendReasonText(engine.backendReason, preference)}
        </span>
      )}
      {engine.probe && engine.probe.length > 0 && (
        <details className="status-probe" ref={timings}>
          <summary>{t('status.timings')}</summary>
          <ul aria-label={t('status.timings')}>
            {engine.probe.map((p) => (
              <li key={p.backend}>
                {p.msPerBatch !== null
                  ? t('status.timing', {
                      backend: backendLabel(p.backend),
                      ms: p.msPerBatch.toFixed(1),
                    })
                  : t('status.timingSkipped', {
                      backend: backendLabel(p.backend),
                      why: p.skipped ?? '',
                    })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <span data-testid="status-renderer">
        {t('status.gpu')} {/* The renderer is the graphics driver's own name: not translated. */}
        <strong
          className="status-renderer"
          title={engine.renderer ?? undefined}
          translate={engine.renderer ? 'no' : undefined}
        >
          {engine.renderer ?? (engine.backend && !usesGpu ? t('status.gpuNotUsed') : '—')}
        </strong>
      </span>
      <span data-testid="status-mode">
        {t('status.engine')} <strong>{engine.mode ? t(`status.modes.${engine.mode}`) : '—'}</strong>
      </span>
      <span data-testid="status-state" role="status">
        {t('status.state')}{' '}
        <strong className={`state-${state}`}>{t(`status.states.${state}`)}</strong>
      </span>
      {engine.note && (
        <span className="status-note" role="alert" data-testid="status-note">
          {engine.note}
        </span>
      )}
    </div>
  );
}
