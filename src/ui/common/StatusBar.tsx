import { backendLabel } from '../../store/actions/backend';
import { useStore } from '../../store/store';

const MODE_LABEL = { worker: 'Web Worker', page: 'page (main thread)' } as const;

/** Backend and why, GPU, where the engine runs, and the training state: always visible. */
export function StatusBar() {
  const engine = useStore((s) => s.engine);
  const state = useStore((s) => s.trainState);
  const usesGpu = engine.backend === 'webgl' || engine.backend === 'webgpu';
  return (
    <div className="status-bar" role="group" aria-label="Status">
      <span data-testid="status-backend">
        Backend:{' '}
        <strong>{engine.backend ?? (engine.status === 'failed' ? 'none' : 'starting…')}</strong>
      </span>
      {engine.backendReason && (
        <span
          role="note"
          aria-label="Reason"
          data-testid="status-backend-reason"
          aria-busy={engine.probing || undefined}
        >
          {engine.backendReason}
        </span>
      )}
      {engine.probe && engine.probe.length > 0 && (
        <details className="status-probe">
          <summary>Backend timings</summary>
          <ul aria-label="Backend timings">
            {engine.probe.map((p) => (
              <li key={p.backend}>
                {backendLabel(p.backend)}:{' '}
                {p.msPerBatch !== null ? `${p.msPerBatch.toFixed(1)} ms per batch` : p.skipped}
              </li>
            ))}
          </ul>
        </details>
      )}
      <span data-testid="status-renderer" title={engine.renderer ?? undefined}>
        GPU: <strong>{engine.renderer ?? (engine.backend && !usesGpu ? 'not used' : '—')}</strong>
      </span>
      <span data-testid="status-mode">
        Engine: <strong>{engine.mode ? MODE_LABEL[engine.mode] : '—'}</strong>
      </span>
      <span data-testid="status-state" role="status">
        State: <strong className={`state-${state}`}>{state}</strong>
      </span>
      {engine.note && (
        <span className="status-note" role="alert" data-testid="status-note">
          {engine.note}
        </span>
      )}
    </div>
  );
}
