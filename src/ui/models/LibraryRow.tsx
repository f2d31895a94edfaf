import { useState } from 'react';
import { formatBytes, formatInt, formatMetric, formatPercent } from '../../core/format';
import { MODEL_NAME_MAX, type SavedModelInfo } from '../../core/io/model-meta';
import { deleteSaved, duplicateSaved, loadSaved, renameSaved } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';

function metricText(m: SavedModelInfo): string {
  if (m.epochs === 0) return 'untrained';
  const parts = [`${m.epochs} epochs`, `val loss ${formatMetric(m.finalValLoss)}`];
  if (m.finalValAcc !== null) parts.push(`val acc ${formatPercent(m.finalValAcc)}`);
  if (m.finalValMae !== null) parts.push(`val MAE ${formatMetric(m.finalValMae)}`);
  return parts.join(' · ');
}

/** The saved test result: "test 97.5%" or "test R² 0.9100"; "not evaluated" without one. */
function testText(m: SavedModelInfo): string {
  const t = m.test;
  if (!t) return 'not evaluated on the test set';
  return t.kind === 'classification'
    ? `test accuracy ${formatPercent(t.value)} (${formatInt(t.n)} samples)`
    : `test R² ${formatMetric(t.value)} (${formatInt(t.n)} samples)`;
}

/** One saved model: what it is, and load / rename / duplicate / delete. */
export function LibraryRow({ model: m }: { model: SavedModelInfo }) {
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [renaming, setRenaming] = useState<string | null>(null);

  return (
    <li>
      <div className="grow">
        {renaming === null ? (
          <strong>{m.name}</strong>
        ) : (
          <form
            className="row align-end"
            onSubmit={(e) => {
              e.preventDefault();
              void renameSaved(m.name, renaming).then((ok) => ok && setRenaming(null));
            }}
          >
            <input
              aria-label={`New name for ${m.name}`}
              value={renaming}
              maxLength={MODEL_NAME_MAX}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" disabled={busy}>
              Save name
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </form>
        )}
        <small>
          {m.architecture} · {formatInt(m.totalParams)} params ·{' '}
          {formatBytes(m.weightBytes + m.optimizerBytes)}
        </small>
        <small>
          {metricText(m)} · {m.optimizerState ? 'training state saved' : 'weights only'} · saved{' '}
          <time dateTime={m.savedAt}>{new Date(m.savedAt).toLocaleString()}</time>
        </small>
        <small data-testid="library-test">{testText(m)}</small>
      </div>
      <div className="buttons">
        <button
          type="button"
          disabled={running || busy}
          aria-label={`Load ${m.name}`}
          onClick={() => void loadSaved(m.name)}
        >
          Load
        </button>
        <button
          type="button"
          disabled={busy || renaming !== null}
          aria-label={`Rename ${m.name}`}
          onClick={() => setRenaming(m.name)}
        >
          Rename
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={`Duplicate ${m.name}`}
          onClick={() => void duplicateSaved(m.name)}
        >
          Duplicate
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={`Delete ${m.name}`}
          onClick={() => void deleteSaved(m.name)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
